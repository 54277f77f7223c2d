#pragma once

#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;
struct sqlite3;

namespace jcr {

/**
 * Runs PRAGMA quick_check, the schema's CHECK and NOT NULL rules (ConstraintCheck) and
 * foreign_key_check on a file in a worker thread, over a private
 * read-only connection, and reports back on the thread that started it. Large roadmaps are
 * opened without waiting for these page-by-page scans (they cost more than the whole open
 * budget at 100,000 items); damage found afterwards makes the document read-only.
 */
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT

public:
    /// Checks the file at \a path, whose schema is \a schemaVersion (its rules are checked too).
    BackgroundIntegrityCheck(const QString &path, int schemaVersion, QObject *parent = nullptr);
    /// Interrupts a running check and waits for the worker to end.
    ~BackgroundIntegrityCheck() override;

    void start();
    bool isRunning() const;

Q_SIGNALS:
    /// \a damage: what quick_check and the rules found (empty when sound); \a brokenReferences:
    /// rows referring to missing rows.
    void finished(const QStringList &damage, const QStringList &brokenReferences);

private:
    void run();

    QString m_path;
    int m_schemaVersion = 0;
    QThread *m_thread = nullptr;
    std::atomic<sqlite3 *> m_connection {nullptr};
    std::atomic<bool> m_cancelled {false};
    QStringList m_damage;
    QStringList m_brokenReferences;
};

} // namespace jcr
