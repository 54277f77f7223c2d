#include "icsexporter.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>

namespace jcr {

namespace {

constexpr int MaxLineOctets = 75;

QString dateValue(QDate d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

QString utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QString IcsExporter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            continue; // other controls are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

void IcsExporter::appendLine(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    int limit = MaxLineOctets;
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never split a UTF-8 sequence: back up to the first byte of the character.
        while (cut > start && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = MaxLineOctets - 1; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

QString IcsExporter::uid(const RoadmapData &data, qint64 itemId)
{
    // The file has no identity of its own; its title tells roadmaps apart in one calendar and
    // stays the same from one export to the next.
    const QByteArray key = QCryptographicHash::hash(data.snapshot.settings.title.toUtf8(),
                                                    QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(12);
    return QStringLiteral("item-%1-%2@jcroadmap").arg(itemId).arg(QString::fromLatin1(key));
}

QByteArray IcsExporter::toIcs(const RoadmapData &data, const CalendarFilter &filter,
                              const QDateTime &now)
{
    const Snapshot &s = data.snapshot;
    QHash<qint64, const PriorityArea *> areas;
    for (const PriorityArea &a : s.areas)
        areas.insert(a.id, &a);
    const QLocale locale;
    QByteArray out;
    out.reserve(qsizetype(s.items.size()) * 400);
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out,
               QStringLiteral("PRODID:-//jcroadmap//Japan-Canada Roadmap Planner %1//EN")
                       .arg(QStringLiteral(JCR_VERSION_STRING)));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("METHOD:PUBLISH"));
    if (!s.settings.title.isEmpty())
        appendLine(out, QStringLiteral("X-WR-CALNAME:") + escapeText(s.settings.title));
    const QString stamp = utcStamp(now);
    for (const Item &it : s.items) {
        if (!it.start.isValid() && !it.end.isValid())
            continue;
        if (!filter.areaIds.isEmpty() && !filter.areaIds.contains(it.areaId))
            continue;
        const QDate first = it.start.isValid() ? it.start.first() : it.end.first();
        const QDate last = it.end.isValid() ? it.end.last() : it.start.last();
        if ((filter.from.isValid() && last < filter.from)
            || (filter.to.isValid() && first > filter.to))
            continue;
        const PriorityArea *area = areas.value(it.areaId);
        const bool coarse = (it.start.isValid() && it.start.precision() != DatePrecision::Day)
                || (it.end.isValid() && it.end.precision() != DatePrecision::Day);
        QString when;
        if (it.start.isValid() && it.end.isValid() && !(it.start == it.end))
            when = it.start.toDisplayString(locale) + QStringLiteral(" – ")
                    + it.end.toDisplayString(locale);
        else
            when = (it.start.isValid() ? it.start : it.end).toDisplayString(locale);
        QString summary = it.title;
        if (coarse)
            summary += QStringLiteral(" (%1)").arg(when);

        QStringList description;
        if (!s.settings.classification.isEmpty())
            description << s.settings.classification;
        if (area)
            //: %1 is the priority area's number, %2 its name
            description << tr("Priority area %1: %2").arg(area->number).arg(area->name);
        description << tr("%1 · %2 · lead: %3")
                               .arg(enums::displayName(it.kind), enums::displayName(it.status),
                                    enums::displayName(it.lead));
        QStringList precisions;
        if (it.start.isValid())
            precisions << enums::displayName(it.start.precision()).toLower();
        if (it.end.isValid() && !(it.start == it.end))
            precisions << enums::displayName(it.end.precision()).toLower();
        precisions.removeDuplicates();
        description << tr("Dates: %1 (to the %2)").arg(when, precisions.join(QStringLiteral(", ")));
        if (!it.description.isEmpty())
            description << QString() << it.description;

        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:") + uid(data, it.id));
        appendLine(out, QStringLiteral("DTSTAMP:") + stamp);
        appendLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(first));
        // DTEND of an all-day event is exclusive: the day after the last.
        appendLine(out, QStringLiteral("DTEND;VALUE=DATE:") + dateValue(last.addDays(1)));
        appendLine(out, QStringLiteral("SUMMARY:") + escapeText(summary));
        appendLine(out,
                   QStringLiteral("DESCRIPTION:")
                           + escapeText(description.join(QLatin1Char('\n'))));
        if (area)
            appendLine(
                    out,
                    QStringLiteral("CATEGORIES:")
                            + escapeText(area->shortName.isEmpty() ? area->name : area->shortName));
        appendLine(out,
                   QStringLiteral("STATUS:")
                           + (it.status == Status::Cancelled ? QStringLiteral("CANCELLED")
                                      : it.status == Status::Proposed
                                      ? QStringLiteral("TENTATIVE")
                                      : QStringLiteral("CONFIRMED")));
        appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        // Calendars take a higher SEQUENCE as a newer version of the same event.
        appendLine(out, QStringLiteral("SEQUENCE:%1").arg(it.version));
        const QDateTime modified = QDateTime::fromString(it.updatedAt, Qt::ISODate);
        if (modified.isValid())
            appendLine(out, QStringLiteral("LAST-MODIFIED:") + utcStamp(modified));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace jcr
