#include "report/pdfpostprocessor.h"

#include <QFont>
#include <QGuiApplication>
#include <QRawFont>
#include <QTest>

using namespace jcr;

/// The ToUnicode repair, on CMap text and on the fonts reports use.
class TestPdfPostProcessor : public QObject
{
    Q_OBJECT

private slots:
    void bfchar();
    void bfrangeArray();
    void bfrangeIncrementingIsExpanded();
    void untouchedWithoutReplacements();
    void ligaturesSpelledOut();
    void kangxiByDecomposition();
    void replacementsFromFont();
    void processRejectsGarbage();
};

namespace {

QHash<char32_t, char32_t> kangxi()
{
    return {{0x2F47, 0x65E5}, {0x2F65, 0x7530}, {0x2027, 0x30FB}};
}

} // namespace

void TestPdfPostProcessor::bfchar()
{
    const QByteArray in = "1 beginbfchar\n<0003> <2F47>\nendbfchar\n";
    int changed = 0;
    const QByteArray out = PdfPostProcessor::fixToUnicodeCMap(in, kangxi(), &changed);
    QCOMPARE(changed, 1);
    QVERIFY(out.contains("<0003> <65E5>"));
    QVERIFY(!out.contains("2F47"));
    QVERIFY(out.contains("1 beginbfchar"));
    QVERIFY(out.contains("endbfchar"));
}

void TestPdfPostProcessor::bfrangeArray()
{
    // What Qt 6.4 writes for "日本・カナダ 田中".
    const QByteArray in = "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0008> [<2F47> <672C> "
                          "<2027> <30AB> <30CA> <30C0> <2F65> <4E2D> ]\nendbfrange\nendcmap\n";
    int changed = 0;
    const QByteArray out = PdfPostProcessor::fixToUnicodeCMap(in, kangxi(), &changed);
    QCOMPARE(changed, 3);
    QVERIFY2(out.contains("[<65E5> <672C> <30FB> <30AB> <30CA> <30C0> <7530> <4E2D> ]"),
             out.constData());
    QVERIFY(out.contains("<0000> <0000> <0000>"));
    QVERIFY(out.endsWith("endbfrange\nendcmap\n"));
}

void TestPdfPostProcessor::bfrangeIncrementingIsExpanded()
{
    const QByteArray in = "1 beginbfrange\n<0010> <0012> <2F46>\nendbfrange\n";
    int changed = 0;
    const QByteArray out = PdfPostProcessor::fixToUnicodeCMap(in, kangxi(), &changed);
    QCOMPARE(changed, 1);
    QVERIFY2(out.contains("<0010> <0012> [<2F46> <65E5> <2F48> ]"), out.constData());
}

void TestPdfPostProcessor::untouchedWithoutReplacements()
{
    const QByteArray in = "1 beginbfrange\n<0001> <0002> [<0041> <0042> ]\nendbfrange\n";
    int changed = 0;
    PdfPostProcessor::fixToUnicodeCMap(in, kangxi(), &changed);
    QCOMPARE(changed, 0);
    // Malformed input is left as it is rather than guessed at.
    const QByteArray bad = "1 beginbfrange\n<0001> [<0041>\nendbfrange\n";
    QCOMPARE(PdfPostProcessor::fixToUnicodeCMap(bad, kangxi(), &changed), bad);
}

void TestPdfPostProcessor::ligaturesSpelledOut()
{
    const QByteArray in = "2 beginbfchar\n<0004> <FB03>\n<0005> <FB01>\nendbfchar\n";
    int changed = 0;
    const QByteArray out = PdfPostProcessor::fixToUnicodeCMap(in, {}, &changed);
    QCOMPARE(changed, 2);
    QVERIFY2(out.contains("<0004> <006600660069>"), out.constData()); // ffi
    QVERIFY(out.contains("<0005> <00660069>")); // fi
}

void TestPdfPostProcessor::kangxiByDecomposition()
{
    const auto r = PdfPostProcessor::lookalikeReplacements({}, {});
    QCOMPARE(r.value(0x2F47), char32_t(0x65E5)); // ⽇ → 日
    QCOMPARE(r.value(0x2F65), char32_t(0x7530)); // ⽥ → 田
    QCOMPARE(r.value(0x2F00), char32_t(0x4E00)); // ⼀ → 一
    QCOMPARE(r.value(0x2FD5), char32_t(0x9FA0)); // ⿕ → 龠
    QCOMPARE(r.value(0x2EF3), char32_t(0x9F9F)); // ⻳ → 龟
    // A radical the report really drew stays itself.
    QVERIFY(!PdfPostProcessor::lookalikeReplacements({0x2F47}, {}).contains(0x2F47));
}

void TestPdfPostProcessor::replacementsFromFont()
{
    QFont f(QStringLiteral("Noto Sans CJK JP"));
    f.setPointSize(10);
    const QRawFont raw = QRawFont::fromFont(f);
    QVERIFY(raw.isValid());
    QCOMPARE(raw.familyName(), QStringLiteral("Noto Sans CJK JP"));
    // The katakana middle dot shares its glyph with U+2027 in this font; Qt reports U+2027.
    const auto r = PdfPostProcessor::lookalikeReplacements({0x30FB, 0x65E5}, {raw});
    QCOMPARE(r.value(0x2027), char32_t(0x30FB));
    QCOMPARE(r.value(0x2F47), char32_t(0x65E5));
}

void TestPdfPostProcessor::processRejectsGarbage()
{
    QVERIFY(!PdfPostProcessor::process("not a pdf", {}, {}).ok());
}

QTEST_MAIN(TestPdfPostProcessor)
#include "tst_pdfpostprocessor.moc"
