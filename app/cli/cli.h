#pragma once

#include <QStringList>

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

} // namespace jcr::cli
