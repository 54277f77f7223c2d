#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace jcr {

class RoadmapDocument;

/**
 * Edit ▸ Baselines…: the roadmap's baselines (name, the day taken, note). Create one of the
 * roadmap as it is now from the fields below the list, rename the selected one, or delete it.
 * Each is one step of Edit ▸ Undo, written at once through the EditService.
 */
class BaselinesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BaselinesDialog(RoadmapDocument *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *noteField() const { return m_note; }
    /// The last problem shown (empty when none).
    QString problem() const;

private:
    void refresh();
    void showSelected();
    void create();
    void rename();
    void remove();
    void showProblem(const QString &message);
    qint64 selectedId() const;
    void select(qint64 id);

    QPointer<RoadmapDocument> m_document;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace jcr
