#pragma once

#include <QWidget>

class QComboBox;
class QTreeWidget;

namespace jcr {

class RoadmapDocument;

/**
 * The item editor's History: the item's status notes and its recorded changes (who changed
 * which field from what to what, also with other programs), newest first, with a filter
 * (all changes / notes only). It reads the document's record and refreshes itself when
 * the document records changes or is re-read from disk.
 */
class ItemHistoryView : public QWidget
{
    Q_OBJECT

public:
    enum class Filter { AllChanges, NotesOnly };

    explicit ItemHistoryView(QWidget *parent = nullptr);

    void setDocument(RoadmapDocument *document);
    void setItemId(qint64 id);
    qint64 itemId() const { return m_id; }
    Filter filter() const;
    void setFilter(Filter filter);
    /// The list (object name "history"): Date, By, Change, Update.
    QTreeWidget *list() const { return m_list; }

public Q_SLOTS:
    /// Re-reads the item's history from the file.
    void refresh();

Q_SIGNALS:
    /// Reading the history failed; empty when a read works again after that.
    void problemFound(const QString &message);

private:
    void scheduleRefresh();

    RoadmapDocument *m_document = nullptr;
    qint64 m_id = 0;
    QComboBox *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    bool m_refreshScheduled = false;
    bool m_failed = false; ///< the last read failed (its message is shown)
    qint64 m_listedId = 0; ///< the item whose history the list shows
};

} // namespace jcr
