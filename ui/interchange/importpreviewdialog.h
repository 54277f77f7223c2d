#pragma once

#include "interchange/importplan.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QLabel;
class QTreeWidget;

namespace jcr {

/**
 * Shows what an import would do before anything is written: "12 changed, 3 new, 2 rejected",
 * then each change, each new item and each rejected row with its line number and reason.
 * Import is offered only when no row is rejected (an import is all or nothing).
 */
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *details() const { return m_details; }
    QPushButton *importButton() const;

private:
    QLabel *m_summary;
    QTreeWidget *m_details;
    QDialogButtonBox *m_buttons;
};

} // namespace jcr
