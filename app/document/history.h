#pragma once

#include "domain/changerecord.h"
#include "domain/result.h"
#include "domain/statusupdate.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>

#include <functional>

class QObject;

namespace jcr {

class RoadmapDocument;

/// One line of an item's history: a status note or a recorded change.
struct HistoryEntry
{
    enum class Kind { Note, Change };
    Kind kind = Kind::Change;
    /// When it happened: a change's time stamp; a note's date (at the end of that day, so that
    /// a note sorts above the changes of the day it reports on).
    QDateTime when;
    qint64 sortKey = 0; ///< when, in milliseconds since the epoch (sorting compares these)
    StatusUpdate note; ///< Kind::Note
    ChangeRecord change; ///< Kind::Change
};

/**
 * Reads the record of change of a document and says it in words: the item editor's History,
 * the Changes dock, `jcroadmap changes` and the status report's "Changes since" all use it.
 */
class History
{
    Q_DECLARE_TR_FUNCTIONS(jcr::History)

public:
    /// Status notes and recorded changes of item \a itemId, newest first.
    static Result<QList<HistoryEntry>> ofItem(RoadmapDocument &document, qint64 itemId);
    /// Recorded changes of the whole roadmap made on the days \a since to \a until (local
    /// dates, both included; an invalid date leaves that end open), newest first.
    static Result<QList<ChangeRecord>> between(RoadmapDocument &document, QDate since, QDate until,
                                               int limit = -1);
    /// How many changes between() finds without a limit.
    static Result<qint64> countBetween(RoadmapDocument &document, QDate since, QDate until);
    /// Calls \a changed (in \a receiver's context) on each of \a document's events that come
    /// with recorded changes: items inserted, removed or changed, dependencies, areas, a reset
    /// and a re-read after another program's commit. The views of the record (the item's
    /// History, the Changes dock) re-read on these; disconnect with
    /// `QObject::disconnect(document, nullptr, receiver, nullptr)`.
    static void connectRecordedChanges(RoadmapDocument *document, QObject *receiver,
                                       const std::function<void()> &changed);
    /// Merges notes and changes, newest first.
    static QList<HistoryEntry> merge(const QList<StatusUpdate> &notes,
                                     const QList<ChangeRecord> &changes);

    /// Who made \a change, as shown: the name, or "another program" translated.
    static QString actorText(const ChangeRecord &change);
    /// What changed, in one line: "Status: Planned → Done", "Tag added: energy",
    /// "Item created". Values longer than \a maxValue characters are shortened.
    static QString describe(const ChangeRecord &change, const RoadmapDocument *document,
                            const QLocale &locale = QLocale(), int maxValue = 80);
    /// describe()'s first part: what changed ("Status", "Tag added", "Item created").
    static QString summary(const ChangeRecord &change);
    /// describe()'s second part: the values ("Planned → Done", "energy", the item's title).
    static QString detail(const ChangeRecord &change, const RoadmapDocument *document,
                          const QLocale &locale = QLocale(), int maxValue = 80);
    /// The field's name as shown ("Status", "Start", "Organisation").
    static QString fieldName(const QString &field);
    /// A stored value as shown: an enumeration's name, a date in its precision, an area's
    /// name; "—" for none.
    static QString valueText(const QString &field, const std::optional<QString> &value,
                             const RoadmapDocument *document, const QLocale &locale = QLocale());
};

} // namespace jcr
