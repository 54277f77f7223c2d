// The one executable: the planner window without a subcommand, headless subcommands otherwise.

#include "cli/cli.h"
#include "cli/nativearguments.h"
#include "i18n/language.h"

#include <QGuiApplication>

#include <csignal>

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
    // Errors are one line on stderr, written by the command itself. Qt's own notices (a
    // missing XDG_RUNTIME_DIR in scripts and cron jobs, font or painter warnings) are not
    // results: they are shown only with JCR_DEBUG=1.
    if (type != QtFatalMsg && !qEnvironmentVariableIsSet("JCR_DEBUG"))
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
        // A file-size limit (ulimit -f) is then a write error the command reports, not a
        // signal that kills it with a half-written file.
        std::signal(SIGXFSZ, SIG_IGN);
        // Names that are not valid UTF-8 are reached through aliases (Qt would lose them).
        const jcr::cli::NativeArguments native(argc, argv);
        QGuiApplication app(argc, argv);
        // Messages in the interface's language (a report takes its own: report --lang).
        jcr::Language::apply(jcr::Language::preferred());
        QStringList args = app.arguments();
        for (QString &a : args)
            a = native.resolve(a);
        jcr::cli::setDisplayNames(native.displayNames());
        return jcr::cli::run(args);
    }

#ifdef JCR_WITH_GUI
    QApplication app(argc, argv);
    // The language chosen in View ▸ Language, else the system's; a change applies at the next
    // start (see MainWindow::chooseLanguage).
    jcr::Language::apply(jcr::Language::preferred());
    QApplication::setApplicationDisplayName(jcr::MainWindow::tr("Japan–Canada Roadmap Planner"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.jcroadmap.Planner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/jcroadmap.svg")));

    // Each window owns its document and undo history and goes when closed (File ▸ New Window);
    // the application ends with the last one.
    jcr::MainWindow *window = jcr::MainWindow::createWindow();
    const QStringList args = app.arguments();
    window->openInitialDocument(args.size() > 1 ? args.at(1) : QString());
    window->show();
    return app.exec();
#else
    return jcr::cli::fail(QStringLiteral("this build has no window; use a command (see --help)"),
                          jcr::cli::UsageError);
#endif
}
