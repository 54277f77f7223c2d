#include "pdfpostprocessor.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <string>

namespace jcr {

namespace {

/// The translation context of this file (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jcr::PdfPostProcessor)
};

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// A token of a CMap body: a hex string, '[' or ']', or anything else (kept verbatim).
struct Token
{
    enum Kind { Hex, Open, Close, Other } kind;
    QByteArray text; ///< the hex digits, or the verbatim text
};

QList<Token> tokenize(const QByteArray &body)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(body.size());
    while (i < n) {
        const char c = body.at(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++i;
        } else if (c == '<') {
            const int close = int(body.indexOf('>', i));
            if (close < 0)
                return {};
            tokens.append(Token {Token::Hex, body.mid(i + 1, close - i - 1)});
            i = close + 1;
        } else if (c == '[' || c == ']') {
            tokens.append(Token {c == '[' ? Token::Open : Token::Close, QByteArray()});
            ++i;
        } else {
            int j = i;
            while (j < n && body.at(j) != ' ' && body.at(j) != '\n' && body.at(j) != '\r'
                   && body.at(j) != '\t' && body.at(j) != '<' && body.at(j) != '['
                   && body.at(j) != ']')
                ++j;
            tokens.append(Token {Token::Other, body.mid(i, j - i)});
            i = j;
        }
    }
    return tokens;
}

/// The destination string of a bfchar/bfrange entry as code points; empty if malformed.
QList<char32_t> decodeUtf16Hex(const QByteArray &hex)
{
    QList<char32_t> out;
    if (hex.size() % 4 != 0)
        return {};
    for (char c : hex) {
        if (!isHexDigit(c))
            return {};
    }
    QList<char16_t> units;
    for (int i = 0; i < hex.size(); i += 4)
        units.append(char16_t(hex.mid(i, 4).toUShort(nullptr, 16)));
    for (int i = 0; i < units.size(); ++i) {
        const char16_t u = units.at(i);
        if (QChar::isHighSurrogate(u) && i + 1 < units.size()
            && QChar::isLowSurrogate(units.at(i + 1))) {
            out.append(QChar::surrogateToUcs4(u, units.at(i + 1)));
            ++i;
        } else {
            out.append(u);
        }
    }
    return out;
}

QByteArray encodeUtf16Hex(const QList<char32_t> &cps)
{
    QByteArray out;
    for (char32_t cp : cps) {
        if (QChar::requiresSurrogates(cp)) {
            out += QByteArray::number(QChar::highSurrogate(cp), 16).rightJustified(4, '0');
            out += QByteArray::number(QChar::lowSurrogate(cp), 16).rightJustified(4, '0');
        } else {
            out += QByteArray::number(uint(cp), 16).rightJustified(4, '0');
        }
    }
    return out.toUpper();
}

/// Replaces a one-character destination; returns true when it changed. A Latin ligature
/// (ﬀ ﬁ ﬂ ﬃ ﬄ, which the shaper substitutes for "ffi" and friends) becomes its letters, so that
/// "officials" is found and copied as typed.
bool replaceDestination(QByteArray *hex, const QHash<char32_t, char32_t> &replacements)
{
    const QList<char32_t> cps = decodeUtf16Hex(*hex);
    if (cps.size() != 1)
        return false;
    const char32_t cp = cps.constFirst();
    const auto it = replacements.constFind(cp);
    if (it != replacements.constEnd()) {
        *hex = encodeUtf16Hex({it.value()});
        return true;
    }
    if (cp >= 0xFB00 && cp <= 0xFB06) {
        const QList<uint> letters = QChar::decomposition(cp).toUcs4();
        if (letters.size() > 1) {
            *hex = encodeUtf16Hex(QList<char32_t>(letters.cbegin(), letters.cend()));
            return true;
        }
    }
    return false;
}

QByteArray hexToken(const QByteArray &digits)
{
    return '<' + digits + '>';
}

/// Rewrites the body between "beginbfchar" and "endbfchar".
QByteArray fixBfChar(const QByteArray &body, const QHash<char32_t, char32_t> &replacements,
                     int *changed)
{
    const QList<Token> tokens = tokenize(body);
    if (tokens.size() % 2 != 0)
        return body;
    QByteArray out = "\n";
    for (int i = 0; i < tokens.size(); i += 2) {
        if (tokens.at(i).kind != Token::Hex || tokens.at(i + 1).kind != Token::Hex)
            return body;
        QByteArray dst = tokens.at(i + 1).text;
        if (replaceDestination(&dst, replacements))
            ++*changed;
        out += hexToken(tokens.at(i).text) + ' ' + hexToken(dst) + '\n';
    }
    return out;
}

/// Rewrites the body between "beginbfrange" and "endbfrange". A range with one incrementing
/// destination that needs a change is written as an explicit array instead.
QByteArray fixBfRange(const QByteArray &body, const QHash<char32_t, char32_t> &replacements,
                      int *changed)
{
    const QList<Token> tokens = tokenize(body);
    QByteArray out = "\n";
    int i = 0;
    while (i < tokens.size()) {
        if (i + 2 >= tokens.size() || tokens.at(i).kind != Token::Hex
            || tokens.at(i + 1).kind != Token::Hex)
            return body;
        const QByteArray lo = tokens.at(i).text;
        const QByteArray hi = tokens.at(i + 1).text;
        bool okLo = false, okHi = false;
        const uint first = lo.toUInt(&okLo, 16);
        const uint last = hi.toUInt(&okHi, 16);
        if (!okLo || !okHi || last < first || last - first > 0xFFFF)
            return body;
        out += hexToken(lo) + ' ' + hexToken(hi) + ' ';
        i += 2;
        if (tokens.at(i).kind == Token::Hex) {
            const QByteArray dst = tokens.at(i).text;
            ++i;
            const QList<char32_t> base = decodeUtf16Hex(dst);
            bool needsArray = false;
            QList<QByteArray> expanded;
            if (base.size() == 1) {
                for (uint k = 0; k <= last - first; ++k) {
                    QByteArray d = encodeUtf16Hex({base.constFirst() + k});
                    if (replaceDestination(&d, replacements)) {
                        needsArray = true;
                        ++*changed;
                    }
                    expanded.append(d);
                }
            }
            if (!needsArray) {
                out += hexToken(dst) + '\n';
            } else {
                out += '[';
                for (const QByteArray &d : std::as_const(expanded))
                    out += hexToken(d) + ' ';
                out += "]\n";
            }
        } else if (tokens.at(i).kind == Token::Open) {
            ++i;
            out += '[';
            while (i < tokens.size() && tokens.at(i).kind == Token::Hex) {
                QByteArray d = tokens.at(i).text;
                if (replaceDestination(&d, replacements))
                    ++*changed;
                out += hexToken(d) + ' ';
                ++i;
            }
            if (i >= tokens.size() || tokens.at(i).kind != Token::Close)
                return body;
            ++i;
            out += "]\n";
        } else {
            return body;
        }
    }
    return out;
}

QByteArray fixSections(const QByteArray &cmap, const QByteArray &begin, const QByteArray &end,
                       QByteArray (*fix)(const QByteArray &, const QHash<char32_t, char32_t> &,
                                         int *),
                       const QHash<char32_t, char32_t> &replacements, int *changed)
{
    QByteArray out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype b = cmap.indexOf(begin, pos);
        if (b < 0)
            break;
        const qsizetype bodyStart = b + begin.size();
        const qsizetype e = cmap.indexOf(end, bodyStart);
        if (e < 0)
            break;
        out += cmap.mid(pos, bodyStart - pos);
        out += fix(cmap.mid(bodyStart, e - bodyStart), replacements, changed);
        out += end;
        pos = e + end.size();
    }
    out += cmap.mid(pos);
    return out;
}

std::string pdfDate(QDate date)
{
    return "D:" + date.toString(QStringLiteral("yyyyMMdd")).toStdString() + "000000Z";
}

} // namespace

QHash<char32_t, char32_t> PdfPostProcessor::lookalikeReplacements(const QSet<char32_t> &used,
                                                                  const QList<QRawFont> &fonts)
{
    QHash<char32_t, char32_t> replacements;
    QList<QChar> bmp;
    bmp.reserve(0x10000);
    for (uint u = 0; u < 0x10000; ++u)
        bmp.append(QChar::isSurrogate(u) ? QChar(0xFFFD) : QChar(char16_t(u)));
    for (const QRawFont &font : fonts) {
        if (!font.isValid())
            continue;
        // The same walk Qt's PDF engine makes: the first code point per glyph wins.
        QList<quint32> glyphs(bmp.size());
        int count = int(glyphs.size());
        if (!font.glyphIndexesForChars(bmp.constData(), int(bmp.size()), glyphs.data(), &count))
            continue;
        QHash<quint32, char32_t> firstOfGlyph;
        for (uint u = 0; u < 0x10000; ++u) {
            const quint32 g = glyphs.at(u);
            if (g != 0 && !QChar::isSurrogate(u) && !firstOfGlyph.contains(g))
                firstOfGlyph.insert(g, u);
        }
        for (char32_t c : used) {
            if (c >= 0x10000)
                continue;
            const quint32 g = glyphs.at(c);
            if (g == 0)
                continue;
            const char32_t reported = firstOfGlyph.value(g, c);
            if (reported != c && !used.contains(reported) && !replacements.contains(reported))
                replacements.insert(reported, c);
        }
    }
    // Radicals nobody drew stand for their unified ideographs whatever the font.
    const auto addDecomposed = [&](char32_t from, char32_t to) {
        for (char32_t c = from; c <= to; ++c) {
            if (used.contains(c) || replacements.contains(c))
                continue;
            const QString d = QChar::decomposition(c);
            if (d.size() == 1 || (d.size() == 2 && d.at(0).isHighSurrogate()))
                replacements.insert(c, d.toUcs4().constFirst());
        }
    };
    addDecomposed(0x2F00, 0x2FD5);
    addDecomposed(0x2E80, 0x2EF3);
    return replacements;
}

QByteArray PdfPostProcessor::fixToUnicodeCMap(const QByteArray &cmap,
                                              const QHash<char32_t, char32_t> &replacements,
                                              int *changed)
{
    int dummy = 0;
    int *count = changed ? changed : &dummy;
    QByteArray out = fixSections(cmap, "beginbfchar", "endbfchar", fixBfChar, replacements, count);
    return fixSections(out, "beginbfrange", "endbfrange", fixBfRange, replacements, count);
}

Result<QByteArray> PdfPostProcessor::process(const QByteArray &pdf,
                                             const QHash<char32_t, char32_t> &replacements,
                                             const Metadata &metadata)
{
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("report", pdf.constData(), size_t(pdf.size()));
        for (QPDFObjectHandle object : doc.getAllObjects()) {
            if (!object.isDictionary() || !object.hasKey("/ToUnicode"))
                continue;
            QPDFObjectHandle cmap = object.getKey("/ToUnicode");
            if (!cmap.isStream())
                continue;
            const std::shared_ptr<Buffer> data = cmap.getStreamData(qpdf_dl_generalized);
            const QByteArray text(reinterpret_cast<const char *>(data->getBuffer()),
                                  qsizetype(data->getSize()));
            int changed = 0;
            const QByteArray fixed = fixToUnicodeCMap(text, replacements, &changed);
            if (changed > 0)
                cmap.replaceStreamData(fixed.toStdString(), QPDFObjectHandle::newNull(),
                                       QPDFObjectHandle::newNull());
        }
        QPDFObjectHandle trailer = doc.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = doc.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        const auto setText = [&](const char *key, const QString &value) {
            if (value.isEmpty())
                info.removeKey(key);
            else
                info.replaceKey(key, QPDFObjectHandle::newUnicodeString(value.toStdString()));
        };
        setText("/Title", metadata.title);
        setText("/Author", metadata.author);
        setText("/Subject", metadata.subject);
        if (metadata.date.isValid()) {
            info.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(metadata.date)));
            info.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(metadata.date)));
        } else {
            info.removeKey("/CreationDate");
            info.removeKey("/ModDate");
        }
        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setCompressStreams(true);
        // Qt's streams are compressed already: copy them instead of inflating and deflating.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.write();
        std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return Error {Error::Code::Other,
                      Tr::tr("Could not finish the PDF: %1").arg(QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace jcr
