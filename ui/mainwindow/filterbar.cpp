#include "filterbar.h"

#include "widgets/accessiblenames.h"

#include "document/roadmapdocument.h"
#include "i18n/language.h"
#include "models/itemfiltermodel.h"
#include "widgets/flowlayout.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>

#include <algorithm>

namespace jcr {

namespace {

/// A filter combo box that asks for about seven characters but gives way to three on a small
/// screen: eight filters side by side must fit a 1280-pixel laptop beside the editor. It
/// never gives way below its first entry ("All areas", « Tous les domaines », 「すべての分野」):
/// a filter bar in French or Japanese wraps to a second row rather than cut what a filter is.
class FilterComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

    QSize minimumSizeHint() const override
    {
        QSize size = QComboBox::minimumSizeHint();
        size.setWidth(
                std::max(size.width() - 4 * fontMetrics().averageCharWidth(), firstEntryWidth()));
        return size;
    }

    QSize sizeHint() const override
    {
        QSize size = QComboBox::sizeHint();
        size.setWidth(std::max(size.width(), firstEntryWidth()));
        return size;
    }

private:
    /// The width that shows the first entry whole, in pixels (Japanese glyphs are wider than
    /// the average character the contents length counts in).
    int firstEntryWidth() const
    {
        if (count() == 0)
            return 0;
        QStyleOptionComboBox option;
        initStyleOption(&option);
        const QSize text(fontMetrics().horizontalAdvance(itemText(0)), fontMetrics().height());
        return style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this).width();
    }
};

QComboBox *makeCombo(const QString &accessibleName, QWidget *parent)
{
    auto *combo = new FilterComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    // Long organisation or tag names must not make the window wider than the screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(7);
    return combo;
}

template<typename E> void fillEnum(QComboBox *combo, const QString &any, const QList<E> &values)
{
    combo->addItem(any, -1);
    for (E v : values)
        combo->addItem(enums::displayName(v), int(v));
}

QSet<int> oneOrNone(const QComboBox *combo)
{
    const int v = combo->currentData().toInt();
    return v < 0 ? QSet<int>() : QSet<int> {v};
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_area(makeCombo(tr("Priority area"), this))
    , m_status(makeCombo(tr("Status"), this))
    , m_health(makeCombo(tr("Health"), this))
    , m_lead(makeCombo(tr("Lead side"), this))
    , m_organisation(makeCombo(tr("Organisation"), this))
    , m_tag(makeCombo(tr("Tag"), this))
    , m_due(makeCombo(tr("Due"), this))
    , m_clear(new QToolButton(this))
{
    m_text->setPlaceholderText(tr("Filter (Ctrl+F)…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter text"));
    accessiblenames::nameClearButton(m_text, tr("Clear filter text"));
    m_text->setMinimumWidth(100);
    fillEnum(m_status, tr("All statuses"), enums::allStatuses());
    fillEnum(m_health, tr("All health"), enums::allHealths());
    fillEnum(m_lead, tr("Any lead"), enums::allLeadSides());
    m_due->addItem(tr("Any time"), -1);
    for (int days : {7, 30, 90, 180, 365})
        m_due->addItem(tr("Due in %n day(s)", nullptr, days), days);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show all items"));

    // One row on a wide screen; on a narrow or magnified one the filters wrap to a second row
    // rather than making the window wider than the screen.
    auto *layout = new FlowLayout(this, 4);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setFirstItemStretch(2.5);
    layout->addWidget(m_text);
    for (QComboBox *c : {m_area, m_status, m_health, m_lead, m_organisation, m_tag, m_due})
        layout->addWidget(c);
    layout->addWidget(m_clear);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::apply);
    m_text->installEventFilter(this);
    for (QComboBox *c : {m_area, m_status, m_health, m_lead, m_organisation, m_tag, m_due})
        connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    setEnabled(false);
}

void FilterBar::setModels(RoadmapDocument *document, ItemFilterModel *filter)
{
    m_document = document;
    m_filter = filter;
    setEnabled(document != nullptr);
    refreshChoices();
    apply();
}

void FilterBar::refreshChoices()
{
    m_updating = true;
    const auto refill = [](QComboBox *combo, const QString &any, const auto &entries) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(any, QVariant());
        for (const auto &[label, value] : entries)
            combo->addItem(label, value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    QList<std::pair<QString, QVariant>> areas, orgs, tags;
    if (m_document) {
        for (const PriorityArea &a : m_document->areas())
            areas.append(
                    {QStringLiteral("%1 %2").arg(a.number).arg(a.shortNameIn(Language::current())),
                     a.id});
        for (const Organisation &o : m_document->organisations())
            orgs.append({o.shortName.isEmpty() ? o.name : o.shortName, o.id});
        for (const QString &t : m_document->allTags())
            tags.append({t, t});
    }
    refill(m_area, tr("All areas"), areas);
    refill(m_organisation, tr("Any organisation"), orgs);
    refill(m_tag, tr("Any tag"), tags);
    m_updating = false;
}

void FilterBar::clear()
{
    m_updating = true;
    m_text->clear();
    for (QComboBox *c : {m_area, m_status, m_health, m_lead, m_organisation, m_tag, m_due})
        c->setCurrentIndex(0);
    m_updating = false;
    apply();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // On Linux a line edit claims Ctrl+E (Emacs' "end of line") before shortcuts are looked
    // at. In the filter box Ctrl+E means Edit Item, as everywhere else in the window: leave
    // the key to the shortcut (End still moves to the end of the text).
    if (watched == m_text && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::focusText()
{
    m_text->setFocus();
    m_text->selectAll();
}

void FilterBar::apply()
{
    if (m_updating || !m_filter)
        return;
    m_filter->setText(m_text->text().trimmed());
    const QVariant area = m_area->currentData();
    m_filter->setAreaIds(area.isValid() ? QSet<qint64> {area.toLongLong()} : QSet<qint64>());
    m_filter->setStatuses(oneOrNone(m_status));
    m_filter->setHealths(oneOrNone(m_health));
    m_filter->setLeads(oneOrNone(m_lead));
    m_filter->setOrganisationId(m_organisation->currentData().toLongLong());
    m_filter->setTag(m_tag->currentData().toString());
    m_filter->setDueWithinDays(m_due->currentData().toInt());
}

} // namespace jcr
