#pragma once

#include "domain/documentsettings.h"
#include "domain/item.h"
#include "domain/organisation.h"
#include "domain/priorityarea.h"
#include "domain/sourcedocument.h"
#include "domain/statusupdate.h"

#include <QList>
#include <QString>

namespace jcr {

/// An item as written in a seed file: references are by key, not by database id.
struct SeedItem
{
    QString key; ///< stable, unique slug, e.g. "cyber-policy-dialogue"
    int areaNumber = 0; ///< PriorityArea::number
    Item item; ///< areaId and organisations are left empty; see below
    QList<QPair<QString, OrgRole>> organisations; ///< organisation short names with roles
    QStringList dependsOn; ///< keys of predecessor items
    QList<StatusUpdate> updates; ///< history entries (itemId left 0)
};

/// A whole roadmap as described by a seed file, ready to be written into an empty document.
struct SeedRoadmap
{
    DocumentSettings settings;
    QList<PriorityArea> areas;
    QList<Organisation> organisations;
    QList<SeedItem> items;
    /// The source documents, in seed order; an item's Citation::sourceId is a 1-based position
    /// in this list until the seed is written into a file.
    QList<SourceDocument> sources;
    QStringList sourceFiles; ///< parallel to sources: the file beside the seed with the text
};

} // namespace jcr
