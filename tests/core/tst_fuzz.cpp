#include "documenttestutil.h"
#include "storage/database.h"
#include "storage/roadmapstore.h"

#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jcr;
using namespace jcr::testutil;

namespace {

constexpr int PageSize = 4096;

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// One randomly damaged copy of \a good, and a word for how it was damaged.
QByteArray corrupt(const QByteArray &good, QRandomGenerator &rng, QString *how)
{
    QByteArray b = good;
    const int pages = int(b.size() / PageSize);
    const auto randomPage = [&] {
        return int(rng.bounded(pages));
    };
    switch (rng.bounded(7)) {
    case 0: { // a few flipped bytes in one to three pages
        *how = QStringLiteral("flipped bytes");
        for (int p = int(rng.bounded(1, 4)); p > 0; --p) {
            const int page = randomPage();
            for (int i = int(rng.bounded(1, 9)); i > 0; --i) {
                const int at = page * PageSize + int(rng.bounded(PageSize));
                b[at] = char(b.at(at) ^ char(1 << rng.bounded(8)));
            }
        }
        break;
    }
    case 1: { // a page of noise
        *how = QStringLiteral("page of noise");
        const int page = randomPage();
        for (int i = std::max(page * PageSize, 100); i < (page + 1) * PageSize; ++i)
            b[i] = char(rng.bounded(256));
        break;
    }
    case 2: { // a page of zeros
        *how = QStringLiteral("zeroed page");
        const int page = randomPage();
        for (int i = std::max(page * PageSize, 100); i < (page + 1) * PageSize; ++i)
            b[i] = 0;
        break;
    }
    case 3: // cut off anywhere
        *how = QStringLiteral("truncated");
        b.truncate(int(rng.bounded(b.size())));
        break;
    case 4: { // the header: page size, counts, version numbers, pointers
        *how = QStringLiteral("header bytes");
        for (int i = int(rng.bounded(1, 4)); i > 0; --i)
            b[int(rng.bounded(16, 100))] = char(rng.bounded(256));
        break;
    }
    case 5: { // one page copied over another: plausible pages in the wrong place
        *how = QStringLiteral("page duplicated");
        const int from = randomPage(), to = std::max(1, randomPage());
        b.replace(to * PageSize, PageSize, good.mid(from * PageSize, PageSize));
        break;
    }
    default: { // flipped bytes and a cut
        *how = QStringLiteral("flipped and truncated");
        for (int i = int(rng.bounded(1, 20)); i > 0; --i) {
            const int at = int(rng.bounded(100, b.size()));
            b[at] = char(rng.bounded(256));
        }
        b.truncate(int(rng.bounded(PageSize, b.size())));
        break;
    }
    }
    return b;
}

} // namespace

/**
 * Thousands of randomly damaged copies of a real roadmap, each opened (writable and
 * read-only), loaded, edited and checked like the application and `jcroadmap check` do:
 * no crash (run under AddressSanitizer and UndefinedBehaviorSanitizer in CI), no hang.
 */
class TestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void damagedCopies();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFuzz::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Thousands of synchronous commits: on a RAM disk when there is one.
    m_dir = std::make_unique<QTemporaryDir>(QDir(QStringLiteral("/dev/shm")).exists()
                                                    ? QStringLiteral("/dev/shm/jcr-fuzz-XXXXXX")
                                                    : QDir::tempPath()
                                                            + QStringLiteral("/jcr-fuzz-XXXXXX"));
    QVERIFY(m_dir->isValid());
}

void TestFuzz::damagedCopies()
{
    const QString goodPath = m_dir->filePath(QStringLiteral("good.jcroadmap"));
    QVERIFY(makeRoadmap(goodPath));
    {
        // More pages than the seed alone: long descriptions overflow into overflow pages.
        auto doc = RoadmapDocument::open(goodPath);
        QVERIFY(doc);
        for (int i = 0; i < 40; ++i) {
            Item it = doc.value()->itemAt(i % doc.value()->itemCount());
            it.id = 0;
            it.title = QStringLiteral("Fuzz base item %1").arg(i);
            it.description = QString(200 * (i % 7), QLatin1Char('x'));
            QVERIFY(doc.value()->applyInsertItem(it));
        }
    }
    QFile f(goodPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();
    QCOMPARE(good.size() % PageSize, 0);

    const int count = qEnvironmentVariableIntValue("JCR_FUZZ_COUNT") > 0
            ? qEnvironmentVariableIntValue("JCR_FUZZ_COUNT")
            : 3000;
    const quint32 seed = qEnvironmentVariableIntValue("JCR_FUZZ_SEED") > 0
            ? quint32(qEnvironmentVariableIntValue("JCR_FUZZ_SEED"))
            : 6;
    QRandomGenerator rng(seed);
    QMap<QString, int> outcomes;
    qint64 slowest = 0;
    QString slowestHow;
    QElapsedTimer total;
    total.start();
    const QString path = m_dir->filePath(QStringLiteral("damaged.jcroadmap"));
    for (int n = 0; n < count; ++n) {
        QString how;
        const QByteArray bytes = corrupt(good, rng, &how);
        for (const QString &s : sidecars(path))
            QFile::remove(s);
        QVERIFY(writeBytes(path, bytes));
        QElapsedTimer t;
        t.start();

        // What `jcroadmap check` does.
        {
            auto db = Database::open(path, Database::Mode::OpenReadOnly);
            if (db)
                db.value()->integrityProblems(Thoroughness::Full);
        }
        // What the application does.
        auto opened = RoadmapDocument::open(path);
        if (!opened) {
            ++outcomes[QStringLiteral("refused (%1)").arg(int(opened.error().code))];
        } else {
            RoadmapDocument &doc = *opened.value();
            qint64 sum = 0;
            for (const Item &it : doc.items())
                sum += it.title.size() + it.description.size() + int(it.status);
            Q_UNUSED(sum);
            QString kind = doc.isReadOnly() ? QStringLiteral("opened read-only")
                                            : QStringLiteral("opened");
            if (!doc.openWarnings().isEmpty())
                kind += QStringLiteral(" with warnings");
            if (doc.itemCount() > 0) {
                const Item first = doc.itemAt(0);
                const auto history = doc.statusUpdates(first.id);
                kind += history ? QString() : QStringLiteral(", history unreadable");
                Item after = first;
                after.title = QStringLiteral("Edited after damage");
                const auto r = doc.applyUpdateItem(after);
                kind += r ? QStringLiteral(", edit saved") : QStringLiteral(", edit refused");
            }
            doc.checkForOutsideChanges();
            doc.store().integrityProblems(Thoroughness::Full);
            ++outcomes[kind];
        }
        opened = Error {};
        const qint64 ms = t.elapsed();
        if (ms > slowest) {
            slowest = ms;
            slowestHow = how;
        }
        // Bounded time per file: a hang would show here (and as a CTest timeout).
        QVERIFY2(ms < 10000,
                 qPrintable(QStringLiteral("file %1 (%2) took %3 ms").arg(n).arg(how).arg(ms)));
    }
    QStringList summary;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        summary << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    qInfo("FIGURE fuzz: %d damaged copies of a %lld-byte roadmap (seed %u) in %lld ms, slowest "
          "%lld ms (%s); 0 crashes, 0 hangs. Outcomes: %s",
          count, qint64(good.size()), seed, total.elapsed(), slowest, qPrintable(slowestHow),
          qPrintable(summary.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
