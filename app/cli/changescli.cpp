#include "changescli.h"

#include "cli.h"
#include "document/history.h"
#include "document/roadmapdocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace jcr::cli {

namespace {

QString actionKey(ChangeRecord::Action action)
{
    switch (action) {
    case ChangeRecord::Action::Insert:
        return QStringLiteral("insert");
    case ChangeRecord::Action::Delete:
        return QStringLiteral("delete");
    case ChangeRecord::Action::Update:
        break;
    }
    return QStringLiteral("update");
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

/// --since/--until: an ISO date, or absent. False (with a usage error) for anything else.
bool readDate(const QCommandLineParser &parser, const QString &name, QDate *date, int *exitCode)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid() || text.size() != 10) {
        *exitCode = fail(Tr::tr("--%1 \"%2\" is not a date (use YYYY-MM-DD)").arg(name, text),
                         UsageError);
        return false;
    }
    return true;
}

} // namespace

int runChanges(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The roadmap file."));
    parser.addOption({QStringLiteral("since"), Tr::tr("Only changes made on or after DATE."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), Tr::tr("Only changes made on or before DATE."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("format"), Tr::tr("Output format: tsv (default) or json."),
                      QStringLiteral("tsv|json"), QStringLiteral("tsv")});
    int code = Success;
    QString file;
    if (!parseArguments(
                parser, args,
                Tr::tr("Lists the roadmap's record of change, newest first: id, time (UTC), "
                       "who, item, area, action, field, old value, new value. Changes made "
                       "by other programs than the planner are recorded as \"another "
                       "program\"."),
                &code)
        || !oneFileArgument(parser, &file, &code))
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("tsv") && format != QLatin1String("json"))
        return fail(Tr::tr("unknown format \"%1\": use tsv or json").arg(format), UsageError);
    QDate since;
    QDate until;
    if (!readDate(parser, QStringLiteral("since"), &since, &code)
        || !readDate(parser, QStringLiteral("until"), &until, &code))
        return code;
    if (since.isValid() && until.isValid() && until < since)
        return fail(Tr::tr("--until is before --since"), UsageError);

    auto opened = RoadmapDocument::open(file, true);
    if (!opened)
        return fail(opened.errorMessage());
    auto changes = History::between(*opened.value(), since, until);
    if (!changes)
        return fail(changes.errorMessage());

    const auto optional = [](const std::optional<QString> &v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    const auto id = [](qint64 v) {
        return v ? QJsonValue(v) : QJsonValue();
    };
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const ChangeRecord &c : changes.value()) {
            rows.append(QJsonObject {
                    {QStringLiteral("id"), c.id},
                    {QStringLiteral("at"), stamp(c.at)},
                    {QStringLiteral("actor"), c.actor},
                    {QStringLiteral("item"), id(c.itemId)},
                    {QStringLiteral("area"), id(c.areaId)},
                    {QStringLiteral("action"), actionKey(c.action)},
                    {QStringLiteral("field"), c.field},
                    {QStringLiteral("old"), optional(c.oldValue)},
                    {QStringLiteral("new"), optional(c.newValue)},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return Success;
    }
    const auto number = [](qint64 v) {
        return v ? QString::number(v) : QString();
    };
    out() << "id\tat\tactor\titem\tarea\taction\tfield\told\tnew\n";
    for (const ChangeRecord &c : changes.value()) {
        out() << c.id << '\t' << stamp(c.at) << '\t' << escapeTsv(c.actor) << '\t'
              << number(c.itemId) << '\t' << number(c.areaId) << '\t' << actionKey(c.action) << '\t'
              << c.field << '\t' << escapeTsv(c.oldValue.value_or(QString())) << '\t'
              << escapeTsv(c.newValue.value_or(QString())) << '\n';
    }
    return Success;
}

} // namespace jcr::cli
