#pragma once

#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace jcr::cli {

/**
 * Command-line arguments that name existing files by names that are not valid UTF-8.
 *
 * Qt decodes arguments and encodes file names as UTF-8 on Linux, so such a name decodes to
 * U+FFFD and "does not exist". Before Qt sees the arguments, each such name gets an alias: a
 * symbolic link with a UTF-8 name in a private temporary folder, pointing at the raw bytes
 * (and links for a -journal or -wal beside it, so that the opening checks see them). SQLite
 * resolves the link, so its journal stays beside the real file. The aliases disappear with
 * this object.
 */
class NativeArguments
{
public:
    NativeArguments(int argc, char **argv);
    ~NativeArguments();

    /// \a argument (as Qt decoded it) or the alias standing for it.
    QString resolve(const QString &argument) const;
    /// Alias → the argument as Qt decoded it, for messages.
    QHash<QString, QString> displayNames() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_aliasByDecoded;
};

} // namespace jcr::cli
