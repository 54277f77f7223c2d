// The record of change from the outside (issue 14): `jcroadmap changes` and the status report's
// "Changes since" section, read back with a JSON parser and pdftotext.
#include "document/useridentity.h"
#include "documenttestutil.h"
#include "edit/editservice.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace jcr;

class TestChangesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    qint64 m_outsideId = 0;
    qint64 m_movedId = 0;
    QString m_deletedTitle;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        UserIdentity::setName(QStringLiteral("Aiko Tanaka"));
        m_file = m_dir.filePath(QStringLiteral("changes.jcroadmap"));
        auto doc = test::createRoadmap(m_file);
        EditService edits(doc.get());
        // Another program marks one item done; the planner's user moves a date and deletes an
        // item.
        for (const Item &it : doc->items()) {
            if (!m_outsideId && it.status == Status::Planned)
                m_outsideId = it.id;
            else if (!m_movedId && it.end.isValid() && it.status != Status::Planned)
                m_movedId = it.id;
        }
        QVERIFY(m_outsideId && m_movedId);
        bool ok = false;
        test::sqlite3(m_file,
                      QStringLiteral("UPDATE item SET status = 'done', progress = 100, title = "
                                     "'Tab\there' WHERE id = %1")
                              .arg(m_outsideId),
                      &ok);
        QVERIFY(ok);
        QVERIFY(edits.editItem(m_movedId, [](Item &it) { it.end = FuzzyDate::quarter(2029, 4); }));
        const Item &victim = doc->itemAt(doc->itemCount() - 1);
        m_deletedTitle = victim.title;
        QVERIFY(edits.deleteItems({victim.id}));
    }

    void tsvListsNewestFirstEscaped()
    {
        const auto r = testutil::runJcroadmap({QStringLiteral("changes"), m_file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.constFirst(),
                 QStringLiteral("id\tat\tactor\titem\tarea\taction\tfield\told\tnew"));
        // Newest first: the deletion, by the user.
        const QStringList first = lines.at(1).split(QLatin1Char('\t'));
        QCOMPARE(first.size(), 9);
        QCOMPARE(first.at(2), QStringLiteral("Aiko Tanaka"));
        QCOMPARE(first.at(5), QStringLiteral("delete"));
        QCOMPARE(first.at(7), m_deletedTitle);
        // One line per change: the tab typed into a title by another program is escaped.
        const QString renamed
                = QStringLiteral("another program\t%1\t\tupdate\ttitle\t").arg(m_outsideId);
        bool found = false;
        for (const QString &line : lines) {
            if (line.contains(renamed)) {
                found = true;
                QVERIFY2(line.endsWith(QStringLiteral("\tTab\\there")), qPrintable(line));
            }
        }
        QVERIFY(found);
    }

    void jsonCarriesOldAndNew()
    {
        const auto r = testutil::runJcroadmap({QStringLiteral("changes"), m_file,
                                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(rows.size() > 3);
        bool status = false;
        bool end = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("item")).toInteger() == m_outsideId
                && o.value(QStringLiteral("field")).toString() == QLatin1String("status")) {
                status = true;
                QCOMPARE(o.value(QStringLiteral("actor")).toString(),
                         QStringLiteral("another program"));
                QCOMPARE(o.value(QStringLiteral("old")).toString(), QStringLiteral("planned"));
                QCOMPARE(o.value(QStringLiteral("new")).toString(), QStringLiteral("done"));
                QVERIFY(o.value(QStringLiteral("area")).isNull());
                QVERIFY(QDateTime::fromString(o.value(QStringLiteral("at")).toString(),
                                              Qt::ISODateWithMs)
                                .isValid());
            }
            if (o.value(QStringLiteral("item")).toInteger() == m_movedId
                && o.value(QStringLiteral("field")).toString() == QLatin1String("end")) {
                end = true;
                QCOMPARE(o.value(QStringLiteral("actor")).toString(),
                         QStringLiteral("Aiko Tanaka"));
                QCOMPARE(o.value(QStringLiteral("new")).toString(),
                         QStringLiteral("2029-12-31 quarter"));
            }
        }
        QVERIFY(status && end);
    }

    void dateRange()
    {
        const auto future
                = testutil::runJcroadmap({QStringLiteral("changes"), m_file,
                                          QStringLiteral("--since"), QStringLiteral("2999-01-01")});
        QCOMPARE(future.exitCode, 0);
        QCOMPARE(future.out, QStringLiteral("id\tat\tactor\titem\tarea\taction\tfield\told\tnew"));
        const auto past
                = testutil::runJcroadmap({QStringLiteral("changes"), m_file,
                                          QStringLiteral("--until"), QStringLiteral("2000-12-31")});
        QCOMPARE(past.exitCode, 0);
        QCOMPARE(past.out.count(QLatin1Char('\n')), 0);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const auto now = testutil::runJcroadmap({QStringLiteral("changes"), m_file,
                                                 QStringLiteral("--since"), today,
                                                 QStringLiteral("--until"), today});
        QCOMPARE(now.exitCode, 0);
        QVERIFY(now.out.count(QLatin1Char('\n')) > 3);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QStringList {QStringLiteral("--since"),
                                                  QStringLiteral("yesterday")}
                                  << 2 << QStringLiteral("not a date");
        QTest::newRow("reversed") << QStringList {QStringLiteral("--since"),
                                                  QStringLiteral("2026-05-01"),
                                                  QStringLiteral("--until"),
                                                  QStringLiteral("2026-04-01")}
                                  << 2 << QStringLiteral("before");
        QTest::newRow("format") << QStringList {QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2 << QStringLiteral("unknown format");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto r
                = testutil::runJcroadmap(QStringList {QStringLiteral("changes"), m_file} + args);
        QCOMPARE(r.exitCode, code);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        const auto missing = testutil::runJcroadmap(
                {QStringLiteral("changes"), m_dir.filePath(QStringLiteral("nope.jcroadmap"))});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err.count(QLatin1Char('\n')), 0);
    }

    void statusReportSaysWhatMoved()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("status.pdf"));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const auto r = testutil::runJcroadmap({QStringLiteral("report"), m_file,
                                               QStringLiteral("-o"), pdf, QStringLiteral("--as-of"),
                                               today, QStringLiteral("--since"), today});
        QCOMPARE(r.exitCode, 0);
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        const int section = text.indexOf(QStringLiteral("Changes since"));
        QVERIFY(section >= 0);
        const QString changes = text.mid(section).simplified();
        // The status changed by another program, the date the user moved, the item removed and
        // the items created with the roadmap (counted, not listed), each with who.
        QVERIFY2(changes.contains(QStringLiteral("Status: Planned → Done")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("another program")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("→ Q4 2029")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("Item removed")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("items added")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("Aiko Tanaka")), qPrintable(changes));
    }
};

QTEST_GUILESS_MAIN(TestChangesCli)
#include "tst_changescli.moc"
