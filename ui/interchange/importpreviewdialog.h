#pragma once

#include "interchange/importplan.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace jcr {

/**
 * Shows what an import would do before anything is written: "12 changed, 3 new, 2 rejected",
 * then each change, each new item and each rejected row with its line number and reason (the
 * current rejected row's reason also in full under the list, and in each row's tooltip).
 * Import is offered only when no row is rejected (an import is all or nothing).
 */
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *details() const { return m_details; }
    /// A rejected row's line and reason in full, wrapped: the current row's, or else the first
    /// rejected row's (hidden when no row is rejected).
    QLabel *reasonLabel() const { return m_reason; }
    QPushButton *importButton() const;

private:
    QLabel *m_summary;
    QTreeWidget *m_details;
    QLabel *m_reason;
    QTreeWidgetItem *m_firstRejected = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace jcr
