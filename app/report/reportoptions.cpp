#include "reportoptions.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::ReportOptions)
};

const QString TypeKey = QStringLiteral("report.type");
const QString AsOfKey = QStringLiteral("report.asOf");
const QString SinceKey = QStringLiteral("report.since");
const QString AreasKey = QStringLiteral("report.areas");
const QString DescriptionsKey = QStringLiteral("report.includeDescriptions");
const QString TraceabilityKey = QStringLiteral("report.includeTraceability");
const QString PaperKey = QStringLiteral("report.paper");
const QString OrientationKey = QStringLiteral("report.orientation");
const QString ClassificationKey = QStringLiteral("report.classification");
const QString BaselineKey = QStringLiteral("report.baseline");

} // namespace

QDate ReportOptions::effectiveAsOf() const
{
    return asOf.isValid() ? asOf : today();
}

QDate ReportOptions::effectiveSince() const
{
    return since.isValid() ? since : effectiveAsOf().addDays(-30);
}

bool ReportOptions::isLandscape() const
{
    switch (orientation) {
    case PageOrientation::Portrait:
        return false;
    case PageOrientation::Landscape:
        return true;
    case PageOrientation::Automatic:
        break;
    }
    return type != ReportType::Status;
}

PaperSize ReportOptions::defaultPaper()
{
    const QLocale::Territory t = QLocale().territory();
    return (t == QLocale::UnitedStates || t == QLocale::Canada) ? PaperSize::Letter : PaperSize::A4;
}

QMap<QString, QString> ReportOptions::toSettings() const
{
    QStringList areas;
    for (int n : areaNumbers)
        areas << QString::number(n);
    return {
            {TypeKey, key(type)},
            {AsOfKey, asOf.isValid() ? asOf.toString(Qt::ISODate) : QString()},
            {SinceKey, since.isValid() ? since.toString(Qt::ISODate) : QString()},
            {AreasKey, areas.join(QLatin1Char(','))},
            {DescriptionsKey, includeDescriptions ? QStringLiteral("1") : QStringLiteral("0")},
            {TraceabilityKey, includeTraceability ? QStringLiteral("1") : QStringLiteral("0")},
            {PaperKey, key(paper)},
            {OrientationKey, key(orientation)},
            {ClassificationKey, classification},
            {BaselineKey, baseline},
    };
}

ReportOptions ReportOptions::fromSettings(const QMap<QString, QString> &settings)
{
    ReportOptions o;
    if (auto t = typeFromKey(settings.value(TypeKey)))
        o.type = *t;
    o.asOf = QDate::fromString(settings.value(AsOfKey), Qt::ISODate);
    o.since = QDate::fromString(settings.value(SinceKey), Qt::ISODate);
    const QStringList areas = settings.value(AreasKey).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &a : areas) {
        bool ok = false;
        const int n = a.trimmed().toInt(&ok);
        if (ok && n > 0 && !o.areaNumbers.contains(n))
            o.areaNumbers << n;
    }
    o.includeDescriptions = settings.value(DescriptionsKey) == QLatin1String("1");
    o.includeTraceability = settings.value(TraceabilityKey) == QLatin1String("1");
    if (auto p = paperFromKey(settings.value(PaperKey)))
        o.paper = *p;
    if (auto r = orientationFromKey(settings.value(OrientationKey)))
        o.orientation = *r;
    o.classification = settings.value(ClassificationKey).trimmed();
    o.baseline = settings.value(BaselineKey).trimmed();
    return o;
}

QStringList ReportOptions::settingKeys()
{
    return {TypeKey,  AsOfKey,        SinceKey,          AreasKey,        DescriptionsKey,
            PaperKey, OrientationKey, ClassificationKey, TraceabilityKey, BaselineKey};
}

QString ReportOptions::key(ReportType type)
{
    switch (type) {
    case ReportType::Status:
        return QStringLiteral("status");
    case ReportType::Briefing:
        return QStringLiteral("briefing");
    case ReportType::Board:
        return QStringLiteral("board");
    }
    return {};
}

std::optional<ReportType> ReportOptions::typeFromKey(QStringView k)
{
    for (ReportType t : {ReportType::Status, ReportType::Briefing, ReportType::Board}) {
        if (k == key(t))
            return t;
    }
    return std::nullopt;
}

QString ReportOptions::key(PaperSize paper)
{
    return paper == PaperSize::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

std::optional<PaperSize> ReportOptions::paperFromKey(QStringView k)
{
    if (k.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (k.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

QString ReportOptions::key(PageOrientation orientation)
{
    switch (orientation) {
    case PageOrientation::Automatic:
        return QStringLiteral("auto");
    case PageOrientation::Portrait:
        return QStringLiteral("portrait");
    case PageOrientation::Landscape:
        return QStringLiteral("landscape");
    }
    return {};
}

std::optional<PageOrientation> ReportOptions::orientationFromKey(QStringView k)
{
    for (PageOrientation o :
         {PageOrientation::Automatic, PageOrientation::Portrait, PageOrientation::Landscape}) {
        if (k == key(o))
            return o;
    }
    return std::nullopt;
}

QString ReportOptions::displayName(ReportType type)
{
    switch (type) {
    case ReportType::Status:
        return Tr::tr("Status report");
    case ReportType::Briefing:
        return Tr::tr("One-page briefing");
    case ReportType::Board:
        return Tr::tr("Board print");
    }
    return {};
}

} // namespace jcr
