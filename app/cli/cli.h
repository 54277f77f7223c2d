#pragma once

#include <QHash>
#include <QStringList>

class QCommandLineParser;

class QTextStream;

namespace jcr::cli {

/// Exit codes of every subcommand.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// True when the arguments ask for a subcommand, --version or --help: no window opens.
bool isHeadless(const QStringList &arguments);

/// Runs the subcommand named in \a arguments (arguments[0] is the program) and returns the
/// process exit code. Errors are one line on stderr.
int run(const QStringList &arguments);

/// Standard output and error as UTF-8 text streams.
QTextStream &out();
QTextStream &err();
/// Prints "jcroadmap: MESSAGE" on stderr and returns \a code.
int fail(const QString &message, int code = Failure);
/// Parses a subcommand's \a args with its own --help (\a usage); returns false, with
/// \a exitCode set, when the command is already done (--help printed, or a usage error).
bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                    int *exitCode);
/// The one FILE positional argument; false with a usage error otherwise.
bool oneFileArgument(QCommandLineParser &parser, QString *file, int *exitCode);
/// File names as they are shown in messages: main() reaches names that are not valid UTF-8
/// through private aliases, and messages show the name the user typed, not the alias.
void setDisplayNames(const QHash<QString, QString> &aliasToShown);
/// \a text with every alias replaced by the name the user typed.
QString shown(QString text);
/// Flushes standard output and checks that everything printed was written (a full disk, a
/// closed pipe): returns \a code, or Failure with a one-line error when a write failed.
int finishOutput(int code);
/// \a text as one TSV field: backslash, tab, line feed and carriage return as \\, \t, \n, \r;
/// other control characters (NUL, C0, DEL, C1) as \xHH or \uHHHH.
QString escapeTsv(const QString &text);

} // namespace jcr::cli
