#pragma once

#include "domain/fuzzydate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace jcr {

/**
 * Edits a FuzzyDate: a precision (none, day, month, quarter, year) and the date as text in
 * that precision ("15 Aug 2027", "Aug 2027", "Q3 2027", "2027"). What the user types is what
 * is saved: the text is read only when typing is over (Return, or leaving the field), never
 * re-formatted under the cursor. Up and Down step by one period; a calendar picks a day.
 */
class FuzzyDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit FuzzyDateEdit(QWidget *parent = nullptr);

    /// The saved value, as last set or edited.
    FuzzyDate value() const { return m_value; }
    /// Shows \a value, unless the user is typing in the field over the same value.
    void setValue(const FuzzyDate &value);

    /// Names the parts for a screen reader after the field they edit: "Start", then the
    /// text is "Start", the precision "Start precision" and the button "Start calendar".
    void setFieldName(const QString &field);

    /// The text field (for tests and accessibility).
    QLineEdit *lineEdit() const { return m_text; }

Q_SIGNALS:
    /// The user finished changing the value (not emitted by setValue()).
    void valueEdited(const jcr::FuzzyDate &value);
    /// The typed text is not a date of the chosen precision; the field shows the saved value.
    void problemFound(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Keeps the text field wide enough for a whole date in the current font.
    void updateTextWidth();
    DatePrecision precision() const;
    bool hasDate() const;
    void showValue();
    void commitText();
    void changePrecision();
    void step(int periods);
    void pickDay(QDate day);

    QComboBox *m_precision;
    QLineEdit *m_text;
    QToolButton *m_calendar;
    FuzzyDate m_value;
};

} // namespace jcr
