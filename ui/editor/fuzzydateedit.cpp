#include "fuzzydateedit.h"

#include "domain/clock.h"
#include "widgets/accessiblenames.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

#include <algorithm>

namespace jcr {

FuzzyDateEdit::FuzzyDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_precision(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_calendar(new QToolButton(this))
{
    m_precision->addItem(tr("No date"), -1);
    for (DatePrecision p : enums::allPrecisions())
        m_precision->addItem(enums::displayName(p), int(p));
    m_precision->setToolTip(tr("How exact the date is: the statement often names only a year."));
    m_text->setObjectName(QStringLiteral("dateText"));
    m_text->setMaxLength(40);
    m_text->setToolTip(tr("Type the date as it shows (15 Aug 2027, Aug 2027, Q3 2027, 2027) or "
                          "as numbers (15/8/2027, 2027-08-15). Up and Down step by one period."));
    m_text->installEventFilter(this);
    m_calendar->setArrowType(Qt::DownArrow);
    m_calendar->setPopupMode(QToolButton::InstantPopup);
    m_calendar->setToolTip(tr("Pick the date on a calendar"));
    m_calendar->setAccessibleName(tr("Calendar"));
    // The calendar is built when it opens: most fields are never picked from one.
    auto *menu = new QMenu(m_calendar);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        auto *calendar = new QCalendarWidget;
        calendar->setGridVisible(true);
        accessiblenames::nameCalendar(calendar, m_calendar->accessibleName());
        calendar->setSelectedDate(m_value.isValid() ? m_value.first() : today());
        auto *action = new QWidgetAction(menu);
        action->setDefaultWidget(calendar);
        menu->addAction(action);
        connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate day) {
            menu->close();
            pickDay(day);
        });
        connect(calendar, &QCalendarWidget::activated, this, [this, menu](QDate day) {
            menu->close();
            pickDay(day);
        });
    });
    m_calendar->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_precision);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_calendar);
    setFocusProxy(m_precision);
    updateTextWidth();

    connect(m_precision, &QComboBox::activated, this, &FuzzyDateEdit::changePrecision);
    connect(m_text, &QLineEdit::editingFinished, this, &FuzzyDateEdit::commitText);
    showValue();
}

DatePrecision FuzzyDateEdit::precision() const
{
    const int p = m_precision->currentData().toInt();
    return p < 0 ? DatePrecision::Day : DatePrecision(p);
}

bool FuzzyDateEdit::hasDate() const
{
    return m_precision->currentData().toInt() >= 0;
}

void FuzzyDateEdit::setValue(const FuzzyDate &value)
{
    // The user is typing over the same saved value: the text stays as typed.
    if (value == m_value && m_text->isModified())
        return;
    m_value = value;
    showValue();
}

void FuzzyDateEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        updateTextWidth();
}

void FuzzyDateEdit::setFieldName(const QString &field)
{
    m_text->setAccessibleName(field);
    m_precision->setAccessibleName(tr("%1 precision").arg(field));
    m_precision->setAccessibleDescription(tr("%1 precision").arg(field));
    m_calendar->setAccessibleName(tr("%1 calendar").arg(field));
}

void FuzzyDateEdit::updateTextWidth()
{
    // A narrow dock squeezed the field until only "2026" of "6 Mar 2026" showed. The widest
    // date (a long month, two-digit day), the line edit's frame and margins.
    const QFontMetrics metrics(m_text->font());
    const int text
            = std::max(metrics.horizontalAdvance(FuzzyDate::day(2027, 9, 30).toDisplayString()),
                       metrics.horizontalAdvance(tr("No date")));
    m_text->setMinimumWidth(text + 12);
}

void FuzzyDateEdit::showValue()
{
    m_precision->setCurrentIndex(m_value.isValid() ? m_precision->findData(int(m_value.precision()))
                                                   : 0);
    m_text->setText(m_value.isValid() ? m_value.toDisplayString() : QString());
    m_text->setModified(false);
    m_text->setEnabled(m_value.isValid());
    m_calendar->setEnabled(m_value.isValid());
    m_text->setPlaceholderText(m_value.isValid() ? QString() : tr("No date"));
}

void FuzzyDateEdit::commitText()
{
    if (!m_text->isModified() || !hasDate())
        return;
    m_text->setModified(false);
    const FuzzyDate typed = FuzzyDate::fromUserText(m_text->text(), precision(), QLocale(),
                                                    m_value.isValid() ? m_value.first() : today());
    if (!typed.isValid()) {
        const QString text = m_text->text().simplified();
        showValue();
        Q_EMIT problemFound(tr("“%1” is not a date of %2 precision; type it like %3.")
                                    .arg(text, enums::displayName(precision()).toLower(),
                                         FuzzyDate(today(), precision()).toDisplayString()));
        return;
    }
    m_text->setText(typed.toDisplayString());
    if (typed == m_value)
        return;
    m_value = typed;
    Q_EMIT valueEdited(m_value);
}

void FuzzyDateEdit::changePrecision()
{
    if (!hasDate()) {
        if (!m_value.isValid())
            return;
        m_value = FuzzyDate();
    } else {
        // The same moment in the new precision: the period that contains the old start.
        const QDate base = m_value.isValid() ? m_value.first() : today();
        const FuzzyDate next(FuzzyDate(base, precision()).first(), precision());
        if (next == m_value)
            return;
        m_value = next;
    }
    showValue();
    Q_EMIT valueEdited(m_value);
}

void FuzzyDateEdit::step(int periods)
{
    if (!hasDate())
        return;
    FuzzyDate current = FuzzyDate::fromUserText(m_text->text(), precision());
    if (!current.isValid())
        current = m_value.isValid() ? m_value : FuzzyDate(today(), precision());
    QDate d = current.first();
    switch (precision()) {
    case DatePrecision::Day:
        d = d.addDays(periods);
        break;
    case DatePrecision::Month:
        d = d.addMonths(periods);
        break;
    case DatePrecision::Quarter:
        d = d.addMonths(3 * periods);
        break;
    case DatePrecision::Year:
        d = d.addYears(periods);
        break;
    }
    if (d.year() < 1900 || d.year() > 2199)
        return;
    // Like typing: saved on Return or when leaving the field.
    m_text->setText(FuzzyDate(d, precision()).toDisplayString());
    m_text->setModified(true);
}

void FuzzyDateEdit::pickDay(QDate day)
{
    if (!hasDate())
        return;
    m_text->setText(FuzzyDate(day, precision()).toDisplayString());
    m_text->setModified(true);
    commitText();
}

bool FuzzyDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            step(key->key() == Qt::Key_Up ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jcr
