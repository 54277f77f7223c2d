#include "sourcescli.h"

#include "cli.h"
#include "document/roadmapdocument.h"
#include "sources/emphasismarkup.h"
#include "sources/sourcecoverage.h"
#include "sources/sourceimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>

namespace jcr::cli {

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("jcr::cli", s, disambiguation, n);
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

int importSource(const QCommandLineParser &parser, const QString &file)
{
    const QString textArg = parser.value(QStringLiteral("import"));
    SourceDocument source;
    if (textArg == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(tr("cannot read standard input"));
        QStringDecoder decoder(QStringDecoder::Utf8);
        source.text = SourceImport::normalised(decoder.decode(in.readAll()));
        if (decoder.hasError())
            return fail(tr("standard input is not valid UTF-8"));
    } else {
        auto text = SourceImport::readTextFile(textArg);
        if (!text)
            return fail(text.errorMessage());
        source.text = text.value();
    }
    source.title = parser.value(QStringLiteral("title"));
    source.place = parser.value(QStringLiteral("place"));
    source.link = parser.value(QStringLiteral("link"));
    if (parser.isSet(QStringLiteral("date"))) {
        const QString date = parser.value(QStringLiteral("date"));
        source.date = QDate::fromString(date, Qt::ISODate);
        if (!source.date.isValid() || date.size() != 10)
            return fail(tr("--date %1 is not a day (YYYY-MM-DD)").arg(date), UsageError);
    }
    if (const QStringList problems = SourceImport::validate(source); !problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')), UsageError);
    auto opened = RoadmapDocument::open(file);
    if (!opened)
        return fail(QStringLiteral("%1: %2").arg(file, opened.errorMessage()));
    if (opened.value()->isReadOnly())
        return fail(QStringLiteral("%1: %2").arg(file, opened.value()->readOnlyReason()));
    auto stored = opened.value()->importSource(source);
    if (!stored)
        return fail(QStringLiteral("%1: %2").arg(file, stored.errorMessage()));
    const auto coverage = SourceCoverage::compute({stored.value()}, {});
    out() << tr("Imported source %1 \"%2\" into %3: %n commitment sentence(s).", nullptr,
                coverage.total())
                     .arg(stored->id)
                     .arg(stored->title, file)
          << Qt::endl;
    return Success;
}

} // namespace

QStringList citationFindings(const RoadmapDocument &document)
{
    QStringList findings;
    for (const BrokenCitation &b :
         SourceCoverage::brokenCitations(document.sources(), document.items())) {
        const Item *it = document.item(b.itemId);
        findings.append(
                tr("item %1 \"%2\": %3").arg(b.itemId).arg(it ? it->title : QString(), b.reason));
    }
    return findings;
}

int runSources(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The roadmap file."));
    parser.addOptions({
            {QStringLiteral("import"),
             tr("Add the official text in TEXT (a UTF-8 .txt or .md file, or - for standard "
                "input) as a new source document."),
             QStringLiteral("TEXT")},
            {QStringLiteral("title"), tr("Title of the imported text (required with --import)."),
             QStringLiteral("TITLE")},
            {QStringLiteral("date"), tr("Day the text was issued, YYYY-MM-DD."),
             QStringLiteral("DATE")},
            {QStringLiteral("place"), tr("Where it was issued."), QStringLiteral("PLACE")},
            {QStringLiteral("link"), tr("Where the official text is published."),
             QStringLiteral("URL")},
    });
    int code = Success;
    QString file;
    if (!parseArguments(
                parser, args,
                tr("Lists the source documents of FILE (id, date, place, commitment sentences "
                   "tracked, title), or imports another one with --import."),
                &code)
        || !oneFileArgument(parser, &file, &code))
        return code;
    if (parser.isSet(QStringLiteral("import")))
        return importSource(parser, file);
    for (const char *option : {"title", "date", "place", "link"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            return fail(tr("--%1 is only used with --import").arg(QString::fromLatin1(option)),
                        UsageError);
    }
    auto opened = RoadmapDocument::open(file, true);
    if (!opened)
        return fail(QStringLiteral("%1: %2").arg(file, opened.errorMessage()));
    const RoadmapDocument &doc = *opened.value();
    out() << "id\tdate\tplace\ttracked\tcommitments\ttitle\tlink\n";
    for (const SourceDocument &s : doc.sources()) {
        const CoverageReport coverage = SourceCoverage::compute({s}, doc.items());
        out() << s.id << '\t' << s.date.toString(Qt::ISODate) << '\t' << oneLine(s.place) << '\t'
              << coverage.covered() << '\t' << coverage.total() << '\t' << oneLine(s.title) << '\t'
              << oneLine(s.link) << '\n';
    }
    out().flush();
    return Success;
}

int runCoverage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The roadmap file."));
    parser.addOption({QStringLiteral("format"), tr("Output format: tsv (default) or json."),
                      QStringLiteral("tsv|json"), QStringLiteral("tsv")});
    int code = Success;
    QString file;
    if (!parseArguments(parser, args,
                        tr("Lists every commitment sentence of the source documents with the items "
                           "that cite it; a sentence cited by no item is uncovered."),
                        &code)
        || !oneFileArgument(parser, &file, &code))
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("tsv") && format != QLatin1String("json"))
        return fail(tr("unknown format \"%1\": use tsv or json").arg(format), UsageError);
    auto opened = RoadmapDocument::open(file, true);
    if (!opened)
        return fail(QStringLiteral("%1: %2").arg(file, opened.errorMessage()));
    const RoadmapDocument &doc = *opened.value();
    const CoverageReport coverage = SourceCoverage::compute(doc.sources(), doc.items());
    if (format == QLatin1String("json")) {
        QJsonArray sentences;
        for (const CommitmentSentence &c : coverage.sentences) {
            QJsonArray items;
            for (qint64 id : c.itemIds)
                items.append(id);
            sentences.append(QJsonObject {
                    {QStringLiteral("source"), c.sourceId},
                    {QStringLiteral("offset"), qint64(c.span.start)},
                    {QStringLiteral("covered"), c.isCovered()},
                    {QStringLiteral("items"), items},
                    {QStringLiteral("sentence"), EmphasisMarkup::plain(c.text)},
            });
        }
        const QJsonObject root {
                {QStringLiteral("tracked"), coverage.covered()},
                {QStringLiteral("total"), coverage.total()},
                {QStringLiteral("sentences"), sentences},
        };
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    out() << "source\toffset\tcovered\titems\tsentence\n";
    for (const CommitmentSentence &c : coverage.sentences) {
        out() << c.sourceId << '\t' << c.span.start << '\t' << (c.isCovered() ? "yes" : "no")
              << '\t' << idList(c.itemIds) << '\t' << oneLine(EmphasisMarkup::plain(c.text))
              << '\n';
    }
    out().flush();
    return Success;
}

} // namespace jcr::cli
