#include "dialogfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace jcr {

namespace {

QString settingsKey(DialogFolders::Kind kind)
{
    return kind == DialogFolders::Kind::Pdf ? QStringLiteral("dialogs/pdfFolder")
                                            : QStringLiteral("dialogs/roadmapFolder");
}

bool usable(const QString &folder)
{
    return !folder.isEmpty() && QFileInfo(folder).isDir() && !DialogFolders::isHidden(folder);
}

} // namespace

QString DialogFolders::documents()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

bool DialogFolders::isHidden(const QString &folder)
{
    // Any hidden part of the path below the home folder counts (~/.local/share/jcroadmap).
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const QString &part) { return part.startsWith(QLatin1Char('.')); });
}

QString DialogFolders::start(Kind kind, const QString &currentFile)
{
    const QString last = QSettings().value(settingsKey(kind)).toString();
    if (usable(last))
        return last;
    if (kind == Kind::Roadmap && !currentFile.isEmpty()) {
        const QString beside = QFileInfo(currentFile).absolutePath();
        if (usable(beside))
            return beside;
    }
    return documents();
}

void DialogFolders::remember(Kind kind, const QString &chosenFile)
{
    if (chosenFile.isEmpty())
        return;
    QSettings().setValue(settingsKey(kind), QFileInfo(chosenFile).absolutePath());
}

} // namespace jcr
