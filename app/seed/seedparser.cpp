#include "seedparser.h"

#include "domain/enums.h"
#include "domain/fuzzydate.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <functional>
#include <utility>

namespace jcr::seed {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::seed)
};

/// Matches the schema's limits so that a seed that parses can always be written to a document.
constexpr int MaxAreaNumber = 99;
constexpr int MaxTagLength = 100;
constexpr int MaxAuthorLength = 200;

/// One "Field: value" line, with its continuation lines already joined.
struct Field
{
    QString name;
    QString value;
    int line = 0;
};

/// Consecutive non-blank lines: one Document, Area, Organisation or Item.
struct Block
{
    QList<Field> fields;
    int line = 0; ///< line of the first field, which names the block type

    const Field &head() const { return fields.constFirst(); }

    const Field *find(QLatin1String name) const
    {
        for (const Field &f : fields) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }

    QList<const Field *> findAll(QLatin1String name) const
    {
        QList<const Field *> out;
        for (const Field &f : fields) {
            if (f.name == name)
                out.append(&f);
        }
        return out;
    }
};

Error errorAt(int line, const QString &what)
{
    //: A problem in a seed file: "line 12: unknown field 'Foo'…"
    return Error {Error::Code::Invalid, Tr::tr("line %1: %2").arg(line).arg(what)};
}

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

/// Splits a comma-separated value; an empty value gives an empty list, but an empty entry between
/// commas is reported (as an empty string) so that "a,,b" or a trailing comma is not silently
/// accepted.
QStringList splitList(const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    QStringList parts = value.split(QLatin1Char(','));
    for (QString &p : parts)
        p = p.trimmed();
    return parts;
}

/// Items refer to areas, organisations and other items that may be defined further down the
/// file, so those references are checked once everything has been read; these remember where.
struct PendingItem
{
    int blockLine = 0;
    int areaLine = 0;
    int organisationsLine = 0;
    int dependsLine = 0;
};

class Parser
{
public:
    Result<SeedRoadmap> run(QStringView text);

private:
    std::optional<Error> split(QStringView text);
    std::optional<Error> checkFields(const Block &block, const QStringList &allowed,
                                     const QStringList &required,
                                     const QStringList &repeatable = {}) const;
    std::optional<Error> readDocument(const Block &block);
    std::optional<Error> readArea(const Block &block);
    std::optional<Error> readSourceDocument(const Block &block);
    std::optional<Error> readOrganisation(const Block &block);
    std::optional<Error> readItem(const Block &block);
    std::optional<Error> readUpdate(const Field &field, StatusUpdate &update) const;
    std::optional<Error> resolve() const;
    std::optional<Error> checkCycles() const;

    QList<Block> m_blocks;
    SeedRoadmap m_roadmap;
    int m_documentLine = 0;
    QHash<int, int> m_areaLines; ///< area number → line
    QHash<QString, int> m_organisationLines; ///< short name → line
    QHash<QString, int> m_organisationNameLines; ///< full name → line
    QHash<QString, int> m_itemLines; ///< item key → line
    QList<PendingItem> m_pending; ///< parallel to m_roadmap.items
};

Result<SeedRoadmap> Parser::run(QStringView text)
{
    if (auto e = split(text))
        return *e;
    for (const Block &block : std::as_const(m_blocks)) {
        const QString &type = block.head().name;
        std::optional<Error> e;
        if (type == QLatin1String("Document"))
            e = readDocument(block);
        else if (type == QLatin1String("Area"))
            e = readArea(block);
        else if (type == QLatin1String("Source-Document"))
            e = readSourceDocument(block);
        else if (type == QLatin1String("Organisation"))
            e = readOrganisation(block);
        else if (type == QLatin1String("Item"))
            e = readItem(block);
        else
            e = errorAt(block.line,
                        Tr::tr("unknown block type %1 (expected Document, Source-Document, Area, "
                               "Organisation or Item)")
                                .arg(quoted(type)));
        if (e)
            return *e;
    }
    if (auto e = resolve())
        return *e;
    if (auto e = checkCycles())
        return *e;
    return m_roadmap;
}

std::optional<Error> Parser::split(QStringView text)
{
    static const QRegularExpression fieldLine(QStringLiteral("^([A-Za-z][A-Za-z0-9-]*):(.*)$"));

    // Editors on Windows may add a byte order mark and CR LF line ends; neither is content.
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    Block current;
    const auto closeBlock = [&] {
        if (!current.fields.isEmpty())
            m_blocks.append(current);
        current = Block();
    };

    int lineNumber = 0;
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1Char('#')))
            continue;
        if (line.trimmed().isEmpty()) {
            closeBlock();
            continue;
        }
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) {
            if (current.fields.isEmpty())
                return errorAt(lineNumber, Tr::tr("a continuation line must follow a field"));
            // Joining with exactly one space lets a passage be wrapped at any of its spaces and
            // still compare equal to the original text.
            Field &last = current.fields.last();
            const QString more = line.trimmed().toString();
            last.value = last.value.isEmpty() ? more : last.value + QLatin1Char(' ') + more;
            continue;
        }
        const auto m = fieldLine.match(line);
        if (!m.hasMatch())
            return errorAt(lineNumber,
                           Tr::tr("expected %1, a comment, a blank line or a continuation line")
                                   .arg(QStringLiteral("'Field: value'")));
        if (current.fields.isEmpty())
            current.line = lineNumber;
        current.fields.append(Field {m.captured(1), m.captured(2).trimmed(), lineNumber});
    }
    closeBlock();
    return std::nullopt;
}

std::optional<Error> Parser::checkFields(const Block &block, const QStringList &allowed,
                                         const QStringList &required,
                                         const QStringList &repeatable) const
{
    QSet<QString> seen;
    // The first field names the block and was dispatched on already.
    for (qsizetype i = 1; i < block.fields.size(); ++i) {
        const Field &f = block.fields.at(i);
        if (!allowed.contains(f.name))
            return errorAt(f.line,
                           Tr::tr("unknown field %1 in a %2 block (expected one of: %3)")
                                   .arg(quoted(f.name), block.head().name,
                                        allowed.join(QLatin1String(", "))));
        if (seen.contains(f.name) && !repeatable.contains(f.name))
            return errorAt(f.line, Tr::tr("field %1 appears more than once").arg(quoted(f.name)));
        seen.insert(f.name);
    }
    for (const QString &name : required) {
        if (!seen.contains(name))
            return errorAt(
                    block.line,
                    Tr::tr("the %1 block has no %2 field").arg(block.head().name, quoted(name)));
    }
    for (const Field &f : block.fields) {
        if (required.contains(f.name) && f.value.isEmpty())
            return errorAt(f.line, Tr::tr("field %1 must not be empty").arg(quoted(f.name)));
    }
    return std::nullopt;
}

std::optional<Error> Parser::readDocument(const Block &block)
{
    if (m_documentLine)
        return errorAt(
                block.line,
                Tr::tr("a second Document block (the first is on line %1)").arg(m_documentLine));
    if (!block.head().value.isEmpty())
        return errorAt(block.line, Tr::tr("the Document field takes no value"));
    if (auto e = checkFields(block,
                             {QStringLiteral("Title"), QStringLiteral("Classification"),
                              QStringLiteral("Author"), QStringLiteral("Office")},
                             {QStringLiteral("Title")}))
        return e;
    m_documentLine = block.line;

    DocumentSettings &s = m_roadmap.settings;
    s.title = block.find(QLatin1String("Title"))->value;
    // An empty Classification keeps the default rather than printing reports with no marking.
    if (const Field *f = block.find(QLatin1String("Classification")); f && !f->value.isEmpty())
        s.classification = f->value;
    if (const Field *f = block.find(QLatin1String("Author")))
        s.author = f->value;
    if (const Field *f = block.find(QLatin1String("Office")))
        s.office = f->value;
    return std::nullopt;
}

std::optional<Error> Parser::readSourceDocument(const Block &block)
{
    static const QRegularExpression fileName(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._-]*$)"));
    const QString &file = block.head().value;
    if (!fileName.match(file).hasMatch())
        return errorAt(block.line,
                       Tr::tr("%1 is not a file name beside the seed").arg(quoted(file)));
    if (auto e = checkFields(block,
                             {QStringLiteral("Title"), QStringLiteral("Date"),
                              QStringLiteral("Place"), QStringLiteral("Link")},
                             {QStringLiteral("Title")}))
        return e;
    SourceDocument source;
    source.title = block.find(QLatin1String("Title"))->value;
    if (const Field *f = block.find(QLatin1String("Date"))) {
        source.date = QDate::fromString(f->value, Qt::ISODate);
        if (!source.date.isValid() || f->value.size() != 10)
            return errorAt(f->line, Tr::tr("%1 is not a day (YYYY-MM-DD)").arg(quoted(f->value)));
    }
    if (const Field *f = block.find(QLatin1String("Place")))
        source.place = f->value;
    if (const Field *f = block.find(QLatin1String("Link")))
        source.link = f->value;
    m_roadmap.sources.append(source);
    m_roadmap.sourceFiles.append(file);
    return std::nullopt;
}

std::optional<Error> Parser::readArea(const Block &block)
{
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));

    bool ok = false;
    const int number = block.head().value.toInt(&ok);
    if (!ok || number < 1 || number > MaxAreaNumber)
        return errorAt(block.line,
                       Tr::tr("%1 is not an area number (1 to %2)")
                               .arg(quoted(block.head().value))
                               .arg(MaxAreaNumber));
    if (m_areaLines.contains(number))
        return errorAt(block.line,
                       Tr::tr("area %1 is defined twice (first on line %2)")
                               .arg(number)
                               .arg(m_areaLines.value(number)));
    if (auto e = checkFields(block,
                             {QStringLiteral("Name"), QStringLiteral("Short-Name"),
                              QStringLiteral("Colour"), QStringLiteral("Name-fr"),
                              QStringLiteral("Name-ja"), QStringLiteral("Short-Name-fr"),
                              QStringLiteral("Short-Name-ja")},
                             {QStringLiteral("Name")}))
        return e;

    PriorityArea area;
    area.number = number;
    area.name = block.find(QLatin1String("Name"))->value;
    if (const Field *f = block.find(QLatin1String("Short-Name")))
        area.shortName = f->value;
    // French and Japanese names beside the primary (English) ones; optional.
    const auto value = [&](const char *name) {
        const Field *f = block.find(QLatin1String(name));
        return f ? f->value : QString();
    };
    area.names = {value("Name-fr"), value("Name-ja")};
    area.shortNames = {value("Short-Name-fr"), value("Short-Name-ja")};
    // Same default and same form as the schema, which stores the colour as "#RRGGBB".
    area.colour = QColor(0x80, 0x80, 0x80);
    if (const Field *f = block.find(QLatin1String("Colour"))) {
        if (!colourPattern.match(f->value).hasMatch())
            return errorAt(f->line,
                           Tr::tr("%1 is not a colour of the form #RRGGBB").arg(quoted(f->value)));
        area.colour = QColor::fromString(f->value);
    }
    m_areaLines.insert(number, block.line);
    m_roadmap.areas.append(area);
    return std::nullopt;
}

std::optional<Error> Parser::readOrganisation(const Block &block)
{
    // Short names are written inside comma-separated "lead SHORT" lists.
    static const QRegularExpression shortPattern(QStringLiteral("^[^\\s,]+$"));

    const QString &shortName = block.head().value;
    if (!shortPattern.match(shortName).hasMatch())
        return errorAt(block.line,
                       Tr::tr("%1 is not a valid short name (no spaces or commas)")
                               .arg(quoted(shortName)));
    if (m_organisationLines.contains(shortName))
        return errorAt(block.line,
                       Tr::tr("organisation %1 is defined twice (first on line %2)")
                               .arg(quoted(shortName))
                               .arg(m_organisationLines.value(shortName)));
    if (auto e = checkFields(block, {QStringLiteral("Name"), QStringLiteral("Country")},
                             {QStringLiteral("Name"), QStringLiteral("Country")}))
        return e;

    Organisation org;
    org.shortName = shortName;
    const Field *name = block.find(QLatin1String("Name"));
    // The schema keeps organisation names unique.
    if (m_organisationNameLines.contains(name->value))
        return errorAt(name->line,
                       Tr::tr("organisation name %1 is used twice (first on line %2)")
                               .arg(quoted(name->value))
                               .arg(m_organisationNameLines.value(name->value)));
    org.name = name->value;
    const Field *country = block.find(QLatin1String("Country"));
    const auto c = enums::countryFromKey(country->value);
    if (!c)
        return errorAt(country->line,
                       Tr::tr("unknown country %1 (expected one of: %2)")
                               .arg(quoted(country->value),
                                    enums::countryKeys().join(QLatin1String(", "))));
    org.country = *c;

    m_organisationLines.insert(shortName, block.line);
    m_organisationNameLines.insert(org.name, name->line);
    m_roadmap.organisations.append(org);
    return std::nullopt;
}

/// Reads an enumeration field through its fromKey() function. \a message is a whole translated
/// sentence (%1 the bad value, %2 the valid keys) so that translators never assemble words.
template<typename E, typename FromKey>
std::optional<Error> readEnum(const Block &block, QLatin1String name, FromKey fromKey,
                              const QStringList &keys, const QString &message, E &out)
{
    const Field *f = block.find(name);
    if (!f)
        return std::nullopt;
    const auto v = fromKey(f->value);
    if (!v)
        return errorAt(f->line, message.arg(quoted(f->value), keys.join(QLatin1String(", "))));
    out = *v;
    return std::nullopt;
}

std::optional<Error> readDate(const Block &block, QLatin1String name, FuzzyDate &out)
{
    const Field *f = block.find(name);
    if (!f)
        return std::nullopt;
    out = FuzzyDate::fromText(f->value);
    if (!out.isValid())
        return errorAt(f->line,
                       Tr::tr("%1 is not a date (use 2026-03-06, 2026-12, 2026-Q3 or 2026)")
                               .arg(quoted(f->value)));
    return std::nullopt;
}

std::optional<Error> Parser::readItem(const Block &block)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));

    SeedItem seed;
    PendingItem pending;
    pending.blockLine = block.line;
    seed.key = block.head().value;
    if (!keyPattern.match(seed.key).hasMatch())
        return errorAt(
                block.line,
                Tr::tr("%1 is not a valid item key (lowercase letters, digits and single hyphens)")
                        .arg(quoted(seed.key)));
    if (m_itemLines.contains(seed.key))
        return errorAt(block.line,
                       Tr::tr("item key %1 is used twice (first on line %2)")
                               .arg(quoted(seed.key))
                               .arg(m_itemLines.value(seed.key)));
    if (auto e
        = checkFields(block,
                      {QStringLiteral("Area"), QStringLiteral("Kind"), QStringLiteral("Title"),
                       QStringLiteral("Status"), QStringLiteral("Health"), QStringLiteral("Lead"),
                       QStringLiteral("Start"), QStringLiteral("End"), QStringLiteral("Progress"),
                       QStringLiteral("Organisations"), QStringLiteral("Tags"),
                       QStringLiteral("Depends-On"), QStringLiteral("Description"),
                       QStringLiteral("Source"), QStringLiteral("Update"),
                       QStringLiteral("Title-fr"), QStringLiteral("Title-ja"),
                       QStringLiteral("Description-fr"), QStringLiteral("Description-ja")},
                      {QStringLiteral("Area"), QStringLiteral("Kind"), QStringLiteral("Title"),
                       QStringLiteral("Source")},
                      {QStringLiteral("Update"), QStringLiteral("Source")}))
        return e;

    Item &item = seed.item;

    const Field *area = block.find(QLatin1String("Area"));
    bool ok = false;
    seed.areaNumber = area->value.toInt(&ok);
    if (!ok || seed.areaNumber < 1)
        return errorAt(area->line, Tr::tr("%1 is not an area number").arg(quoted(area->value)));
    pending.areaLine = area->line;

    item.title = block.find(QLatin1String("Title"))->value;
    // Every Source field cites a passage of the seed's first source document.
    for (const Field &f : block.fields) {
        if (f.name == QLatin1String("Source"))
            item.citations.append({1, f.value});
    }
    if (const Field *f = block.find(QLatin1String("Description")))
        item.description = f->value;
    // French and Japanese titles and descriptions beside the primary ones; optional.
    const auto value = [&](const char *name) {
        const Field *f = block.find(QLatin1String(name));
        return f ? f->value : QString();
    };
    item.titles = {value("Title-fr"), value("Title-ja")};
    item.descriptions = {value("Description-fr"), value("Description-ja")};
    for (const char *name : {"Title-fr", "Title-ja"}) {
        const Field *f = block.find(QLatin1String(name));
        if (f && f->value.size() > MaxTitleLength)
            return errorAt(f->line,
                           Tr::tr("the title is longer than %1 characters").arg(MaxTitleLength));
    }

    if (auto e = readEnum(block, QLatin1String("Kind"), enums::kindFromKey, enums::kindKeys(),
                          Tr::tr("unknown kind %1 (expected one of: %2)"), item.kind))
        return e;
    if (auto e = readEnum(block, QLatin1String("Status"), enums::statusFromKey, enums::statusKeys(),
                          Tr::tr("unknown status %1 (expected one of: %2)"), item.status))
        return e;
    if (auto e = readEnum(block, QLatin1String("Health"), enums::healthFromKey, enums::healthKeys(),
                          Tr::tr("unknown health %1 (expected one of: %2)"), item.health))
        return e;
    if (auto e = readEnum(block, QLatin1String("Lead"), enums::leadFromKey, enums::leadKeys(),
                          Tr::tr("unknown lead %1 (expected one of: %2)"), item.lead))
        return e;

    if (auto e = readDate(block, QLatin1String("Start"), item.start))
        return e;
    if (auto e = readDate(block, QLatin1String("End"), item.end))
        return e;
    // Periods may overlap: "2026-03-06" to "2026" is fine, since the year ends after the day.
    if (item.start.isValid() && item.end.isValid() && item.end.last() < item.start.first())
        return errorAt(block.find(QLatin1String("End"))->line,
                       Tr::tr("the end (%1) is before the start (%2)")
                               .arg(item.end.toText(), item.start.toText()));

    if (const Field *f = block.find(QLatin1String("Progress"))) {
        item.progress = f->value.toInt(&ok);
        if (!ok || item.progress < 0 || item.progress > 100)
            return errorAt(f->line,
                           Tr::tr("progress %1 is not a whole number from 0 to 100")
                                   .arg(quoted(f->value)));
    }

    if (const Field *f = block.find(QLatin1String("Organisations"))) {
        pending.organisationsLine = f->line;
        QSet<QString> seen;
        for (const QString &entry : splitList(f->value)) {
            const QStringList parts = entry.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const auto role = parts.size() == 2 ? enums::orgRoleFromKey(parts.at(0)) : std::nullopt;
            if (!role)
                return errorAt(f->line,
                               Tr::tr("%1 is not of the form 'lead SHORT' or 'supporting SHORT'")
                                       .arg(quoted(entry)));
            if (seen.contains(parts.at(1)))
                return errorAt(f->line,
                               Tr::tr("organisation %1 is listed twice").arg(quoted(parts.at(1))));
            seen.insert(parts.at(1));
            seed.organisations.append({parts.at(1), *role});
        }
    }

    if (const Field *f = block.find(QLatin1String("Tags"))) {
        for (const QString &tag : splitList(f->value)) {
            if (tag.isEmpty() || tag.size() > MaxTagLength)
                return errorAt(f->line,
                               Tr::tr("a tag must have 1 to %1 characters; check for stray commas")
                                       .arg(MaxTagLength));
            if (item.tags.contains(tag))
                return errorAt(f->line, Tr::tr("tag %1 is listed twice").arg(quoted(tag)));
            item.tags.append(tag);
        }
    }

    if (const Field *f = block.find(QLatin1String("Depends-On"))) {
        pending.dependsLine = f->line;
        for (const QString &key : splitList(f->value)) {
            if (key.isEmpty())
                return errorAt(f->line, Tr::tr("an empty item key; check for stray commas"));
            if (key == seed.key)
                return errorAt(f->line, Tr::tr("item %1 cannot depend on itself").arg(quoted(key)));
            if (seed.dependsOn.contains(key))
                return errorAt(f->line, Tr::tr("item %1 is listed twice").arg(quoted(key)));
            seed.dependsOn.append(key);
        }
    }

    for (const Field *f : block.findAll(QLatin1String("Update"))) {
        StatusUpdate update;
        if (auto e = readUpdate(*f, update))
            return e;
        seed.updates.append(update);
    }

    // Item::validate() is the rule the editor and the repository apply too. The area is still a
    // number here (ids exist only once written), so stand a placeholder id in for the check.
    Item check = item;
    check.areaId = seed.areaNumber;
    if (const QStringList problems = check.validate(); !problems.isEmpty())
        return errorAt(block.line, problems.join(QLatin1Char(' ')));

    // File order is the reviewed order: keep it on the board until someone reorders.
    item.rank = m_roadmap.items.size();
    m_itemLines.insert(seed.key, block.line);
    m_roadmap.items.append(seed);
    m_pending.append(pending);
    return std::nullopt;
}

std::optional<Error> Parser::readUpdate(const Field &field, StatusUpdate &update) const
{
    // The text comes last and may itself contain '|', so only the first three separate parts.
    const QString &v = field.value;
    const qsizetype a = v.indexOf(QLatin1Char('|'));
    const qsizetype b = a < 0 ? -1 : v.indexOf(QLatin1Char('|'), a + 1);
    const qsizetype c = b < 0 ? -1 : v.indexOf(QLatin1Char('|'), b + 1);
    if (c < 0)
        return errorAt(
                field.line,
                Tr::tr("an Update has the form 'DATE | AUTHOR | status=KEY health=KEY | TEXT'"));

    const QString dateText = v.left(a).trimmed();
    const FuzzyDate date = FuzzyDate::fromText(dateText);
    if (!date.isValid() || date.precision() != DatePrecision::Day)
        return errorAt(field.line,
                       Tr::tr("%1 is not a day such as 2026-03-06").arg(quoted(dateText)));
    update.date = date.date();

    update.author = v.mid(a + 1, b - a - 1).trimmed();
    if (update.author.size() > MaxAuthorLength)
        return errorAt(field.line,
                       Tr::tr("the author is longer than %1 characters").arg(MaxAuthorLength));

    const QString changes = v.mid(b + 1, c - b - 1);
    for (const QString &change : changes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = change.indexOf(QLatin1Char('='));
        const QString name = change.left(eq);
        const QString value = eq < 0 ? QString() : change.mid(eq + 1);
        if (name == QLatin1String("status") && !update.newStatus) {
            update.newStatus = enums::statusFromKey(value);
            if (!update.newStatus)
                return errorAt(
                        field.line,
                        Tr::tr("unknown status %1 (expected one of: %2)")
                                .arg(quoted(value), enums::statusKeys().join(QLatin1String(", "))));
        } else if (name == QLatin1String("health") && !update.newHealth) {
            update.newHealth = enums::healthFromKey(value);
            if (!update.newHealth)
                return errorAt(
                        field.line,
                        Tr::tr("unknown health %1 (expected one of: %2)")
                                .arg(quoted(value), enums::healthKeys().join(QLatin1String(", "))));
        } else {
            return errorAt(field.line,
                           Tr::tr("%1 is not a change (expected status=KEY or health=KEY, each at "
                                  "most once)")
                                   .arg(quoted(change)));
        }
    }

    update.text = v.mid(c + 1).trimmed();
    if (update.text.isEmpty())
        return errorAt(field.line, Tr::tr("an Update needs a text after the last '|'"));
    if (update.text.size() > MaxTextLength)
        return errorAt(field.line,
                       Tr::tr("the text is longer than %1 characters").arg(MaxTextLength));
    return std::nullopt;
}

std::optional<Error> Parser::resolve() const
{
    for (qsizetype i = 0; i < m_roadmap.items.size(); ++i) {
        const SeedItem &seed = m_roadmap.items.at(i);
        const PendingItem &pending = m_pending.at(i);
        if (!m_areaLines.contains(seed.areaNumber))
            return errorAt(pending.areaLine,
                           Tr::tr("there is no Area block numbered %1").arg(seed.areaNumber));
        for (const auto &[shortName, role] : seed.organisations) {
            if (!m_organisationLines.contains(shortName))
                return errorAt(pending.organisationsLine,
                               Tr::tr("there is no Organisation block %1").arg(quoted(shortName)));
        }
        for (const QString &key : seed.dependsOn) {
            if (!m_itemLines.contains(key))
                return errorAt(pending.dependsLine,
                               Tr::tr("there is no Item block %1").arg(quoted(key)));
        }
    }
    return std::nullopt;
}

std::optional<Error> Parser::checkCycles() const
{
    // A cycle would make every item in it wait for itself; the timeline could never order them.
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < m_roadmap.items.size(); ++i)
        indexOf.insert(m_roadmap.items.at(i).key, i);

    enum class Mark { None, Active, Done };
    QList<Mark> marks(m_roadmap.items.size(), Mark::None);
    QStringList path;

    // Depth-first search; the recursion depth is bounded by the number of items in the file.
    std::function<std::optional<Error>(qsizetype)> visit
            = [&](qsizetype i) -> std::optional<Error> {
        const SeedItem &seed = m_roadmap.items.at(i);
        marks[i] = Mark::Active;
        path.append(seed.key);
        for (const QString &key : seed.dependsOn) {
            const qsizetype j = indexOf.value(key);
            if (marks.at(j) == Mark::Active) {
                QStringList cycle = path.mid(path.indexOf(key));
                cycle.append(key);
                return errorAt(
                        m_pending.at(i).dependsLine,
                        Tr::tr("dependency cycle: %1").arg(cycle.join(QStringLiteral(" -> "))));
            }
            if (marks.at(j) == Mark::None) {
                if (auto e = visit(j))
                    return e;
            }
        }
        path.removeLast();
        marks[i] = Mark::Done;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < m_roadmap.items.size(); ++i) {
        if (marks.at(i) == Mark::None) {
            if (auto e = visit(i))
                return e;
        }
    }
    return std::nullopt;
}

/// Reads a text file compiled into the application; a broken build must not look like an empty
/// roadmap, so unreadable or non-UTF-8 content is an error.
Result<QString> readResourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::NotFound,
                      Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(file.readAll());
    if (decoder.hasError())
        return Error {Error::Code::Invalid, Tr::tr("%1 is not valid UTF-8.").arg(path)};
    return text;
}

} // namespace

Result<SeedRoadmap> parse(QStringView text)
{
    return Parser().run(text);
}

Result<SeedRoadmap> loadDefault()
{
    const auto text = readResourceText(QStringLiteral(":/seeds/roadmap.seed"));
    if (!text)
        return text.error();
    auto roadmap = parse(text.value());
    if (!roadmap)
        return Error {
                roadmap.error().code,
                Tr::tr("The built-in seed roadmap is invalid: %1").arg(roadmap.errorMessage())};
    for (int i = 0; i < roadmap->sources.size(); ++i) {
        const auto sourceText
                = readResourceText(QStringLiteral(":/seeds/") + roadmap->sourceFiles.at(i));
        if (!sourceText)
            return Error {sourceText.error().code,
                          Tr::tr("The built-in seed roadmap is invalid: %1")
                                  .arg(sourceText.errorMessage())};
        roadmap.value().sources[i].text = sourceText.value();
    }
    return roadmap;
}

QString statementText()
{
    const auto text = readResourceText(
            QStringLiteral(":/seeds/japan-canada-joint-statement-2026-03-06.txt"));
    return text ? text.value() : QString();
}

} // namespace jcr::seed
