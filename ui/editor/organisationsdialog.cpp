#include "organisationsdialog.h"

#include "document/roadmapdocument.h"
#include "edit/editservice.h"
#include "widgets/problemtextstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jcr {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

OrganisationsDialog::OrganisationsDialog(RoadmapDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Organisations"));
    setObjectName(QStringLiteral("organisationsDialog"));
    m_confirmer = [this](const QString &question, const QString &details) {
        QMessageBox box(QMessageBox::Question, tr("Remove Organisation"), question,
                        QMessageBox::Cancel, this);
        box.setInformativeText(details);
        QPushButton *removeButton = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == removeButton;
    };

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("organisations"));
    m_list->setAccessibleName(tr("Organisations"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Name"), tr("Short name"), tr("Country"), tr("Items")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : {1, 2, 3})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &OrganisationsDialog::showSelected);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Ministry of Foreign Affairs of Japan"));
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 40);
    m_name->setMaxLength(MaxNameLength);
    m_shortName = new QLineEdit(this);
    m_shortName->setObjectName(QStringLiteral("shortName"));
    m_shortName->setPlaceholderText(tr("e.g. MOFA"));
    m_shortName->setMaxLength(MaxShortNameLength);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    for (Country c : {Country::Japan, Country::Canada, Country::Other})
        m_country->addItem(enums::displayName(c), int(c));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&hort name:"), m_shortName);
    form->addRow(tr("&Country:"), m_country);

    m_add = new QPushButton(tr("&Add as New"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setToolTip(tr("Add an organisation with the name, short name and country above."));
    m_save = new QPushButton(tr("&Save Changes"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Give the selected organisation the name, short name and country "
                          "above."));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setToolTip(tr("Remove the selected organisation (its items stay)."));
    connect(m_add, &QPushButton::clicked, this, &OrganisationsDialog::add);
    connect(m_save, &QPushButton::clicked, this, &OrganisationsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &OrganisationsDialog::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    ProblemTextStyle::apply(m_problem);
    m_problem->hide();

    auto *hint = new QLabel(tr("Changes are saved at once; Edit ▸ Undo takes them back."), this);
    hint->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(hint);
    layout->addWidget(close);

    if (m_document) {
        connect(m_document, &RoadmapDocument::organisationsChanged, this,
                &OrganisationsDialog::refresh);
        // The counts of items.
        connect(m_document, &RoadmapDocument::itemsChanged, this, &OrganisationsDialog::refresh);
        connect(m_document, &RoadmapDocument::itemsInserted, this, &OrganisationsDialog::refresh);
        connect(m_document, &RoadmapDocument::itemsRemoved, this, &OrganisationsDialog::refresh);
        connect(m_document, &RoadmapDocument::itemsRemovedScattered, this,
                &OrganisationsDialog::refresh);
        connect(m_document, &RoadmapDocument::resetDone, this, &OrganisationsDialog::refresh);
    }
    refresh();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 90, 0)));
}

void OrganisationsDialog::setConfirmer(Confirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

QString OrganisationsDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void OrganisationsDialog::refresh()
{
    const qint64 selected = selectedId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const bool writable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(writable);
    m_save->setEnabled(writable);
    m_remove->setEnabled(writable);
    if (!m_document)
        return;
    for (const Organisation &o : m_document->organisations()) {
        auto *row
                = new QTreeWidgetItem(m_list,
                                      {o.name, o.shortName, enums::displayName(o.country),
                                       QLocale().toString(m_document->organisationUseCount(o.id))});
        row->setData(0, IdRole, o.id);
        row->setToolTip(0, o.name);
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    select(selected);
}

void OrganisationsDialog::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            m_list->scrollToItem(m_list->topLevelItem(i));
            return;
        }
    }
}

qint64 OrganisationsDialog::selectedId() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    return row ? row->data(0, IdRole).toLongLong() : 0;
}

void OrganisationsDialog::showSelected()
{
    const Organisation *o = m_document ? m_document->organisation(selectedId()) : nullptr;
    const bool writable = m_document && !m_document->isReadOnly();
    m_save->setEnabled(writable && o);
    m_remove->setEnabled(writable && o);
    if (!o)
        return;
    m_name->setText(o->name);
    m_name->setCursorPosition(0);
    m_shortName->setText(o->shortName);
    m_country->setCurrentIndex(m_country->findData(int(o->country)));
    showProblem({});
}

Organisation OrganisationsDialog::fromFields() const
{
    Organisation o;
    o.name = m_name->text().trimmed();
    o.shortName = m_shortName->text().trimmed();
    o.country = Country(m_country->currentData().toInt());
    return o;
}

void OrganisationsDialog::add()
{
    if (!m_document)
        return;
    const auto added = EditService(m_document).addOrganisation(fromFields());
    if (!added) {
        showProblem(added.errorMessage());
        return;
    }
    showProblem({});
    select(added.value());
}

void OrganisationsDialog::save()
{
    if (!m_document || !selectedId())
        return;
    Organisation o = fromFields();
    o.id = selectedId();
    const auto saved = EditService(m_document).editOrganisation(o);
    showProblem(saved ? QString() : saved.errorMessage());
    if (saved)
        select(o.id);
}

void OrganisationsDialog::remove()
{
    const qint64 id = selectedId();
    const Organisation *o = m_document ? m_document->organisation(id) : nullptr;
    if (!o)
        return;
    const int used = m_document->organisationUseCount(id);
    if (used > 0
        && !(m_confirmer
             && m_confirmer(
                     tr("Remove “%1”? %n item(s) take part with it.", nullptr, used).arg(o->name),
                     tr("The items stay; only their link to this organisation goes. "
                        "Edit ▸ Undo brings both back."))))
        return;
    const auto removed = EditService(m_document).removeOrganisation(id);
    showProblem(removed ? QString() : removed.errorMessage());
}

void OrganisationsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace jcr
