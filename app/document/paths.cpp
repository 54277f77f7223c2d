#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace jcr::paths {

QString defaultRoadmapPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("roadmap.") + QLatin1String(Extension));
}

QString fileDialogFilter()
{
    return QCoreApplication::translate("jcr::paths",
                                       "Roadmap files (*.%1 *.sqlite *.db);;All files (*)")
            .arg(QLatin1String(Extension));
}

} // namespace jcr::paths
