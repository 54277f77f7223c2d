#pragma once

#include "domain/item.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolButton;
class QTreeWidget;

namespace jcr {

class ItemHistoryView;

class DependencyEditor;
class FuzzyDateEdit;
class RoadmapDocument;

/**
 * Edits every field of one item, its organisations and its status-update log. Each change is
 * committed at once as an undo command; invalid input is refused with a message and the field
 * shows the saved value again.
 */
class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ItemEditor(QWidget *parent = nullptr);
    ~ItemEditor() override;

    /// Shows items of \a document (may be null: nothing to edit).
    void setDocument(RoadmapDocument *document);
    /// Edits the item with \a id (0: none).
    void setItemId(qint64 id);
    qint64 itemId() const { return m_id; }

    /// The last validation or save problem shown to the user (empty when none).
    QString problem() const;

    /// Moves keyboard focus to the title field.
    void focusTitle();

    /// The text shown above the fields: the item's title, or what to do when there is none.
    QString headerText() const;

    /// Asked when someone else changed a field while the user was editing it: gets a
    /// description of both versions and returns true to apply the user's ("Apply Mine") or
    /// false to keep the other ("Keep Theirs"). The default asks with a message box; tests
    /// answer directly.
    using ConflictResolver = std::function<bool(const QString &details)>;
    void setConflictResolver(ConflictResolver resolver);

    /// Asked for the user's name when the first status update is added: gets a suggestion
    /// (the account's full name) and returns the name, or an empty string to cancel. The
    /// default asks with a dialog; tests answer directly.
    using NameAsker = std::function<QString(const QString &suggestion)>;
    void setNameAsker(NameAsker asker);
    /// Shows the user's name again (after a change in Preferences).
    void refreshAuthor();

    /// As narrow as the form can be with nothing cut (labels then go above their fields),
    /// plus the scroll bar; as low as a few fields. The dock takes it as its minimum.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user pressed Esc in the editor: focus should go back to where it came from.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    /// Scrolls the form so that \a field is in view.
    void showField(QWidget *field);
    void refresh();
    /// Shows the saved values in every field, also the one being typed in.
    void refreshAll();
    QString conflictDetails(const Item &seen, const Item &mine, const Item &theirs) const;
    void refreshHistory();
    void refreshOrganisations(const Item &item);
    void commit(const std::function<void(Item &)> &change);
    void showProblem(const QString &message);
    void addUpdate();
    void addOrganisation(qint64 organisationId, OrgRole role);
    void removeSelectedOrganisation();
    void setEditable(bool editable);

    QPointer<RoadmapDocument> m_document;
    qint64 m_id = 0;
    bool m_refreshing = false;
    bool m_committing = false;
    bool m_refreshAll = false;
    /// The item as its fields showed it: the base of the user's edits. A field being typed in
    /// keeps the value it showed when typing began, so that a change saved meanwhile by
    /// someone else is noticed at commit instead of being overwritten.
    Item m_shown;
    ConflictResolver m_conflictResolver;
    NameAsker m_nameAsker;

    QLabel *m_header = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_health = nullptr;
    QComboBox *m_lead = nullptr;
    FuzzyDateEdit *m_start = nullptr;
    FuzzyDateEdit *m_end = nullptr;
    QSpinBox *m_progress = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_description = nullptr;
    class ItemTranslationsEditor *m_translations = nullptr;
    QPlainTextEdit *m_source = nullptr;
    DependencyEditor *m_dependencies = nullptr;
    QListWidget *m_organisations = nullptr;
    QToolButton *m_addOrganisation = nullptr;
    QPushButton *m_removeOrganisation = nullptr;
    ItemHistoryView *m_history = nullptr;
    QDateEdit *m_updateDate = nullptr;
    QLabel *m_updateAuthor = nullptr;
    QPlainTextEdit *m_updateText = nullptr;
    QComboBox *m_updateStatus = nullptr;
    QComboBox *m_updateHealth = nullptr;
    QPushButton *m_addUpdate = nullptr;
    QWidget *m_form = nullptr;
    /// The fields and the history: hidden when there is no item to edit.
    QWidget *m_itemPane = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace jcr
