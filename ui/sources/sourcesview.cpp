#include "sourcesview.h"

#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "importsourcedialog.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "sources/areaguesser.h"
#include "sources/emphasismarkup.h"
#include "sourcetextview.h"
#include "widgets/flowlayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jcr {

namespace {

/// A title from a passage: its words as read, cut at a word before 120 characters.
QString titleFromPassage(const QString &passage)
{
    QString title = EmphasisMarkup::plain(passage).simplified();
    constexpr int Max = 120;
    if (title.size() <= Max)
        return title;
    qsizetype cut = title.lastIndexOf(QLatin1Char(' '), Max - 1);
    if (cut < Max / 2)
        cut = Max - 1;
    return title.left(cut) + QChar(0x2026);
}

} // namespace

SourcesView::SourcesView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 2);
    layout->setSpacing(4);
    // The source and the buttons on one row; on a narrow or magnified screen the buttons go to
    // a second row rather than making the window wider than the screen.
    auto *bar = new FlowLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setFirstItemStretch(4);
    auto *source = new QWidget;
    auto *sourceLayout = new QHBoxLayout(source);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Source:"));
    m_sourceBox = new QComboBox;
    // Long titles elide: the window must fit a small screen beside the editor.
    m_sourceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceBox->setMinimumContentsLength(24);
    label->setBuddy(m_sourceBox);
    sourceLayout->addWidget(label);
    sourceLayout->addWidget(m_sourceBox, 1);
    m_coverage = new QLabel;
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_import = new QPushButton(tr("&Import Source…"));
    m_newItem = new QPushButton(tr("New Item from &Passage"));
    m_newItem->setToolTip(tr("Select a passage of the text, then create an item that cites it."));
    bar->addWidget(source);
    bar->addWidget(m_newItem);
    bar->addWidget(m_import);
    layout->addLayout(bar);
    m_coverage->setWordWrap(true);
    layout->addWidget(m_coverage);

    m_broken = new QLabel;
    m_broken->setWordWrap(true);
    m_broken->setStyleSheet(QStringLiteral(
            "background: #fde2e1; color: #8a0012; padding: 6px; border-radius: 3px;"));
    m_broken->hide();
    layout->addWidget(m_broken);

    m_text = new SourceTextView;
    m_text->setAccessibleName(tr("Source text"));
    // Three lines at the least (not the default 70 pixels): on a small screen the text scrolls
    // and the legend below stays in view.
    m_text->setMinimumHeight(3 * m_text->fontMetrics().lineSpacing() + 2 * m_text->frameWidth()
                             + 4);
    layout->addWidget(m_text, 1);

    auto *legend = new QLabel(
            tr("<span style='background:#ffefb0'>&nbsp;cited by an item&nbsp;</span> "
               "<span style='background:#ffc93c'>&nbsp;cited by the selected item&nbsp;</span> "
               "<span style='background:#fddcdc; text-decoration: underline; color:#8a0012'>"
               "&nbsp;commitment no item tracks&nbsp;</span> — click a highlight to show its "
               "item; select words, then New Item from Passage."));
    legend->setWordWrap(true);
    layout->addWidget(legend);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &SourcesView::refresh);
    connect(m_sourceBox, &QComboBox::currentIndexChanged, this, &SourcesView::scheduleRefresh);
    connect(m_import, &QPushButton::clicked, this, &SourcesView::importSource);
    connect(m_newItem, &QPushButton::clicked, this, &SourcesView::newItemFromPassage);
    connect(m_text, &SourceTextView::citedPassageClicked, this, [this](const QList<qint64> &ids) {
        if (ids.isEmpty())
            return;
        // A second click on a passage cited by several items moves to the next one.
        const qsizetype at = ids.indexOf(currentItemId());
        const qint64 id = ids.at(at < 0 ? 0 : (at + 1) % ids.size());
        selectItem(id);
        Q_EMIT itemActivated(id);
    });
    connect(m_text, &SourceTextView::copyAvailable, this, [this](bool any) {
        m_newItem->setEnabled(any && m_document && !m_document->isReadOnly());
    });
    m_newItem->setEnabled(false);
}

void SourcesView::setModels(RoadmapDocument *document, ItemFilterModel *filterModel,
                            QItemSelectionModel *selection)
{
    m_document = document;
    m_filterModel = filterModel;
    m_selection = selection;
    connect(document, &RoadmapDocument::sourcesChanged, this, &SourcesView::refreshSourceList);
    connect(document, &RoadmapDocument::itemsInserted, this, &SourcesView::scheduleRefresh);
    connect(document, &RoadmapDocument::itemsRemoved, this, &SourcesView::scheduleRefresh);
    connect(document, &RoadmapDocument::itemsRemovedScattered, this, &SourcesView::scheduleRefresh);
    connect(document, &RoadmapDocument::itemsChanged, this, &SourcesView::scheduleRefresh);
    connect(document, &RoadmapDocument::resetDone, this, &SourcesView::scheduleRefresh);
    connect(document, &RoadmapDocument::readOnlyChanged, this, [this](bool readOnly) {
        m_import->setEnabled(!readOnly);
        m_newItem->setEnabled(!readOnly && m_text->textCursor().hasSelection());
    });
    connect(selection, &QItemSelectionModel::currentChanged, this, &SourcesView::followCurrentItem);
    m_import->setEnabled(!document->isReadOnly());
    refreshSourceList();
}

void SourcesView::followCurrentItem()
{
    if (!isVisible()) {
        m_currentMoved = true; // followed when shown
        return;
    }
    m_currentMoved = false;
    // Show the item's passage, in its source if it cites another one.
    if (const Item *it = m_document->item(currentItemId()); it && !it->citations.isEmpty()) {
        bool here = false;
        for (const Citation &c : it->citations)
            here = here || c.sourceId == currentSourceId();
        if (!here) {
            showSource(it->citations.constFirst().sourceId);
            return;
        }
    }
    scheduleRefresh();
}

void SourcesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_currentMoved) {
        m_stale = true; // rebuilt now rather than one pass after showing the old highlight
        followCurrentItem();
    }
    if (m_stale)
        refresh();
}

void SourcesView::refreshSourceList()
{
    const qint64 keep = currentSourceId();
    const QSignalBlocker block(m_sourceBox);
    m_sourceBox->clear();
    for (const SourceDocument &s : m_document->sources()) {
        QStringList parts {s.title};
        if (s.date.isValid())
            parts.append(QLocale().toString(s.date, QLocale::LongFormat));
        if (!s.place.isEmpty())
            parts.append(s.place);
        m_sourceBox->addItem(parts.join(QStringLiteral(" · ")), s.id);
    }
    const int index = m_sourceBox->findData(keep);
    m_sourceBox->setCurrentIndex(index >= 0 ? index : 0);
    refresh();
}

void SourcesView::showSource(qint64 id)
{
    const int index = m_sourceBox->findData(id);
    if (index >= 0)
        m_sourceBox->setCurrentIndex(index);
    refresh();
}

qint64 SourcesView::currentSourceId() const
{
    return m_sourceBox->currentData().toLongLong();
}

QString SourcesView::coverageText() const
{
    return m_coverage->text();
}

qint64 SourcesView::currentItemId() const
{
    return m_selection ? m_selection->currentIndex().data(IdRole).toLongLong() : 0;
}

void SourcesView::scheduleRefresh()
{
    m_refreshTimer->start();
}

void SourcesView::refresh()
{
    m_refreshTimer->stop();
    if (!m_document)
        return;
    // Hidden, the text is rebuilt when the tab is shown. Rebuilding it sends the screen reader
    // a text change for every highlight (some fifty), and while the timeline was shown these
    // came between the timeline item's focus event and Orca's reading of it.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const SourceDocument *source = m_document->source(currentSourceId());
    const CoverageReport all = SourceCoverage::compute(m_document->sources(), m_document->items());
    if (!source) {
        m_text->setPlainText(tr("This roadmap has no source document yet. Import the official "
                                "text with Import Source…"));
        m_coverage->setText(QString());
        return;
    }
    CoverageReport here;
    for (const CommitmentSentence &c : all.sentences) {
        if (c.sourceId == source->id)
            here.sentences.append(c);
    }
    m_coverage->setText(
            m_document->sources().size() > 1
                    ? tr("%1 in this text · %2 in all sources").arg(here.summary(), all.summary())
                    : here.summary());
    m_coverage->setStyleSheet(here.covered() < here.total()
                                      ? QStringLiteral("color: #8a0012; font-weight: bold;")
                                      : QStringLiteral("font-weight: bold;"));
    m_text->setContent(*source, m_document->items(), here, currentItemId());

    const QList<BrokenCitation> broken
            = SourceCoverage::brokenCitations(m_document->sources(), m_document->items());
    if (broken.isEmpty()) {
        m_broken->hide();
    } else {
        QStringList lines;
        for (const BrokenCitation &b : broken) {
            const Item *it = m_document->item(b.itemId);
            lines.append(tr("“%1”: %2").arg(it ? it->title : QString(), b.reason));
        }
        m_broken->setText(tr("%n cited passage(s) no longer occur in their source (changed "
                             "outside the planner):",
                             nullptr, int(broken.size()))
                          + QStringLiteral("\n") + lines.join(QLatin1Char('\n')));
        m_broken->show();
    }
}

void SourcesView::selectItem(qint64 id)
{
    auto *items = qobject_cast<ItemModel *>(m_filterModel->sourceModel());
    if (!items || !m_selection)
        return;
    const QModelIndex index = m_filterModel->mapFromSource(items->indexOfId(id));
    if (index.isValid())
        m_selection->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 SourcesView::newItemFromPassage()
{
    if (!m_document || m_document->isReadOnly())
        return 0;
    const SourceDocument source = m_text->source();
    const TextSpan span = m_text->selectedSpan();
    if (span.start < 0 || source.id == 0)
        return 0;
    const QString passage = source.text.mid(span.start, span.length);
    const int number = AreaGuesser::guess(source.text, span, m_document->areas());
    const PriorityArea *area = number ? m_document->areaByNumber(number) : nullptr;
    if (!area) {
        const Item *near = m_document->item(currentItemId());
        area = near ? m_document->area(near->areaId) : nullptr;
    }
    if (!area && !m_document->areas().isEmpty())
        area = &m_document->areas().constFirst();
    if (!area)
        return 0;
    EditService edits(m_document);
    Item item = edits.draftItem(Status::Proposed, area->id);
    item.citations = {{source.id, passage}};
    item.title = titleFromPassage(passage);
    auto created = edits.createItems({item}, tr("New Item from Passage"));
    if (!created || created->isEmpty()) {
        QMessageBox::warning(this, tr("New Item from Passage"),
                             created ? tr("The item could not be created.")
                                     : created.errorMessage());
        return 0;
    }
    const qint64 id = created->constFirst();
    selectItem(id);
    Q_EMIT itemActivated(id);
    return id;
}

void SourcesView::importSource()
{
    if (!m_document || m_document->isReadOnly())
        return;
    ImportSourceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto stored = m_document->importSource(dialog.source());
    if (!stored) {
        QMessageBox::warning(this, tr("Import Source Document"), stored.errorMessage());
        return;
    }
    showSource(stored->id);
}

} // namespace jcr
