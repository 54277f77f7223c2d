#include "changesview.h"
#include "i18n/datetext.h"

#include "document/history.h"
#include "document/roadmapdocument.h"
#include "domain/clock.h"

#include <QDateEdit>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jcr {

namespace {

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DateText::dayFormat());
    return edit;
}

} // namespace

ChangesView::ChangesView(QWidget *parent)
    : QWidget(parent)
{
    m_since = dateEdit(QStringLiteral("changesSince"));
    m_until = dateEdit(QStringLiteral("changesUntil"));
    const QDate today = Clock::instance().today();
    m_since->setDate(today.addDays(-30));
    m_until->setDate(today);
    // A window left open overnight keeps showing up to today, as long as the user did not
    // choose another end.
    connect(&Clock::instance(), &Clock::dayChanged, this, [this] {
        const QDate now = Clock::instance().today();
        if (m_until->date() == m_today) {
            const qint64 shift = m_today.daysTo(now);
            m_until->setDate(now);
            m_since->setDate(m_since->date().addDays(shift));
        }
        m_today = now;
    });
    m_today = today;
    connect(m_since, &QDateEdit::dateChanged, this, &ChangesView::scheduleRefresh);
    connect(m_until, &QDateEdit::dateChanged, this, &ChangesView::scheduleRefresh);
    auto *fromLabel = new QLabel(tr("Fro&m:"));
    fromLabel->setBuddy(m_since);
    auto *toLabel = new QLabel(tr("Until:"));
    toLabel->setBuddy(m_until);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("changesSummary"));

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setAccessibleName(tr("Recorded changes"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Item"), tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(ItemColumn, 220);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *row, int) { activate(row); });

    auto *range = new QHBoxLayout;
    range->addWidget(fromLabel);
    range->addWidget(m_since);
    range->addWidget(toLabel);
    range->addWidget(m_until);
    range->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(range);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);
}

void ChangesView::setDocument(RoadmapDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Every recorded change comes with one of the document's typed change events (or a
        // re-read after another program's commit): one re-read per burst, after the picture
        // is up to date.
        History::connectRecordedChanges(m_document, this, [this] { scheduleRefresh(); });
        connect(m_document, &RoadmapDocument::statusUpdatesChanged, this,
                &ChangesView::scheduleRefresh);
    }
    refresh();
}

void ChangesView::setRange(QDate since, QDate until)
{
    m_since->setDate(since);
    m_until->setDate(until);
    refresh();
}

QDate ChangesView::since() const
{
    return m_since->date();
}

QDate ChangesView::until() const
{
    return m_until->date();
}

void ChangesView::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshScheduled = false;
        refresh();
    });
}

void ChangesView::refresh()
{
    // Keep the row the user is on when the list is re-read.
    const qint64 currentId = m_list->currentItem()
            ? m_list->currentItem()->data(WhenColumn, Qt::UserRole).toLongLong()
            : 0;
    m_list->clear();
    // A hidden dock reads nothing; it catches up when shown (showEvent).
    if (!m_document || !isVisible()) {
        m_summary->clear();
        return;
    }
    // The newest MaxRows: a list of a whole import's tens of thousands of rows would take
    // seconds to fill after every edit, and nobody reads it; narrower dates show the rest.
    auto changes = History::between(*m_document, m_since->date(), m_until->date(), MaxRows);
    if (!changes) {
        m_summary->setText(changes.errorMessage());
        return;
    }
    qint64 total = changes->size();
    if (total == MaxRows) {
        auto counted = History::countBetween(*m_document, m_since->date(), m_until->date());
        if (counted)
            total = counted.value();
    }
    const QLocale locale;
    QList<QTreeWidgetItem *> rows;
    rows.reserve(changes->size());
    QTreeWidgetItem *current = nullptr;
    for (const ChangeRecord &c : changes.value()) {
        QString subject;
        if (c.itemId) {
            const Item *item = m_document->item(c.itemId);
            // A deleted item is named by its title as recorded.
            subject = item
                    ? item->title
                    : (c.oldValue && c.field.isEmpty() ? *c.oldValue : tr("item %1").arg(c.itemId));
        } else if (const PriorityArea *area = m_document->area(c.areaId)) {
            subject = tr("Area %1").arg(area->number);
        }
        auto *row = new QTreeWidgetItem({DateText::dateTime(c.at.toLocalTime(), locale),
                                         History::actorText(c), subject,
                                         History::describe(c, m_document, locale)});
        row->setData(WhenColumn, Qt::UserRole, c.id);
        row->setData(WhenColumn, ItemIdRole, c.itemId);
        row->setToolTip(WhatColumn, History::describe(c, m_document, locale, 2000));
        row->setToolTip(ItemColumn, subject);
        if (c.id == currentId)
            current = row;
        rows << row;
    }
    m_list->addTopLevelItems(rows);
    // Whole dates and names; a long name is cut rather than squeeze the item and the change.
    const QFontMetrics metrics(m_list->font());
    m_list->setColumnWidth(WhenColumn,
                           metrics.horizontalAdvance(DateText::dateTime(
                                   QDateTime(QDate(2026, 12, 28), QTime(23, 59)), locale))
                                   + 24);
    m_list->resizeColumnToContents(WhoColumn);
    m_list->setColumnWidth(WhoColumn, std::min(m_list->columnWidth(WhoColumn), 220));
    if (current)
        m_list->setCurrentItem(current);
    if (total > rows.size())
        m_summary->setText(tr("the newest %1 of %2 changes: choose fewer days to see the others")
                                   .arg(locale.toString(rows.size()), locale.toString(total)));
    else
        m_summary->setText(tr("%n change(s)", nullptr, int(rows.size())));
}

void ChangesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ChangesView::activate(QTreeWidgetItem *row)
{
    if (!row || !m_document)
        return;
    const qint64 id = row->data(WhenColumn, ItemIdRole).toLongLong();
    if (id && m_document->item(id))
        Q_EMIT itemActivated(id);
}

} // namespace jcr
