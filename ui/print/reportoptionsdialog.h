#pragma once

#include "domain/result.h"
#include "report/reportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace jcr {

class RoadmapDocument;

/**
 * Asks what to print: report type, priority areas, as-of and since dates, descriptions,
 * paper, orientation, the classification marking and the baseline to report slippage against.
 * Starts from the choices remembered in the document (ReportOptions::fromSettings) and remembers
 * the new ones on accept.
 */
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportOptionsDialog(RoadmapDocument *document, QWidget *parent = nullptr);

    ReportOptions options() const;
    void setOptions(const ReportOptions &options);

    /// The options remembered in \a document, or the defaults.
    static ReportOptions rememberedOptions(RoadmapDocument *document);
    /// Remembers \a options in \a document's setting table (not in a read-only document).
    static Result<void> remember(RoadmapDocument *document, const ReportOptions &options);

    void accept() override;

private:
    void updateSinceRange();

    RoadmapDocument *m_document;
    QComboBox *m_type = nullptr;
    QList<QCheckBox *> m_areas;
    QDateEdit *m_asOf = nullptr;
    QCheckBox *m_asOfToday = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_descriptions = nullptr;
    QCheckBox *m_traceability = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QLineEdit *m_classification = nullptr;
    QComboBox *m_baseline = nullptr; ///< "none" (empty data), then the document's baselines
};

} // namespace jcr
