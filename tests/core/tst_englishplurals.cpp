#include "i18n/englishplurals.h"

#include <QCoreApplication>
#include <QTest>

using namespace jcr;

/// "%n item(s)" reads "1 item" and "29 items" once the translator is installed.
class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plurals_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0 << "0 items";
        QTest::newRow("one") << 1 << "1 item";
        QTest::newRow("many") << 29 << "29 items";
    }

    void plurals()
    {
        QFETCH(int, n);
        QFETCH(QString, expected);
        EnglishPlurals plurals;
        QCoreApplication::installTranslator(&plurals);
        QCOMPARE(QCoreApplication::translate("ctx", "%n item(s)", nullptr, n), expected);
        // Text without the marker, or without a number, is left alone.
        QCOMPARE(QCoreApplication::translate("ctx", "Plain text", nullptr, n),
                 QStringLiteral("Plain text"));
        QCOMPARE(QCoreApplication::translate("ctx", "Item(s) without n"),
                 QStringLiteral("Item(s) without n"));
        QCoreApplication::removeTranslator(&plurals);
        QCOMPARE(QCoreApplication::translate("ctx", "%n item(s)", nullptr, n),
                 QStringLiteral("%1 item(s)").arg(n));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
