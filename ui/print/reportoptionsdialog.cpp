#include "reportoptionsdialog.h"
#include "i18n/language.h"

#include "document/roadmapdocument.h"
#include "domain/classificationmarking.h"
#include "domain/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace jcr {

ReportOptionsDialog::ReportOptionsDialog(RoadmapDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Report Options"));

    m_type = new QComboBox(this);
    for (ReportType t : {ReportType::Status, ReportType::Briefing, ReportType::Board})
        m_type->addItem(ReportOptions::displayName(t), int(t));

    QGroupBox *areas = new QGroupBox(tr("Priority areas"), this);
    QGridLayout *areaGrid = new QGridLayout(areas);
    if (m_document) {
        for (const PriorityArea &a : m_document->areas()) {
            QCheckBox *box = new QCheckBox(
                    tr("%1. %2").arg(a.number).arg(a.nameIn(Language::current())), areas);
            box->setProperty("areaNumber", a.number);
            box->setChecked(true);
            areaGrid->addWidget(box, int(m_areas.size()) % 3, int(m_areas.size()) / 3);
            m_areas << box;
        }
    }

    m_asOf = new QDateEdit(this);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_asOfToday = new QCheckBox(tr("Today"), this);
    m_asOfToday->setToolTip(tr("Always report as of the day the report is made."));
    QHBoxLayout *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOf, 1);
    asOfRow->addWidget(m_asOfToday);
    connect(m_asOfToday, &QCheckBox::toggled, m_asOf, &QWidget::setDisabled);
    connect(m_asOf, &QDateEdit::dateChanged, this, &ReportOptionsDialog::updateSinceRange);

    m_since = new QDateEdit(this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_since->setToolTip(tr("Start of \"completed since\" and \"changes since\"."));

    m_descriptions = new QCheckBox(tr("Include item descriptions"), this);
    m_traceability = new QCheckBox(tr("Add the &traceability annex (sources → items)"), this);
    m_traceability->setToolTip(tr("Status report: each commitment sentence of the source "
                                  "documents with the items that track it and their status; "
                                  "untracked sentences are listed."));

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("US Letter"), int(PaperSize::Letter));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Automatic (status portrait, others landscape)"),
                           int(PageOrientation::Automatic));
    m_orientation->addItem(tr("Portrait"), int(PageOrientation::Portrait));
    m_orientation->addItem(tr("Landscape"), int(PageOrientation::Landscape));

    // The standard markings to pick from; any other text may be typed.
    auto *marking = new QComboBox(this);
    marking->setEditable(true);
    marking->setInsertPolicy(QComboBox::NoInsert);
    // What is typed is the marking: no completion into a longer standard one.
    marking->setCompleter(nullptr);
    marking->addItems(ClassificationMarking::standardMarkings());
    m_classification = marking->lineEdit();
    m_classification->setObjectName(QStringLiteral("classification"));
    // The form's label names the combo box; the line edit inside it is focused on its own.
    m_classification->setAccessibleName(tr("Classification marking"));
    m_classification->clear();
    m_classification->setMaxLength(80);
    m_classification->setPlaceholderText(m_document ? m_document->settings().classification
                                                    : QStringLiteral("UNCLASSIFIED"));
    m_classification->setToolTip(
            tr("Printed at the top and bottom of every page. Empty: the document's marking."));

    // The report's own language: a French briefing from an English interface.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(tr("As the interface (%1)").arg(Language::nativeName(Language::current())),
                        int(QLocale::AnyLanguage));
    for (QLocale::Language l : Language::supported())
        m_language->addItem(Language::nativeName(l), int(l));
    m_language->setToolTip(tr("Headings, dates, page numbers and item titles of the report are "
                              "in this language."));
    m_baseline = new QComboBox(this);
    m_baseline->setObjectName(QStringLiteral("baseline"));
    m_baseline->addItem(tr("None"), QString());
    if (m_document) {
        for (const Baseline &b : m_document->baselines())
            m_baseline->addItem(b.name, b.name);
    }
    m_baseline->setToolTip(tr("Status report: a \"Slippage against\" section and the count in "
                              "the summary; briefing: the slip of each key milestone."));

    QFormLayout *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_type);
    QLabel *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    form->addRow(asOfLabel, asOfRow);
    form->addRow(tr("Changes &since:"), m_since);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Classification:"), marking);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Slippage against &baseline:"), m_baseline);
    form->addRow(QString(), m_descriptions);
    form->addRow(QString(), m_traceability);

    QDialogButtonBox *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    // A report of no area is no report: OK waits for at least one.
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    for (QCheckBox *box : std::as_const(m_areas)) {
        connect(box, &QCheckBox::toggled, ok, [this, ok] {
            ok->setEnabled(std::any_of(m_areas.cbegin(), m_areas.cend(),
                                       [](const QCheckBox *b) { return b->isChecked(); }));
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QVBoxLayout *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(areas);
    layout->addWidget(buttons);

    setOptions(rememberedOptions(m_document));
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions o;
    o.type = ReportType(m_type->currentData().toInt());
    o.asOf = m_asOfToday->isChecked() ? QDate() : m_asOf->date();
    // A "since" left at its default moves with the as-of date; store it only when chosen.
    const QDate defaultSince = o.effectiveAsOf().addDays(-30);
    o.since = m_since->date() == defaultSince ? QDate() : m_since->date();
    bool all = true;
    for (QCheckBox *box : m_areas) {
        if (box->isChecked())
            o.areaNumbers << box->property("areaNumber").toInt();
        else
            all = false;
    }
    if (all)
        o.areaNumbers.clear();
    o.includeDescriptions = m_descriptions->isChecked();
    o.includeTraceability = m_traceability->isChecked();
    o.paper = PaperSize(m_paper->currentData().toInt());
    o.orientation = PageOrientation(m_orientation->currentData().toInt());
    o.classification = m_classification->text().trimmed();
    o.language = QLocale::Language(m_language->currentData().toInt());
    o.baseline = m_baseline->currentData().toString();
    return o;
}

void ReportOptionsDialog::setOptions(const ReportOptions &o)
{
    m_type->setCurrentIndex(m_type->findData(int(o.type)));
    m_asOfToday->setChecked(!o.asOf.isValid());
    m_asOf->setEnabled(o.asOf.isValid());
    m_asOf->setDate(o.effectiveAsOf());
    m_since->setDate(o.effectiveSince());
    for (QCheckBox *box : m_areas)
        box->setChecked(o.areaNumbers.isEmpty()
                        || o.areaNumbers.contains(box->property("areaNumber").toInt()));
    m_descriptions->setChecked(o.includeDescriptions);
    m_traceability->setChecked(o.includeTraceability);
    m_paper->setCurrentIndex(m_paper->findData(int(o.paper)));
    m_orientation->setCurrentIndex(m_orientation->findData(int(o.orientation)));
    m_classification->setText(o.classification);
    m_language->setCurrentIndex(std::max(0, m_language->findData(int(o.language))));
    // A remembered baseline deleted since: none.
    const int baseline
            = o.baseline.isEmpty() ? 0 : m_baseline->findText(o.baseline, Qt::MatchFixedString);
    m_baseline->setCurrentIndex(std::max(0, baseline));
    updateSinceRange();
}

void ReportOptionsDialog::updateSinceRange()
{
    m_since->setMaximumDate(m_asOfToday->isChecked() ? today() : m_asOf->date());
}

ReportOptions ReportOptionsDialog::rememberedOptions(RoadmapDocument *document)
{
    if (!document)
        return {};
    QMap<QString, QString> settings;
    for (const QString &key : ReportOptions::settingKeys()) {
        auto value = document->setting(key);
        if (value.ok() && !value.value().isEmpty())
            settings.insert(key, value.value());
    }
    if (settings.isEmpty())
        return {};
    return ReportOptions::fromSettings(settings);
}

Result<void> ReportOptionsDialog::remember(RoadmapDocument *document, const ReportOptions &options)
{
    if (!document || document->isReadOnly())
        return {};
    const QMap<QString, QString> settings = options.toSettings();
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (auto r = document->setSetting(it.key(), it.value()); !r)
            return r;
    }
    return {};
}

void ReportOptionsDialog::accept()
{
    // Remembering is a convenience: a failure is reported but does not stop the report.
    if (auto r = remember(m_document, options()); !r)
        QMessageBox::warning(this, tr("Report Options"),
                             tr("The choices could not be remembered in the roadmap file: %1")
                                     .arg(r.errorMessage()));
    QDialog::accept();
}

} // namespace jcr
