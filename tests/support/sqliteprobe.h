#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace jcr::test {

/**
 * Runs \a sql on \a path with the sqlite3 command-line shell — another process, another
 * connection — and returns its output without the final newline. Tests use it to prove that a
 * change reached the file itself, not only the in-memory picture.
 */
inline QString sqliteQuery(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, sql});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return QStringLiteral("<sqlite3 failed: %1>")
                .arg(QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace jcr::test
