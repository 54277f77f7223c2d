#include "sourceimport.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace jcr {

Result<QString> SourceImport::readTextFile(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("txt") && suffix != QLatin1String("md")
        && suffix != QLatin1String("markdown"))
        return Error {Error::Code::Invalid,
                      tr("%1 is not a .txt or .md file: import the official text as UTF-8 plain "
                         "text or Markdown.")
                              .arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::NotFound,
                      tr("Cannot read %1: %2").arg(path, file.errorString())};
    // Four bytes per character at most: a larger file cannot be within the limit.
    if (file.size() > qint64(MaxSourceTextLength) * 4)
        return Error {Error::Code::Invalid,
                      tr("%1 is too large for a source document (at most %2 characters).")
                              .arg(path)
                              .arg(MaxSourceTextLength)};
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return Error {Error::Code::Invalid, tr("%1 is not a text file.").arg(path)};
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error {Error::Code::Invalid,
                      tr("%1 is not valid UTF-8: save it as UTF-8 and import it again.").arg(path)};
    return normalised(text);
}

QString SourceImport::normalised(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QStringList SourceImport::validate(const SourceDocument &source)
{
    QStringList problems;
    if (source.title.trimmed().isEmpty())
        problems << tr("A title is required.");
    if (source.title.size() > 500)
        problems << tr("The title is longer than 500 characters.");
    if (source.text.trimmed().isEmpty())
        problems << tr("The text is empty.");
    if (source.text.size() > MaxSourceTextLength)
        problems << tr("The text is longer than %1 characters.").arg(MaxSourceTextLength);
    if (source.place.size() > 200)
        problems << tr("The place is longer than 200 characters.");
    if (source.link.size() > 2000)
        problems << tr("The link is longer than 2000 characters.");
    return problems;
}

} // namespace jcr
