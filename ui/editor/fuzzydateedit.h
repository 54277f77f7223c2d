#pragma once

#include "domain/fuzzydate.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace jcr {

/**
 * Edits a FuzzyDate: a precision (none, day, month, quarter, year) and a date. The date
 * field's format follows the precision and the label shows the period as it will be saved.
 */
class FuzzyDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit FuzzyDateEdit(QWidget *parent = nullptr);

    FuzzyDate value() const;
    void setValue(const FuzzyDate &value);

Q_SIGNALS:
    /// The user finished changing the value (not emitted by setValue()).
    void valueEdited(const jcr::FuzzyDate &value);

private:
    void updateAppearance();
    void emitEdited();

    QComboBox *m_precision;
    QDateEdit *m_date;
    QLabel *m_period;
    bool m_updating = false;
};

} // namespace jcr
