#include "fuzzydateedit.h"

#include "domain/clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace jcr {

FuzzyDateEdit::FuzzyDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_precision(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_period(new QLabel(this))
{
    m_precision->addItem(tr("No date"), -1);
    for (DatePrecision p : enums::allPrecisions())
        m_precision->addItem(enums::displayName(p), int(p));
    m_precision->setToolTip(tr("How exact the date is: the statement often names only a year."));
    m_date->setCalendarPopup(true);
    m_date->setDate(today());
    m_date->setMinimumDate(QDate(1900, 1, 1));
    m_date->setMaximumDate(QDate(2199, 12, 31));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_precision);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_period);
    setFocusProxy(m_precision);

    connect(m_precision, &QComboBox::activated, this, [this] {
        updateAppearance();
        emitEdited();
    });
    connect(m_date, &QDateEdit::editingFinished, this, &FuzzyDateEdit::emitEdited);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { updateAppearance(); });
    updateAppearance();
}

FuzzyDate FuzzyDateEdit::value() const
{
    const int p = m_precision->currentData().toInt();
    if (p < 0)
        return {};
    return FuzzyDate(m_date->date(), DatePrecision(p));
}

void FuzzyDateEdit::setValue(const FuzzyDate &value)
{
    m_updating = true;
    m_precision->setCurrentIndex(value.isValid() ? m_precision->findData(int(value.precision()))
                                                 : 0);
    if (value.isValid())
        m_date->setDate(value.first());
    updateAppearance();
    m_updating = false;
}

void FuzzyDateEdit::updateAppearance()
{
    const int p = m_precision->currentData().toInt();
    m_date->setEnabled(p >= 0);
    switch (p) {
    case int(DatePrecision::Year):
        m_date->setDisplayFormat(QStringLiteral("yyyy"));
        break;
    case int(DatePrecision::Quarter):
    case int(DatePrecision::Month):
        m_date->setDisplayFormat(QStringLiteral("MMM yyyy"));
        break;
    default:
        m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        break;
    }
    const FuzzyDate v = value();
    m_period->setText(v.isValid() ? v.toDisplayString() : QString());
}

void FuzzyDateEdit::emitEdited()
{
    if (!m_updating)
        Q_EMIT valueEdited(value());
}

} // namespace jcr
