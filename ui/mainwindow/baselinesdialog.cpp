#include "baselinesdialog.h"

#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "widgets/problemtextstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jcr {

namespace {
constexpr int IdRoleOfRow = Qt::UserRole + 1;
}

BaselinesDialog::BaselinesDialog(RoadmapDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Baselines"));
    auto *intro = new QLabel(tr("A baseline records every item's dates, status, health and "
                                "progress as they are now, so that you can later see what "
                                "slipped (View ▸ Compare With)."),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Name"), tr("Taken on"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Baselines"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, 220);

    m_name = new QLineEdit(this);
    m_name->setMaxLength(200);
    m_name->setAccessibleName(tr("Baseline name"));
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Baseline note"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("N&ote:"), m_note);

    m_create = new QPushButton(tr("&Create Baseline"), this);
    m_rename = new QPushButton(tr("&Rename"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_create->setAutoDefault(false);
    m_rename->setAutoDefault(false);
    m_delete->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    ProblemTextStyle::apply(m_problem);
    m_problem->hide();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(close);
    resize(640, 420);

    connect(m_create, &QPushButton::clicked, this, &BaselinesDialog::create);
    connect(m_rename, &QPushButton::clicked, this, &BaselinesDialog::rename);
    connect(m_delete, &QPushButton::clicked, this, &BaselinesDialog::remove);
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (selectedId() && m_rename->isEnabled())
            rename();
        else
            create();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BaselinesDialog::showSelected);
    if (m_document)
        connect(m_document, &RoadmapDocument::baselinesChanged, this, &BaselinesDialog::refresh);
    refresh();
    showSelected();
}

QString BaselinesDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void BaselinesDialog::refresh()
{
    const qint64 keep = selectedId();
    m_list->clear();
    if (!m_document)
        return;
    for (const Baseline &b : m_document->baselines()) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(0, b.name);
        row->setText(1, QLocale().toString(b.takenOn, QLocale::ShortFormat));
        row->setText(2, b.note);
        row->setToolTip(2, b.note);
        row->setData(0, IdRoleOfRow, b.id);
    }
    select(keep);
    const bool writable = !m_document->isReadOnly();
    m_create->setEnabled(writable);
    showSelected();
}

void BaselinesDialog::showSelected()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool chosen = selectedId() != 0;
    m_rename->setEnabled(writable && chosen);
    m_delete->setEnabled(writable && chosen);
    if (const Baseline *b = m_document ? m_document->baseline(selectedId()) : nullptr)
        m_name->setText(b->name);
}

qint64 BaselinesDialog::selectedId() const
{
    const QList<QTreeWidgetItem *> rows = m_list->selectedItems();
    return rows.isEmpty() ? 0 : rows.constFirst()->data(0, IdRoleOfRow).toLongLong();
}

void BaselinesDialog::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_list->topLevelItem(i);
        if (row->data(0, IdRoleOfRow).toLongLong() == id) {
            m_list->setCurrentItem(row);
            return;
        }
    }
}

void BaselinesDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void BaselinesDialog::create()
{
    if (!m_document)
        return;
    auto id = EditService(m_document).createBaseline(m_name->text(), m_note->text());
    if (!id) {
        showProblem(id.errorMessage());
        return;
    }
    showProblem({});
    m_note->clear();
    select(id.value());
}

void BaselinesDialog::rename()
{
    const qint64 id = selectedId();
    if (!m_document || !id)
        return;
    if (auto r = EditService(m_document).renameBaseline(id, m_name->text()); !r) {
        showProblem(r.errorMessage());
        return;
    }
    showProblem({});
    select(id);
}

void BaselinesDialog::remove()
{
    const qint64 id = selectedId();
    if (!m_document || !id)
        return;
    // No question asked: Edit ▸ Undo brings the baseline back whole.
    if (auto r = EditService(m_document).deleteBaseline(id); !r) {
        showProblem(r.errorMessage());
        return;
    }
    showProblem({});
    m_name->clear();
}

} // namespace jcr
