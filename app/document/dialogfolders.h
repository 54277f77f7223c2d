#pragma once

#include <QString>

namespace jcr {

/**
 * Where the file dialogs start. Each kind of file (roadmaps to open, PDFs to export) starts
 * in the folder last used for it; the first time, roadmaps start beside the open roadmap and
 * PDFs in the Documents folder — never in a hidden folder such as the one the default roadmap
 * lives in (~/.local/share/…), where a user would not find the file again.
 */
class DialogFolders
{
public:
    enum class Kind { Roadmap, Pdf };

    /// The folder the dialog for \a kind starts in; \a currentFile is the open roadmap (may be
    /// empty).
    static QString start(Kind kind, const QString &currentFile = {});
    /// Remembers the folder of \a chosenFile (in the user's settings) for the next dialog.
    static void remember(Kind kind, const QString &chosenFile);
    /// The user's Documents folder when it exists, else the home folder.
    static QString documents();
    /// True for a folder a user does not see: a hidden one, or inside one.
    static bool isHidden(const QString &folder);
};

} // namespace jcr
