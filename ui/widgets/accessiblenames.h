#pragma once

#include <QString>

class QCalendarWidget;
class QLineEdit;
class QObject;

namespace jcr {

/// Names for the parts of controls that Qt creates unnamed, so that a screen reader says what
/// they do (EN 301 549, 11.4.1.2 "Name, role, value").
namespace accessiblenames {

/// Names the clear button that QLineEdit::setClearButtonEnabled() adds to \a edit (it has only
/// an icon). Call after enabling it.
void nameClearButton(QLineEdit *edit, const QString &name);

/// Names \a calendar and the parts Qt gives no name: its table of days and the buttons that
/// go to the previous and the next month (they show only an arrow).
void nameCalendar(QCalendarWidget *calendar, const QString &name);

/// Drops the accessible interface cached for \a object, so that the next query makes it anew.
/// A widget with an interface of its own calls it at the end of its constructor: while the
/// base class was being built, an event may have made (and cached) the base class's interface.
void forgetCachedInterface(QObject *object);

} // namespace accessiblenames

} // namespace jcr
