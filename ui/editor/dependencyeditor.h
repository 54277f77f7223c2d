#pragma once

#include <QPointer>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;

namespace jcr {

class RoadmapDocument;

/**
 * The "Depends on" field of the item editor: the item's predecessors, a search field that
 * finds another item by any part of its title (a completer), and Remove. Every change goes
 * through the EditService, one undo step each; a link to the item itself or one that would
 * close a loop is refused with the service's message (problemFound).
 */
class DependencyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DependencyEditor(QWidget *parent = nullptr);

    /// Shows the predecessors of item \a id of \a document (null or 0: none).
    void setItem(RoadmapDocument *document, qint64 id);
    /// Shows the document's dependencies again (after a change, an undo, an outside edit).
    void refresh();

    QListWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    /// A change was refused (a loop, the item itself, several matches); empty: no problem.
    void problemFound(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addPredecessor(qint64 predecessorId);
    /// Enter in the search field: adds the one item whose title holds the text.
    void addTyped();
    void removeSelected();

    QPointer<RoadmapDocument> m_document;
    qint64 m_id = 0;
    QListWidget *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_candidates = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace jcr
