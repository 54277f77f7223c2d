// The one executable: the planner window without a subcommand, headless subcommands otherwise.

#include "cli/cli.h"
#include "i18n/englishplurals.h"

#include <QGuiApplication>

#ifdef JCR_WITH_GUI
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QIcon>
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("jcroadmap"));
    QCoreApplication::setApplicationName(QStringLiteral("jcroadmap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JCR_VERSION_STRING));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

QtMessageHandler defaultHandler = nullptr;

void headlessMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    if (type == QtWarningMsg && msg.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, msg);
}

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    if (jcr::cli::isHeadless(argumentsOf(argc, argv))) {
        // Reports and timeline images need fonts and painting, never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Errors are one line on stderr: Qt's notice about a missing XDG_RUNTIME_DIR (normal
        // in scripts and cron jobs, where Qt then uses a private fallback) is not one of them.
        defaultHandler = qInstallMessageHandler(headlessMessageHandler);
        QGuiApplication app(argc, argv);
        jcr::EnglishPlurals plurals;
        QCoreApplication::installTranslator(&plurals);
        return jcr::cli::run(app.arguments());
    }

#ifdef JCR_WITH_GUI
    QApplication app(argc, argv);
    jcr::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    QApplication::setApplicationDisplayName(jcr::MainWindow::tr("Japan–Canada Roadmap Planner"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.jcroadmap.Planner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/jcroadmap.svg")));

    jcr::MainWindow window;
    const QStringList args = app.arguments();
    window.openInitialDocument(args.size() > 1 ? args.at(1) : QString());
    window.show();
    return app.exec();
#else
    return jcr::cli::fail(QStringLiteral("this build has no window; use a command (see --help)"),
                          jcr::cli::UsageError);
#endif
}
