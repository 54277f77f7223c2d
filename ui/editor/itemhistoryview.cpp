#include "itemhistoryview.h"
#include "i18n/datetext.h"

#include "document/history.h"
#include "document/roadmapdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace jcr {

ItemHistoryView::ItemHistoryView(QWidget *parent)
    : QWidget(parent)
{
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->addItem(tr("All changes"), int(Filter::AllChanges));
    m_filter->addItem(tr("Status notes only"), int(Filter::NotesOnly));
    m_filter->setToolTip(tr("Show every recorded change of this item with the status notes, "
                            "or only the status notes"));
    auto *show = new QLabel(tr("Sho&w:"));
    show->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ItemHistoryView::refresh);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("history"));
    m_list->setAccessibleName(tr("History"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Date"), tr("By"), tr("Change"), tr("Update")});
    m_list->setRootIsDecorated(false);
    // In the narrow editor dock a long value cannot fit: it ends in "…" (never cut silently)
    // and its cell's tooltip holds the whole of it.
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumHeight(140);
    m_list->setUniformRowHeights(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(show);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list);
}

void ItemHistoryView::setDocument(RoadmapDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_id = 0;
    if (m_document) {
        // Every recorded change comes with one of the document's typed change events (or a
        // re-read after another program's commit): one re-read per burst, after the picture
        // is up to date.
        History::connectRecordedChanges(m_document, this, [this] { scheduleRefresh(); });
        // A note added or removed shows at once.
        connect(m_document, &RoadmapDocument::statusUpdatesChanged, this, [this](qint64 id) {
            if (id == 0 || id == m_id)
                refresh();
        });
        // A team roadmap's server answers again: what was missed is read now.
        connect(m_document, &RoadmapDocument::connectionChanged, this, [this](bool online) {
            if (online)
                scheduleRefresh();
        });
    }
    refresh();
}

void ItemHistoryView::setItemId(qint64 id)
{
    m_id = id;
    refresh();
}

ItemHistoryView::Filter ItemHistoryView::filter() const
{
    return Filter(m_filter->currentData().toInt());
}

void ItemHistoryView::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void ItemHistoryView::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshScheduled = false;
        refresh();
    });
}

void ItemHistoryView::refresh()
{
    // While a team roadmap's server does not answer, the banner says so: the item's history
    // is read when the connection is back, rather than an error for every item chosen. The
    // list keeps only the history of the item shown, never another's.
    if (m_document && !m_document->isOnline()) {
        if (m_listedId != m_id) {
            m_list->clear();
            m_listedId = 0;
        }
        return;
    }
    m_list->clear();
    m_listedId = 0;
    if (!m_document || !m_id)
        return;
    auto history = History::ofItem(*m_document, m_id);
    if (!history) {
        m_failed = true;
        Q_EMIT problemFound(history.errorMessage());
        return;
    }
    // The message of a read that failed goes once a read works again.
    if (std::exchange(m_failed, false))
        Q_EMIT problemFound(QString());
    m_listedId = m_id;
    const bool notesOnly = filter() == Filter::NotesOnly;
    const QLocale locale;
    QList<QTreeWidgetItem *> rows;
    for (const HistoryEntry &e : history.value()) {
        if (e.kind == HistoryEntry::Kind::Note) {
            const StatusUpdate &u = e.note;
            QStringList change;
            if (u.newStatus)
                change << enums::displayName(*u.newStatus);
            if (u.newHealth)
                change << enums::displayName(*u.newHealth);
            auto *row = new QTreeWidgetItem({DateText::day(u.date, locale), u.author,
                                             change.join(QStringLiteral(", ")), u.text});
            for (int column = 0; column < 3; ++column)
                row->setToolTip(column, row->text(column));
            row->setToolTip(3, u.text);
            rows << row;
            continue;
        }
        if (notesOnly)
            continue;
        const ChangeRecord &c = e.change;
        const QDateTime local = c.at.toLocalTime();
        // What changed in the Change column, the values in the wide Update column.
        auto *row = new QTreeWidgetItem({DateText::dateTime(local, locale), History::actorText(c),
                                         History::summary(c),
                                         History::detail(c, m_document, locale)});
        // The full values, unshortened, for long texts (descriptions, passages).
        for (int column = 0; column < 3; ++column)
            row->setToolTip(column, row->text(column));
        row->setToolTip(3, History::detail(c, m_document, locale, 2000));
        // Recorded changes are set apart from the notes people wrote.
        row->setForeground(0, palette().brush(QPalette::PlaceholderText));
        rows << row;
    }
    m_list->addTopLevelItems(rows);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

} // namespace jcr
