#pragma once

#include <QStringList>

namespace jcr {
class RoadmapDocument;
}

namespace jcr::cli {

/// `jcroadmap sources FILE` lists the source documents with their coverage;
/// `jcroadmap sources FILE --import TEXT --title … [--date …] [--place …] [--link …]` adds one
/// (TEXT a UTF-8 .txt/.md file, or "-" for standard input). Returns the exit code.
int runSources(const QStringList &args);

/// `jcroadmap coverage FILE [--format tsv|json]`: each commitment sentence and the items that
/// cite it. Returns the exit code.
int runCoverage(const QStringList &args);

/// The citations of \a document whose passage no longer occurs in its source, one finding per
/// line ("item 12 “Title”: the cited passage does not occur verbatim in “…”"); empty when all
/// stand. `check` reports them.
QStringList citationFindings(const RoadmapDocument &document);

} // namespace jcr::cli
