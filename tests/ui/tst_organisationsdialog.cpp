#include "../support/sqliteprobe.h"
#include "document/roadmapdocument.h"
#include "editor/organisationsdialog.h"
#include "seed/seedparser.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace jcr;

/// Issue 13, point 13: organisations are added, renamed and removed in Edit ▸ Organisations,
/// through the edit service, one undo step each; removing one in use asks first. Every change
/// is checked in the dialog, the document and the file.
class TestOrganisationsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsAnOrganisation();
    void refusesAnEmptyOrDuplicateName();
    void renamesAnOrganisation();
    void removingOneInUseAsksFirst();
    void removingOneUnusedAsksNothing();

private:
    template<typename W> W *field(const char *name) const
    {
        return m_dialog->findChild<W *>(QLatin1String(name));
    }
    /// Selects the row of the organisation named \a name with a click.
    void clickRow(const QString &name);
    QString fileQuery(const QString &sql) const { return test::sqliteQuery(m_path, sql); }
    void typeInto(QLineEdit *edit, const QString &text);

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<RoadmapDocument> m_doc;
    std::unique_ptr<OrganisationsDialog> m_dialog;
    int m_questions = 0;
    bool m_answer = false;
};

void TestOrganisationsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("JCR_TODAY", "2026-11-26");
    QVERIFY(m_dir.isValid());
}

void TestOrganisationsDialog::init()
{
    m_path = m_dir.filePath(QStringLiteral("o%1.jcroadmap").arg(++m_counter));
    auto seed = seed::loadDefault();
    QVERIFY(seed.ok());
    auto doc = RoadmapDocument::create(m_path, seed.value());
    QVERIFY2(doc.ok(), qPrintable(doc.errorMessage()));
    m_doc = std::move(doc.value());
    m_dialog = std::make_unique<OrganisationsDialog>(m_doc.get());
    m_questions = 0;
    m_answer = false;
    m_dialog->setConfirmer([this](const QString &, const QString &) {
        ++m_questions;
        return m_answer;
    });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestOrganisationsDialog::cleanup()
{
    m_dialog.reset();
    m_doc.reset();
}

void TestOrganisationsDialog::clickRow(const QString &name)
{
    QTreeWidget *list = m_dialog->list();
    const auto found = list->findItems(name, Qt::MatchExactly, 0);
    QCOMPARE(found.size(), 1);
    list->scrollToItem(found.constFirst());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(found.constFirst()).center());
    QCOMPARE(list->currentItem(), found.constFirst());
}

void TestOrganisationsDialog::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestOrganisationsDialog::addsAnOrganisation()
{
    const int before = int(m_doc->organisations().size());
    QCOMPARE(m_dialog->list()->topLevelItemCount(), before);
    typeInto(field<QLineEdit>("name"), QStringLiteral("Japan Science and Technology Agency"));
    typeInto(field<QLineEdit>("shortName"), QStringLiteral("JST"));
    auto *country = field<QComboBox>("country");
    country->setCurrentIndex(country->findData(int(Country::Japan)));
    QTest::mouseClick(field<QPushButton>("add"), Qt::LeftButton);
    QCOMPARE(m_dialog->problem(), QString());
    QCOMPARE(m_doc->organisations().size(), before + 1);
    QCOMPARE(m_dialog->list()->topLevelItemCount(), before + 1);
    QCOMPARE(m_dialog->list()->currentItem()->text(0),
             QStringLiteral("Japan Science and Technology Agency"));
    QCOMPARE(fileQuery(QStringLiteral("SELECT short_name || '|' || country FROM organisation "
                                      "WHERE name = 'Japan Science and Technology Agency'")),
             QStringLiteral("JST|JP"));
    // One undo step: gone from the document and the file, then back under the same id.
    const QString id
            = fileQuery(QStringLiteral("SELECT id FROM organisation WHERE short_name = 'JST'"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->organisations().size(), before);
    QCOMPARE(m_dialog->list()->topLevelItemCount(), before);
    QCOMPARE(
            fileQuery(QStringLiteral("SELECT count(*) FROM organisation WHERE short_name = 'JST'")),
            QStringLiteral("0"));
    m_doc->undoStack()->redo();
    QCOMPARE(fileQuery(QStringLiteral("SELECT id FROM organisation WHERE short_name = 'JST'")), id);
    QCOMPARE(m_dialog->list()->topLevelItemCount(), before + 1);
}

void TestOrganisationsDialog::refusesAnEmptyOrDuplicateName()
{
    const int before = int(m_doc->organisations().size());
    const QString existing = m_doc->organisations().constFirst().name;
    typeInto(field<QLineEdit>("name"), QStringLiteral("   "));
    QTest::mouseClick(field<QPushButton>("add"), Qt::LeftButton);
    QVERIFY2(m_dialog->problem().contains(QStringLiteral("needs a name")),
             qPrintable(m_dialog->problem()));
    // The same name in other letter case is the same organisation.
    typeInto(field<QLineEdit>("name"), existing.toUpper());
    QTest::mouseClick(field<QPushButton>("add"), Qt::LeftButton);
    QVERIFY2(m_dialog->problem().contains(QStringLiteral("already")),
             qPrintable(m_dialog->problem()));
    QCOMPARE(m_doc->organisations().size(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(fileQuery(QStringLiteral("SELECT count(*) FROM organisation")),
             QString::number(before));
}

void TestOrganisationsDialog::renamesAnOrganisation()
{
    // An organisation that items use: renaming keeps their links.
    qint64 id = 0;
    for (const Organisation &o : m_doc->organisations()) {
        if (m_doc->organisationUseCount(o.id) > 0) {
            id = o.id;
            break;
        }
    }
    QVERIFY(id);
    const Organisation original = *m_doc->organisation(id);
    const int uses = m_doc->organisationUseCount(id);
    clickRow(original.name);
    QCOMPARE(field<QLineEdit>("name")->text(), original.name);
    typeInto(field<QLineEdit>("name"), QStringLiteral("Renamed Ministry"));
    typeInto(field<QLineEdit>("shortName"), QStringLiteral("RM"));
    QTest::mouseClick(field<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(m_dialog->problem(), QString());
    QCOMPARE(m_doc->organisation(id)->name, QStringLiteral("Renamed Ministry"));
    QCOMPARE(m_doc->organisationUseCount(id), uses);
    QCOMPARE(fileQuery(QStringLiteral("SELECT name || '|' || short_name FROM organisation WHERE "
                                      "id = %1")
                               .arg(id)),
             QStringLiteral("Renamed Ministry|RM"));
    QCOMPARE(m_dialog->list()->currentItem()->text(0), QStringLiteral("Renamed Ministry"));
    m_doc->undoStack()->undo();
    QVERIFY(*m_doc->organisation(id) == original);
    QCOMPARE(fileQuery(QStringLiteral("SELECT name FROM organisation WHERE id = %1").arg(id)),
             original.name);
    m_doc->undoStack()->redo();
    QCOMPARE(fileQuery(QStringLiteral("SELECT name FROM organisation WHERE id = %1").arg(id)),
             QStringLiteral("Renamed Ministry"));
}

void TestOrganisationsDialog::removingOneInUseAsksFirst()
{
    qint64 id = 0;
    for (const Organisation &o : m_doc->organisations()) {
        if (m_doc->organisationUseCount(o.id) > 1) {
            id = o.id;
            break;
        }
    }
    QVERIFY(id);
    const Organisation org = *m_doc->organisation(id);
    const int uses = m_doc->organisationUseCount(id);
    const QString linksSql
            = QStringLiteral("SELECT group_concat(item_id || ':' || role || ':' || position, ',') "
                             "FROM (SELECT * FROM item_organisation WHERE organisation_id = %1 "
                             "ORDER BY item_id)")
                      .arg(id);
    const QString links = fileQuery(linksSql);
    QCOMPARE(links.count(QLatin1Char(',')) + 1, uses);
    const int count = int(m_doc->organisations().size());
    clickRow(org.name);

    // "No": nothing changes.
    m_answer = false;
    QTest::mouseClick(field<QPushButton>("remove"), Qt::LeftButton);
    QCOMPARE(m_questions, 1);
    QCOMPARE(m_doc->organisations().size(), count);
    QCOMPARE(m_doc->undoStack()->count(), 0);

    // "Remove": the organisation and its links go, the items stay; one undo step.
    m_answer = true;
    const int items = m_doc->itemCount();
    QTest::mouseClick(field<QPushButton>("remove"), Qt::LeftButton);
    QCOMPARE(m_questions, 2);
    QCOMPARE(m_doc->organisations().size(), count - 1);
    QVERIFY(!m_doc->organisation(id));
    QCOMPARE(m_doc->organisationUseCount(id), 0);
    QCOMPARE(m_doc->itemCount(), items);
    QCOMPARE(m_dialog->list()->findItems(org.name, Qt::MatchExactly, 0).size(), 0);
    QCOMPARE(fileQuery(QStringLiteral("SELECT count(*) FROM organisation WHERE id = %1").arg(id)),
             QStringLiteral("0"));
    QCOMPARE(fileQuery(linksSql), QString());
    QCOMPARE(m_doc->undoStack()->count(), 1);

    // Undo: the organisation under its id, every link back with its role and place.
    m_doc->undoStack()->undo();
    QVERIFY(*m_doc->organisation(id) == org);
    QCOMPARE(m_doc->organisationUseCount(id), uses);
    QCOMPARE(fileQuery(linksSql), links);
    QCOMPARE(m_dialog->list()->findItems(org.name, Qt::MatchExactly, 0).size(), 1);
    // The items are writable afterwards (their versions were followed).
    for (const Item &it : m_doc->items()) {
        const bool linked = std::any_of(it.organisations.cbegin(), it.organisations.cend(),
                                        [id](const OrgLink &l) { return l.organisationId == id; });
        if (!linked)
            continue;
        Item after = it;
        after.progress = (it.progress + 1) % 100;
        QVERIFY2(m_doc->applyUpdateItem(after).ok(), "an item of the restored organisation");
        break;
    }
    // Redo removes it again.
    m_doc->undoStack()->redo();
    QVERIFY(!m_doc->organisation(id));
    QCOMPARE(fileQuery(linksSql), QString());
}

void TestOrganisationsDialog::removingOneUnusedAsksNothing()
{
    Organisation o;
    o.name = QStringLiteral("Unused Agency");
    o.shortName = QStringLiteral("UA");
    o.country = Country::Canada;
    QVERIFY(m_doc->addOrganisation(o).ok());
    clickRow(QStringLiteral("Unused Agency"));
    QTest::mouseClick(field<QPushButton>("remove"), Qt::LeftButton);
    QCOMPARE(m_questions, 0);
    QCOMPARE(fileQuery(QStringLiteral("SELECT count(*) FROM organisation WHERE name = 'Unused "
                                      "Agency'")),
             QStringLiteral("0"));
    m_doc->undoStack()->undo();
    QCOMPARE(fileQuery(QStringLiteral("SELECT short_name FROM organisation WHERE name = 'Unused "
                                      "Agency'")),
             QStringLiteral("UA"));
}

QTEST_MAIN(TestOrganisationsDialog)
#include "tst_organisationsdialog.moc"
