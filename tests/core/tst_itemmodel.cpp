#include "domain/clock.h"
#include "edit/editservice.h"
#include "models/itemfiltermodel.h"
#include "models/itemmodel.h"
#include "models/roles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace jcr;

/// ItemModel and the shared ItemFilterModel: structure, roles, signals, filters, MIME.
class TestItemModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RoadmapDocument> m_doc;
    std::unique_ptr<ItemModel> m_model;
    std::unique_ptr<ItemFilterModel> m_filter;

private Q_SLOTS:
    void init()
    {
        qputenv("JCR_TODAY", "2026-11-26");
        const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QFile::remove(file);
        m_doc = test::createRoadmap(file);
        m_model = std::make_unique<ItemModel>(m_doc.get());
        m_filter = std::make_unique<ItemFilterModel>();
        m_filter->setSourceModel(m_model.get());
        new QAbstractItemModelTester(m_model.get(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model.get());
        new QAbstractItemModelTester(m_filter.get(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_filter.get());
    }
    void cleanup()
    {
        m_filter.reset();
        m_model.reset();
        m_doc.reset();
    }

    void rolesReflectTheItem()
    {
        QCOMPARE(m_model->rowCount(), m_doc->itemCount());
        QVERIFY(m_model->rowCount() >= 25);
        const QModelIndex esd = m_model->indexOfId(15);
        const Item *it = m_doc->item(15);
        QVERIFY(it);
        QCOMPARE(esd.data(TitleRole).toString(), it->title);
        QCOMPARE(esd.data(EndDateRole).toDate(), it->end.last());
        QCOMPARE(esd.data(AreaNumberRole).toInt(), m_doc->area(it->areaId)->number);
        QCOMPARE(esd.data(LeadOrganisationsRole).toString(), m_doc->leadOrganisationNames(*it));
        QCOMPARE(m_model->data(m_model->index(0, ItemModel::StatusColumn)).toString(),
                 enums::displayName(m_doc->itemAt(0).status));
    }

    void changesNameTheirRoles()
    {
        // Issue 11: a change says what it changed. TitleRole (and an empty list: every role)
        // only when a title may have changed; the other roles of the fields always.
        const QList<int> health = ItemModel::rolesFor(ItemField::Health | ItemField::Status);
        QVERIFY(!health.isEmpty());
        for (int role : {int(Qt::DisplayRole), int(HealthRole), int(StatusRole), int(OverdueRole),
                         int(DueTextRole), int(RankRole)})
            QVERIFY2(health.contains(role), qPrintable(QString::number(role)));
        for (int role : {int(TitleRole), int(PrimaryTitleRole), int(TitleFallbackRole),
                         int(Qt::FontRole), int(Qt::ToolTipRole)})
            QVERIFY2(!health.contains(role), qPrintable(QString::number(role)));
        QVERIFY(ItemModel::rolesFor(ItemField::Title).isEmpty());
        QVERIFY(ItemModel::rolesFor(ItemField::Translations | ItemField::Progress).isEmpty());
        QVERIFY(ItemModel::rolesFor(ItemField::None).isEmpty());

        // As emitted for an edit of the health, then of the title.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const qint64 id = m_doc->itemAt(0).id;
        QVERIFY(EditService(m_doc.get())
                        .editItem(id, [](Item &it) { it.health = Health::OffTrack; })
                        .ok());
        QCOMPARE(changed.size(), 1);
        auto roles = changed.constFirst().at(2).value<QList<int>>();
        QVERIFY(roles.contains(HealthRole));
        QVERIFY(!roles.contains(TitleRole));
        changed.clear();
        QVERIFY(EditService(m_doc.get())
                        .editItem(id, [](Item &it) { it.title = QStringLiteral("Renamed"); })
                        .ok());
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.constFirst().at(2).value<QList<int>>().isEmpty());
    }

    void overdueFollowsToday()
    {
        Item it = m_doc->itemAt(0);
        it.status = Status::Planned;
        it.end = FuzzyDate::month(2026, 10);
        QVERIFY(m_doc->applyUpdateItem(it));
        QVERIFY(m_model->indexOfId(it.id).data(OverdueRole).toBool());
        QCOMPARE(m_model->indexOfId(it.id).data(DueTextRole).toString(), it.end.toDisplayString());
        // The one clock: a day change is seen by the model at once.
        Clock::instance().setToday(QDate(2026, 10, 15));
        const bool overdue = m_model->indexOfId(it.id).data(OverdueRole).toBool();
        Clock::instance().setToday({}); // JCR_TODAY again
        QVERIFY(!overdue);
        QVERIFY(m_model->indexOfId(it.id).data(OverdueRole).toBool());
    }

    void filters()
    {
        const int all = m_filter->rowCount();
        m_filter->setText(QStringLiteral("dialogue"));
        QVERIFY(m_filter->rowCount() > 0 && m_filter->rowCount() < all);
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            const QModelIndex i = m_filter->index(r, 0);
            QVERIFY(QStringList({i.data(TitleRole).toString(), i.data(DescriptionRole).toString()})
                            .join(QLatin1Char(' '))
                            .contains(QStringLiteral("dialogue"), Qt::CaseInsensitive));
        }
        m_filter->clearFilters();
        QCOMPARE(m_filter->rowCount(), all);

        m_filter->setStatuses({int(Status::Done)});
        for (int r = 0; r < m_filter->rowCount(); ++r)
            QCOMPARE(m_filter->index(r, 0).data(StatusRole).toInt(), int(Status::Done));
        QVERIFY(m_filter->rowCount() > 0);

        m_filter->clearFilters();
        const qint64 area5 = m_doc->areaByNumber(5)->id;
        m_filter->setAreaIds({area5});
        QVERIFY(m_filter->rowCount() >= 1);
        for (int r = 0; r < m_filter->rowCount(); ++r)
            QCOMPARE(m_filter->index(r, 0).data(AreaIdRole).toLongLong(), area5);

        m_filter->clearFilters();
        m_filter->setLeads({int(LeadSide::Canada)});
        QVERIFY(m_filter->rowCount() >= 1);
        m_filter->setHealths({int(Health::OffTrack)});
        QCOMPARE(m_filter->rowCount(), 0);
    }

    void dueWithinDays()
    {
        // The Economic Security Dialogue is due "2026": within 60 days of 26 Nov 2026.
        m_filter->setDueWithinDays(60);
        bool found = false;
        for (int r = 0; r < m_filter->rowCount(); ++r)
            found = found || m_filter->index(r, 0).data(IdRole).toLongLong() == 15;
        QVERIFY(found);
        // The centennial (2028) is not.
        for (int r = 0; r < m_filter->rowCount(); ++r)
            QVERIFY(m_filter->index(r, 0).data(DueDateRole).toDate() <= QDate(2027, 1, 25));
    }

    void filterFollowsEdits()
    {
        m_filter->setStatuses({int(Status::Proposed)});
        const int proposed = m_filter->rowCount();
        Item it = m_doc->itemAt(0);
        QVERIFY(it.status != Status::Proposed);
        it.status = Status::Proposed;
        QVERIFY(m_doc->applyUpdateItem(it));
        QCOMPARE(m_filter->rowCount(), proposed + 1);
    }

    void sortsByValueNotText()
    {
        m_filter->sort(ItemModel::StartColumn, Qt::AscendingOrder);
        QDate previous;
        bool seenUndated = false;
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            const QDate d = m_filter->index(r, ItemModel::StartColumn).data(StartDateRole).toDate();
            if (!d.isValid()) {
                seenUndated = true;
                continue;
            }
            QVERIFY2(!seenUndated, "undated items sort last");
            QVERIFY(!previous.isValid() || previous <= d);
            previous = d;
        }
    }

    void sortFollowsEditsThatNameTheirRoles()
    {
        // A change without a title names its roles (rolesFor); the sorted proxy must still
        // place the row again: an item moved to a later status moves down the sorted list.
        m_filter->sort(ItemModel::StatusColumn, Qt::AscendingOrder);
        const QModelIndex first = m_filter->index(0, 0);
        const qint64 id = first.data(IdRole).toLongLong();
        QVERIFY(Status(first.data(StatusRole).toInt()) != Status::Cancelled);
        QVERIFY(EditService(m_doc.get())
                        .editItem(id, [](Item &it) { it.status = Status::Cancelled; })
                        .ok());
        const int last = m_filter->rowCount() - 1;
        QCOMPARE(Status(m_filter->index(last, 0).data(StatusRole).toInt()), Status::Cancelled);
        QVERIFY(m_filter->index(0, 0).data(IdRole).toLongLong() != id);
        for (int r = 1; r < m_filter->rowCount(); ++r)
            QVERIFY(m_filter->index(r - 1, 0).data(StatusRole).toInt()
                    <= m_filter->index(r, 0).data(StatusRole).toInt());
    }

    void mimeRoundTrip()
    {
        std::unique_ptr<QMimeData> mime(m_model->mimeData(
                {m_model->index(2, 0), m_model->index(2, 3), m_model->index(5, 0)}));
        QVERIFY(mime);
        QCOMPARE(ItemModel::idsFromMime(mime.get()),
                 QList<qint64>({m_doc->itemAt(2).id, m_doc->itemAt(5).id}));
        QMimeData foreign;
        foreign.setData(ItemModel::mimeType(), QByteArray("garbage"));
        QVERIFY(ItemModel::idsFromMime(&foreign).isEmpty());
    }

    void outsideInsertAndDeleteKeepRows()
    {
        const int rows = m_model->rowCount();
        bool ok = false;
        test::sqlite3(m_doc->filePath(),
                      QStringLiteral("INSERT INTO item (area_id, title) VALUES (1, 'Added by a "
                                     "script'); DELETE FROM item WHERE id = 3;"),
                      &ok);
        QVERIFY(ok);
        QVERIFY(m_doc->checkForOutsideChanges());
        QCOMPARE(m_model->rowCount(), rows); // one in, one out
        QVERIFY(!m_model->indexOfId(3).isValid());
        QCOMPARE(m_model->index(rows - 1, 0).data(TitleRole).toString(),
                 QStringLiteral("Added by a script"));
        QVERIFY(!m_doc->checkForOutsideChanges()); // nothing new
    }
};

QTEST_GUILESS_MAIN(TestItemModel)
#include "tst_itemmodel.moc"
