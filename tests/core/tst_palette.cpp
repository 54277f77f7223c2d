#include "seed/seedparser.h"
#include "style/palette.h"

#include <QPalette>
#include <QTest>

using namespace jcr;

namespace {

QColor over(const QColor &background, QColor tint, int alpha)
{
    const double a = alpha / 255.0;
    return QColor::fromRgbF(float(background.redF() * (1 - a) + tint.redF() * a),
                            float(background.greenF() * (1 - a) + tint.greenF() * a),
                            float(background.blueF() * (1 - a) + tint.blueF() * a));
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return over(a, b, int(std::lround(t * 255)));
}

} // namespace

Q_DECLARE_METATYPE(jcr::Palette::Scheme)

/// Issue 18, "not by colour alone" and contrast: every text colour of the palette module reaches
/// WCAG's 4.5:1 on every background it is drawn on, in the light (screen and print), dark and
/// high-contrast schemes; the scheme follows the system's palette.
class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormula();
    void textIsReadable_data();
    void textIsReadable();
    void readableReachesTheRatio();
    void schemeFollowsThePalette();
    void errorTextIsReadableOnTheWindow();
};

void TestPalette::contrastFormula()
{
    // WCAG's own reference points.
    QCOMPARE(Palette::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(Palette::contrast(Qt::white, Qt::white), 1.0);
    QVERIFY(qAbs(Palette::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QVERIFY(qAbs(Palette::contrast(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
}

void TestPalette::textIsReadable_data()
{
    QTest::addColumn<Palette::Scheme>("scheme");
    QTest::addRow("light") << Palette::Scheme::Light;
    QTest::addRow("dark") << Palette::Scheme::Dark;
    QTest::addRow("high contrast") << Palette::Scheme::HighContrast;
}

void TestPalette::textIsReadable()
{
    QFETCH(Palette::Scheme, scheme);
    const Palette::Chart c = Palette::chart(scheme);
    // Every background the timeline draws text on: plain and shaded periods, both tinted gold
    // in the centennial year, the header tiers, and each lane's header strip (its area's colour
    // at 34/255 over the background).
    QList<QPair<QString, QColor>> backgrounds {
            {QStringLiteral("background"), c.background},
            {QStringLiteral("shaded"), c.shaded},
            {QStringLiteral("centennial"), blend(c.background, Palette::centennial(), 0.07)},
            {QStringLiteral("centennial shaded"), blend(c.shaded, Palette::centennial(), 0.07)},
            {QStringLiteral("header"), c.header}};
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    for (const PriorityArea &area : seed.value().areas)
        backgrounds.append(
                {QStringLiteral("lane %1").arg(area.number), over(c.background, area.colour, 34)});
    const QList<QPair<QString, QColor>> texts {
            {QStringLiteral("text"), c.text},
            {QStringLiteral("muted"), c.mutedText},
            {QStringLiteral("overdue"), Palette::overdueText(scheme)}};
    QStringList failures;
    const auto check = [&](const QString &what, const QColor &fg, const QColor &bg) {
        const double ratio = Palette::contrast(fg, bg);
        if (ratio < 4.5)
            failures << QStringLiteral("%1: %2 on %3 is %4:1")
                                .arg(what, fg.name(), bg.name())
                                .arg(ratio, 0, 'f', 2);
    };
    for (const auto &[bgName, bg] : std::as_const(backgrounds)) {
        for (const auto &[fgName, fg] : texts)
            check(fgName + QStringLiteral(" on ") + bgName, fg, bg);
    }
    // Health as text (cards, reports) on the scheme's background.
    for (Health h : {Health::OnTrack, Health::AtRisk, Health::OffTrack})
        check(QStringLiteral("%1 as text").arg(enums::key(h)), Palette::healthText(h, scheme),
              c.background);
    // Labels inside bars, overdue or not, in the text colour on each health's fill; done and
    // cancelled labels (muted) on their quiet fill.
    for (Health h : {Health::OnTrack, Health::AtRisk, Health::OffTrack})
        check(QStringLiteral("label in a %1 bar").arg(enums::key(h)), c.text,
              Palette::barFill(Palette::health(h), c, false));
    check(QStringLiteral("label in a done bar"), c.mutedText, Palette::barFill(c.doneBar, c, true));
    check(QStringLiteral("label in a cancelled bar"), c.mutedText,
          Palette::barFill(c.cancelledBar, c, true));
    // White labels of the markers ("Joint Statement", "Centennial 2028", "Today") and of the
    // board's WIP count at and over its limit.
    for (const QColor &marker : {Palette::statement(), Palette::centennial(), Palette::today()})
        check(QStringLiteral("marker label"), Qt::white, Palette::markerLabelFill(marker));
    check(QStringLiteral("WIP at limit"), Qt::white, Palette::wipAtLimit());
    check(QStringLiteral("WIP over limit"), Qt::white, Palette::wipOver());
    // The classification marking's band (menu bar, timeline images) keeps its colours in every
    // scheme: its text on its fill (tst_accessibleviews measures it as drawn in each scheme).
    using Level = ClassificationMarking::Level;
    for (Level l :
         {Level::Unclassified, Level::Protected, Level::Confidential, Level::Secret, Level::Other})
        check(QStringLiteral("marking %1").arg(ClassificationMarking::levelName(l)),
              Palette::markingText(l), Palette::markingBand(l));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestPalette::readableReachesTheRatio()
{
    for (const QColor &bg : {QColor(Qt::white), QColor(0x1e, 0x21, 0x26), QColor(Qt::black)}) {
        for (const QColor &fg : {Palette::health(Health::AtRisk), Palette::centennial(),
                                 QColor(0x80, 0x80, 0x80), Palette::today()}) {
            const QColor r = Palette::readable(fg, bg);
            QVERIFY2(Palette::contrast(r, bg) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2").arg(r.name(), bg.name())));
        }
    }
    // A colour that is readable already is kept.
    QCOMPARE(Palette::readable(QColor(0x21, 0x25, 0x29), Qt::white), QColor(0x21, 0x25, 0x29));
}

void TestPalette::schemeFollowsThePalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    QCOMPARE(Palette::schemeFor(light), Palette::Scheme::Light);
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    QCOMPARE(Palette::schemeFor(dark), Palette::Scheme::Dark);
    QPalette contrast = dark;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::Base, Qt::black);
    QCOMPARE(Palette::schemeFor(contrast), Palette::Scheme::HighContrast);
}

/// The red of problem messages on the window colours of common palettes: Fusion light and dark,
/// Breeze light and dark, Windows, and the two high-contrast extremes.
void TestPalette::errorTextIsReadableOnTheWindow()
{
    for (const QColor &window :
         {QColor(Qt::white), QColor(0xef, 0xef, 0xef), QColor(0xef, 0xf0, 0xf1),
          QColor(0xf0, 0xf0, 0xf0), QColor(0x35, 0x35, 0x35), QColor(0x31, 0x36, 0x3b),
          QColor(0x20, 0x20, 0x20), QColor(Qt::black), QColor(0x80, 0x80, 0x80)}) {
        const QColor text = Palette::errorText(window);
        QVERIFY2(Palette::contrast(text, window) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3:1")
                                    .arg(text.name(), window.name())
                                    .arg(Palette::contrast(text, window), 0, 'f', 2)));
        // Still red: the colour says "problem" as well as the words.
        QVERIFY2(text.red() > text.green() + 40 && text.red() > text.blue() + 40,
                 qPrintable(text.name()));
    }
}

QTEST_GUILESS_MAIN(TestPalette)
#include "tst_palette.moc"
