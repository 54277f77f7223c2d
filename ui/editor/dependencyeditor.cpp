#include "dependencyeditor.h"

#include "widgets/accessiblenames.h"

#include "document/roadmapdocument.h"
#include "edit/editservice.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace jcr {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

DependencyEditor::DependencyEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_candidates(new QStandardItemModel(this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setObjectName(QStringLiteral("predecessors"));
    m_list->setAccessibleName(tr("Depends on"));
    m_list->setMaximumHeight(90);
    m_list->setAccessibleName(tr("Predecessors"));
    m_list->setToolTip(tr("This item should not start before these end. Delete removes the "
                          "selected one."));
    m_list->installEventFilter(this);
    m_search->setObjectName(QStringLiteral("predecessorSearch"));
    m_search->setAccessibleName(tr("Add a predecessor"));
    m_search->setPlaceholderText(tr("Type to find an item this one waits for"));
    m_search->setClearButtonEnabled(true);
    accessiblenames::nameClearButton(m_search, tr("Clear the predecessor search"));
    m_completer->setModel(m_candidates);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_search->setCompleter(m_completer);
    m_remove->setObjectName(QStringLiteral("removePredecessor"));
    m_remove->setEnabled(false);

    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const qint64 id = index.data(IdRole).toLongLong();
                // The completer writes the title into the field after this: empty it then.
                QTimer::singleShot(0, m_search, &QLineEdit::clear);
                addPredecessor(id);
            });
    connect(m_search, &QLineEdit::returnPressed, this, &DependencyEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &DependencyEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_search, 1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    setFocusProxy(m_search);
}

void DependencyEditor::setItem(RoadmapDocument *document, qint64 id)
{
    m_document = document;
    m_id = id;
    refresh();
}

void DependencyEditor::refresh()
{
    const qint64 selected
            = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toLongLong() : 0;
    m_list->clear();
    m_candidates->clear();
    if (!m_document || !m_id)
        return;
    QSet<qint64> predecessors;
    for (const Dependency &d : m_document->dependencies()) {
        if (d.successorId != m_id)
            continue;
        const Item *p = m_document->item(d.predecessorId);
        if (!p)
            continue;
        predecessors.insert(p->id);
        auto *row = new QListWidgetItem(p->title, m_list);
        row->setData(IdRole, p->id);
        row->setToolTip(p->title);
        if (p->id == selected)
            m_list->setCurrentItem(row);
    }
    m_list->sortItems();
    m_list->setVisible(m_list->count() > 0);
    m_remove->setVisible(m_list->count() > 0);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
    // Every other item may be chosen; one that would close a loop is refused with a reason.
    for (const Item &it : m_document->items()) {
        if (it.id == m_id || predecessors.contains(it.id))
            continue;
        auto *row = new QStandardItem(it.title);
        row->setData(it.id, IdRole);
        row->setToolTip(it.title);
        row->setEditable(false);
        m_candidates->appendRow(row);
    }
    m_candidates->sort(0);
}

void DependencyEditor::addPredecessor(qint64 predecessorId)
{
    if (!m_document || !m_id || predecessorId <= 0)
        return;
    const auto added = EditService(m_document).addDependency(predecessorId, m_id);
    Q_EMIT problemFound(added ? QString() : added.errorMessage());
}

void DependencyEditor::addTyped()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_document)
        return;
    // The one candidate whose title holds the text, or whose title is exactly the text.
    QList<qint64> containing;
    QList<qint64> exact;
    for (int row = 0; row < m_candidates->rowCount(); ++row) {
        const QStandardItem *c = m_candidates->item(row);
        if (c->text().compare(text, Qt::CaseInsensitive) == 0)
            exact << c->data(IdRole).toLongLong();
        if (c->text().contains(text, Qt::CaseInsensitive))
            containing << c->data(IdRole).toLongLong();
    }
    const QList<qint64> &found = exact.size() == 1 ? exact : containing;
    if (found.size() == 1) {
        m_search->clear();
        addPredecessor(found.constFirst());
        return;
    }
    Q_EMIT problemFound(found.isEmpty() ? tr("No other item has “%1” in its title.").arg(text)
                                        : tr("%n items match “%1”: choose one from the list.",
                                             nullptr, int(found.size()))
                                                  .arg(text));
    if (!found.isEmpty())
        m_completer->complete();
}

void DependencyEditor::removeSelected()
{
    const QListWidgetItem *row = m_list->currentItem();
    if (!row || !m_document || !m_id)
        return;
    const auto removed
            = EditService(m_document).removeDependency(row->data(IdRole).toLongLong(), m_id);
    Q_EMIT problemFound(removed ? QString() : removed.errorMessage());
}

bool DependencyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jcr
