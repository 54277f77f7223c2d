#include "importpreviewdialog.h"

#include "commands/edititemcommand.h"
#include "interchange/importplanner.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jcr {

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan &plan, const QString &fileName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_details(new QTreeWidget(this))
    , m_reason(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QString summary = plan.summary();
    if (!plan.rejected.isEmpty())
        summary += QLatin1Char('\n')
                + tr("Nothing will be imported until every rejected row is corrected: an import "
                     "is all or nothing.");
    else if (!plan.hasChanges())
        summary += QLatin1Char('\n')
                + tr("The file matches the roadmap: there is nothing to import.");
    else
        summary += QLatin1Char('\n') + tr("The import is one step: Edit ▸ Undo takes it back.");
    m_summary->setText(summary);

    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("Where"), tr("What")});
    m_details->setRootIsDecorated(true);
    m_details->setUniformRowHeights(true);
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // A rejected row's reason is what the user must act on, and may be longer than the row:
    // the current row is also shown whole, wrapped, under the list (and in its tooltip).
    m_reason->setObjectName(QStringLiteral("importReason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The row the user picked, or else the first rejected row (the window manager may move
    // the current row to the top on activation).
    connect(m_details, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        QString full = current ? current->toolTip(1) : QString();
        if (full.isEmpty() && m_firstRejected)
            full = m_firstRejected->toolTip(1);
        m_reason->setText(full);
    });
    const auto addGroup = [&](const QString &title, int count) {
        auto *group = new QTreeWidgetItem(m_details, {title.arg(count)});
        group->setFirstColumnSpanned(true);
        return group;
    };
    // Rejected rows first: they are what the user must act on. Long lists are cut: the first
    // thousand say enough, and a tree of 100,000 rows would only slow the dialog down.
    constexpr int MaxShown = 1000;
    if (!plan.rejected.isEmpty()) {
        auto *group = addGroup(tr("Rejected (%1)"), plan.rejectedCount());
        for (int i = 0; i < plan.rejected.size() && i < MaxShown; ++i) {
            const ImportRejection &r = plan.rejected.at(i);
            auto *row = new QTreeWidgetItem(group, {plan.where(r.line), r.reason});
            const QString full = tr("%1: %2").arg(plan.where(r.line), r.reason);
            row->setToolTip(0, full);
            row->setToolTip(1, full);
        }
        group->setExpanded(true);
        m_firstRejected = group->child(0);
        m_details->setCurrentItem(m_firstRejected);
    }
    m_reason->setVisible(m_firstRejected != nullptr);
    if (!plan.before.isEmpty()) {
        auto *group = addGroup(tr("Changed (%1)"), plan.changedCount());
        for (int i = 0; i < plan.before.size() && i < MaxShown; ++i) {
            const Item &b = plan.before.at(i), &a = plan.after.at(i);
            const QString what = ImportPlanner::sameFields(b, a)
                    ? tr("Change dependencies of “%1”").arg(a.title)
                    : EditItemCommand::describe(b, a);
            new QTreeWidgetItem(group, {tr("id %1").arg(b.id), what});
        }
        group->setExpanded(plan.rejected.isEmpty());
    }
    if (!plan.added.isEmpty()) {
        auto *group = addGroup(tr("New (%1)"), plan.addedCount());
        for (int i = 0; i < plan.added.size() && i < MaxShown; ++i)
            new QTreeWidgetItem(group, {tr("new"), plan.added.at(i).title});
        group->setExpanded(plan.rejected.isEmpty());
    }

    auto *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setEnabled(plan.canApply());
    if (plan.canApply())
        import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(720, 460);
}

QPushButton *ImportPreviewDialog::importButton() const
{
    return findChild<QPushButton *>(QStringLiteral("importButton"));
}

} // namespace jcr
