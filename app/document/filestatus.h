#pragma once

#include <QCoreApplication>
#include <QString>

namespace jcr {

/// Which file a path named at a given moment: device and inode (0, 0 when there was none).
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;

    bool isNull() const { return device == 0 && inode == 0; }
    bool operator==(const FileIdentity &o) const = default;

    /// The file \a path names now (symbolic links followed).
    static FileIdentity of(const QString &path);
};

/**
 * What happened to an open roadmap's file behind the planner's back: deleted, renamed or moved,
 * replaced by another file (`mv other.jcroadmap roadmap.jcroadmap`, a program writing a new file
 * over it), or its folder made read-only. SQLite keeps reading the file it opened, but refuses
 * to write to a file that is no longer at its path, and cannot create its journal in a
 * read-only folder: edits must then wait and the user must be told.
 */
class FileStatus
{
    Q_DECLARE_TR_FUNCTIONS(jcr::FileStatus)

public:
    enum class Problem {
        None,
        Deleted, ///< the file is gone (the planner still has its content)
        Moved, ///< renamed or moved within the file system: movedTo() says where
        Replaced, ///< another file now has its path
        FolderReadOnly, ///< its folder no longer lets the journal be created
    };

    FileStatus() = default;
    explicit FileStatus(Problem problem, QString movedTo = {})
        : m_problem(problem)
        , m_movedTo(std::move(movedTo))
    { }

    /// Compares what \a path names now with \a opened, the file that was opened there.
    static FileStatus check(const QString &path, const FileIdentity &opened);

    Problem problem() const { return m_problem; }
    bool isOk() const { return m_problem == Problem::None; }
    /// Where a moved file is now (found through the planner's own open descriptor).
    QString movedTo() const { return m_movedTo; }
    /// One sentence for the banner, naming \a path.
    QString describe(const QString &path) const;

    bool operator==(const FileStatus &o) const = default;

private:
    Problem m_problem = Problem::None;
    QString m_movedTo;
};

} // namespace jcr
