#pragma once

#include "domain/result.h"
#include "domain/sourcedocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace jcr {

/// Reading and checking another official text before it becomes a source document.
class SourceImport
{
    Q_DECLARE_TR_FUNCTIONS(jcr::SourceImport)
public:
    /// The text of a UTF-8 .txt or .md file: a byte-order mark is dropped and Windows line
    /// ends become "\n" (that is the text as imported; it is not changed afterwards). Anything
    /// else — another extension, invalid UTF-8, a NUL byte, an empty or oversized file — is
    /// refused with a message naming the file.
    static Result<QString> readTextFile(const QString &path);
    /// The same normalisation for pasted text.
    static QString normalised(QString text);
    /// Why \a source cannot be imported; empty when it can.
    static QStringList validate(const SourceDocument &source);
};

} // namespace jcr
