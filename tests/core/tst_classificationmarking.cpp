// Classification markings: the standard list as printed, the level of any text, and band
// colours whose text stays readable.

#include "domain/classificationmarking.h"
#include "style/palette.h"

#include <QTest>

#include <cmath>

using namespace jcr;
using Level = ClassificationMarking::Level;

Q_DECLARE_METATYPE(jcr::ClassificationMarking::Level)

namespace {

/// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestClassificationMarking : public QObject
{
    Q_OBJECT

private slots:
    void standardMarkingsAsPrinted();
    void levelOf_data();
    void levelOf();
    void bandsAreReadableAndDistinct();
};

void TestClassificationMarking::standardMarkingsAsPrinted()
{
    const QStringList markings = ClassificationMarking::standardMarkings();
    for (const char *m :
         {"UNCLASSIFIED / NON CLASSIFIÉ", "PROTECTED A / PROTÉGÉ A", "PROTECTED B / PROTÉGÉ B",
          "CONFIDENTIAL / CONFIDENTIEL", "SECRET", "取扱注意", "秘", "極秘"})
        QVERIFY2(markings.contains(QString::fromUtf8(m)), m);
    // Every standard marking is recognised: none falls to "other".
    for (const QString &m : markings)
        QVERIFY2(ClassificationMarking::levelOf(m) != Level::Other, qPrintable(m));
}

void TestClassificationMarking::levelOf_data()
{
    QTest::addColumn<QString>("marking");
    QTest::addColumn<Level>("level");
    const auto row = [](const char *text, Level level) {
        QTest::newRow(text) << QString::fromUtf8(text) << level;
    };
    row("UNCLASSIFIED", Level::Unclassified);
    row("UNCLASSIFIED / NON CLASSIFIÉ", Level::Unclassified);
    row("non classifié", Level::Unclassified);
    row("Protected A", Level::Protected);
    row("  PROTECTED   B  ", Level::Protected);
    row("PROTÉGÉ B", Level::Protected);
    row("protégé c / protected c", Level::Protected);
    row("取扱注意", Level::Protected);
    row("CONFIDENTIAL / CONFIDENTIEL", Level::Confidential);
    row("Confidentiel", Level::Confidential);
    row("秘", Level::Confidential);
    row("SECRET", Level::Secret);
    row("TOP SECRET / TRÈS SECRET", Level::Secret);
    row("極秘", Level::Secret);
    // Look-alikes and free text are not promoted to a level they do not name.
    row("SECRETARIAT DRAFT", Level::Other);
    row("PROTECTEDB", Level::Other);
    row("秘密保持", Level::Other);
    row("FOR DISCUSSION", Level::Other);
    row("", Level::Other);
}

void TestClassificationMarking::levelOf()
{
    QFETCH(QString, marking);
    QFETCH(Level, level);
    QCOMPARE(ClassificationMarking::levelOf(marking), level);
}

void TestClassificationMarking::bandsAreReadableAndDistinct()
{
    const QList<Level> levels {Level::Unclassified, Level::Protected, Level::Confidential,
                               Level::Secret, Level::Other};
    for (Level l : levels) {
        const double ratio = contrast(Palette::markingBand(l), Palette::markingText(l));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1: %2:1")
                                    .arg(ClassificationMarking::levelName(l))
                                    .arg(ratio, 0, 'f', 2)));
        for (Level other : levels) {
            if (other != l)
                QVERIFY(Palette::markingBand(l) != Palette::markingBand(other));
        }
    }
}

QTEST_GUILESS_MAIN(TestClassificationMarking)
#include "tst_classificationmarking.moc"
