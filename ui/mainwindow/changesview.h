#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace jcr {

class RoadmapDocument;

/**
 * The roadmap-wide Changes dock: every recorded change between two dates, newest first, with
 * when, who, which item and what changed. Activating a row (double-click, Enter) asks for its
 * item to be selected. Re-reads the record when the document records changes or is re-read.
 */
class ChangesView : public QWidget
{
    Q_OBJECT

public:
    /// Columns of list().
    enum Column { WhenColumn, WhoColumn, ItemColumn, WhatColumn };
    /// Data role of a row's item id (column 0); 0 for a change of a priority area.
    static constexpr int ItemIdRole = Qt::UserRole + 1;
    /// At most this many changes are listed, the newest.
    static constexpr int MaxRows = 1000;

    explicit ChangesView(QWidget *parent = nullptr);

    void setDocument(RoadmapDocument *document);
    /// The days shown, both included.
    void setRange(QDate since, QDate until);
    QDate since() const;
    QDate until() const;
    QTreeWidget *list() const { return m_list; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// The user activated a change of the item \a id (it still exists).
    void itemActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void activate(QTreeWidgetItem *row);

    RoadmapDocument *m_document = nullptr;
    QDateEdit *m_since = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    bool m_refreshScheduled = false;
    QDate m_today; ///< today as last seen, to follow midnight
};

} // namespace jcr
