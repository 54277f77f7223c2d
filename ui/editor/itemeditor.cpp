#include "itemeditor.h"
#include "i18n/datetext.h"
#include "itemtranslationseditor.h"

#include "dependencyeditor.h"
#include "document/roadmapdocument.h"
#include "document/useridentity.h"
#include "domain/clock.h"
#include "edit/editservice.h"
#include "fuzzydateedit.h"
#include "i18n/language.h"
#include "itemhistoryview.h"
#include "sources/citationtext.h"
#include "wheelguard.h"
#include "widgets/problemtextstyle.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jcr {

namespace {

template<typename E> void fillCombo(QComboBox *combo, const QList<E> &values)
{
    for (E v : values)
        combo->addItem(enums::displayName(v), int(v));
}

} // namespace

ItemEditor::ItemEditor(QWidget *parent)
    : QWidget(parent)
{
    m_conflictResolver = [this](const QString &details) {
        QMessageBox box(QMessageBox::Question, tr("Changed by someone else"),
                        tr("Someone else changed this item while you were editing it."),
                        QMessageBox::NoButton, this);
        box.setInformativeText(details);
        QPushButton *theirs = box.addButton(tr("&Keep Theirs"), QMessageBox::RejectRole);
        QPushButton *mine = box.addButton(tr("&Apply Mine"), QMessageBox::AcceptRole);
        box.setDefaultButton(theirs);
        box.exec();
        return box.clickedButton() == mine;
    };
    m_nameAsker = [this](const QString &suggestion) {
        bool ok = false;
        const QString name = QInputDialog::getText(
                this, tr("Your Name"),
                tr("Your name signs the status updates you add (you can change it later in "
                   "Edit ▸ Preferences):"),
                QLineEdit::Normal, suggestion, &ok);
        return ok ? name : QString();
    };
    build();
    setDocument(nullptr);
}

ItemEditor::~ItemEditor()
{
    // QWidget's destructor hides the children after this object's members are gone; a focused
    // field then reports editingFinished. Nothing of theirs may reach this half-destroyed editor.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    m_document = nullptr;
}

void ItemEditor::build()
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setWordWrap(true);
    QFont hf = m_header->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.15);
    m_header->setFont(hf);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    ProblemTextStyle::apply(m_problem);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->hide();

    m_form = new QWidget;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow dock or a large font puts the label above its field instead of cutting either.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(MaxTitleLength);
    m_title->setPlaceholderText(tr("Required"));
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_refreshing)
            return;
        // Typing is over: from now on the field shows what was saved (or refused).
        m_title->setModified(false);
        commit([this](Item &it) { it.title = m_title->text().trimmed(); });
    });
    form->addRow(tr("&Title:"), m_title);

    m_area = new QComboBox;
    connect(m_area, &QComboBox::activated, this, [this] {
        commit([this](Item &it) { it.areaId = m_area->currentData().toLongLong(); });
    });
    form->addRow(tr("Priority &area:"), m_area);

    m_kind = new QComboBox;
    fillCombo(m_kind, enums::allKinds());
    connect(m_kind, &QComboBox::activated, this, [this] {
        commit([this](Item &it) { it.kind = ItemKind(m_kind->currentData().toInt()); });
    });
    form->addRow(tr("&Kind:"), m_kind);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    fillCombo(m_status, enums::allStatuses());
    connect(m_status, &QComboBox::activated, this, [this] {
        commit([this](Item &it) { it.setStatus(Status(m_status->currentData().toInt())); });
    });
    form->addRow(tr("&Status:"), m_status);

    m_health = new QComboBox;
    m_health->setObjectName(QStringLiteral("health"));
    fillCombo(m_health, enums::allHealths());
    connect(m_health, &QComboBox::activated, this, [this] {
        commit([this](Item &it) { it.health = Health(m_health->currentData().toInt()); });
    });
    form->addRow(tr("Hea&lth:"), m_health);

    m_lead = new QComboBox;
    fillCombo(m_lead, enums::allLeadSides());
    connect(m_lead, &QComboBox::activated, this, [this] {
        commit([this](Item &it) { it.lead = LeadSide(m_lead->currentData().toInt()); });
    });
    form->addRow(tr("Lead s&ide:"), m_lead);

    m_start = new FuzzyDateEdit;
    m_start->setObjectName(QStringLiteral("start"));
    connect(m_start, &FuzzyDateEdit::valueEdited, this,
            [this](const FuzzyDate &d) { commit([d](Item &it) { it.start = d; }); });
    connect(m_start, &FuzzyDateEdit::problemFound, this, &ItemEditor::showProblem);
    form->addRow(tr("Sta&rt:"), m_start);
    m_start->setFieldName(tr("Start"));

    m_end = new FuzzyDateEdit;
    m_end->setObjectName(QStringLiteral("end"));
    connect(m_end, &FuzzyDateEdit::valueEdited, this,
            [this](const FuzzyDate &d) { commit([d](Item &it) { it.end = d; }); });
    connect(m_end, &FuzzyDateEdit::problemFound, this, &ItemEditor::showProblem);
    form->addRow(tr("E&nd / due:"), m_end);
    m_end->setFieldName(tr("End / due"));

    // Predecessors: this item should not start before they end.
    m_dependencies = new DependencyEditor;
    connect(m_dependencies, &DependencyEditor::problemFound, this, &ItemEditor::showProblem);
    auto *dependenciesLabel = new QLabel(tr("Prede&cessors:"));
    dependenciesLabel->setBuddy(m_dependencies->searchField());
    dependenciesLabel->setToolTip(tr("The items this one waits for: it should not start before "
                                     "they end."));
    form->addRow(dependenciesLabel, m_dependencies);

    m_progress = new QSpinBox;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_progress->setSuffix(DateText::percentSuffix());
    connect(m_progress, &QSpinBox::editingFinished, this, [this] {
        if (m_refreshing)
            return;
        m_progress->findChild<QLineEdit *>()->setModified(false);
        commit([this](Item &it) { it.progress = m_progress->value(); });
    });
    form->addRow(tr("&Progress:"), m_progress);

    m_tags = new QLineEdit;
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. cyber, G7"));
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (m_refreshing)
            return;
        m_tags->setModified(false);
        QStringList tags;
        for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = t.trimmed().left(100);
            if (!trimmed.isEmpty() && !tags.contains(trimmed))
                tags << trimmed;
        }
        tags.sort(Qt::CaseInsensitive);
        commit([tags](Item &it) { it.tags = tags; });
    });
    form->addRow(tr("Ta&gs:"), m_tags);

    m_description = new QPlainTextEdit;
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    m_description->installEventFilter(this);
    form->addRow(tr("&Description:"), m_description);

    // The title and description in French and Japanese, beside the primary ones.
    m_translations = new ItemTranslationsEditor;
    m_translations->setObjectName(QStringLiteral("translations"));
    connect(m_translations, &ItemTranslationsEditor::titleEdited, this,
            [this](QLocale::Language l, const QString &text) {
                commit([l, text](Item &it) { it.titles.set(l, text); });
            });
    connect(m_translations, &ItemTranslationsEditor::descriptionEdited, this,
            [this](QLocale::Language l, const QString &text) {
                commit([l, text](Item &it) { it.descriptions.set(l, text); });
            });
    form->addRow(m_translations);

    // Organisations: list plus add (menu of organisations, lead or supporting) and remove.
    auto *orgBox = new QWidget;
    auto *orgLayout = new QVBoxLayout(orgBox);
    orgLayout->setContentsMargins(0, 0, 0, 0);
    m_organisations = new QListWidget;
    m_organisations->setMaximumHeight(90);
    m_organisations->setAccessibleName(tr("Organisations of the item"));
    m_addOrganisation = new QToolButton;
    m_addOrganisation->setText(tr("Add…"));
    m_addOrganisation->setPopupMode(QToolButton::InstantPopup);
    m_removeOrganisation = new QPushButton(tr("Remove"));
    connect(m_removeOrganisation, &QPushButton::clicked, this,
            &ItemEditor::removeSelectedOrganisation);
    auto *orgButtons = new QHBoxLayout;
    orgButtons->addWidget(m_addOrganisation);
    orgButtons->addWidget(m_removeOrganisation);
    orgButtons->addStretch();
    orgLayout->addWidget(m_organisations);
    orgLayout->addLayout(orgButtons);
    form->addRow(tr("&Organisations:"), orgBox);

    m_source = new QPlainTextEdit;
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setReadOnly(true);
    m_source->setMaximumHeight(90);
    m_source->setToolTip(tr("The passages of the source documents this item comes from, as "
                            "published (Sources view: select a passage to cite it)."));
    form->addRow(tr("Source:"), m_source);
    m_form->setLayout(form);

    // History: the status notes merged with the file's record of change, and a small form
    // to add a note.
    auto *historyBox = new QGroupBox(tr("History"));
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new ItemHistoryView;
    connect(m_history, &ItemHistoryView::problemFound, this, &ItemEditor::showProblem);
    historyLayout->addWidget(m_history);

    auto *add = new QFormLayout;
    add->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_updateDate = new QDateEdit;
    m_updateDate->setCalendarPopup(true);
    m_updateDate->setDisplayFormat(DateText::dayFormat());
    // Updates are signed by the person using the planner, never by the document's author.
    m_updateAuthor = new QLabel;
    m_updateAuthor->setObjectName(QStringLiteral("updateAuthor"));
    m_updateAuthor->setWordWrap(true);
    m_updateAuthor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_updateAuthor->setToolTip(tr("Your name, as it signs your updates. Change it in "
                                  "Edit ▸ Preferences."));
    m_updateText = new QPlainTextEdit;
    m_updateText->setObjectName(QStringLiteral("updateText"));
    m_updateText->setTabChangesFocus(true);
    m_updateText->setMaximumHeight(60);
    m_updateText->setPlaceholderText(tr("What happened, what is next"));
    m_updateStatus = new QComboBox;
    m_updateStatus->setObjectName(QStringLiteral("updateStatus"));
    m_updateStatus->addItem(tr("(unchanged)"), -1);
    fillCombo(m_updateStatus, enums::allStatuses());
    m_updateHealth = new QComboBox;
    m_updateHealth->addItem(tr("(unchanged)"), -1);
    fillCombo(m_updateHealth, enums::allHealths());
    auto *changes = new QHBoxLayout;
    changes->addWidget(m_updateStatus);
    changes->addWidget(m_updateHealth);
    m_addUpdate = new QPushButton(tr("Add &Update"));
    m_addUpdate->setObjectName(QStringLiteral("addUpdate"));
    connect(m_addUpdate, &QPushButton::clicked, this, &ItemEditor::addUpdate);
    add->addRow(tr("Date:"), m_updateDate);
    add->addRow(tr("Signed by:"), m_updateAuthor);
    add->addRow(tr("Update:"), m_updateText);
    add->addRow(tr("New status / health:"), changes);
    add->addRow(QString(), m_addUpdate);
    historyLayout->addLayout(add);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_problem);
    m_itemPane = new QWidget;
    auto *paneLayout = new QVBoxLayout(m_itemPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_form);
    paneLayout->addWidget(historyBox);
    contentLayout->addWidget(m_itemPane);
    contentLayout->addStretch();

    // Long area names must not widen the dock past the window: combos shrink, text wraps.
    for (QComboBox *combo : content->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    // Scrolling the dock with the wheel must not change the field that passes under the pointer.
    (new WheelGuard(this))->guardChildrenOf(content);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("editorScroll"));
    m_scroll->setAccessibleName(tr("Item fields"));
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The form is never wider than the dock: scrolled sideways, it cut the first letters of
    // every label. Labels go above their fields when narrow, long text wraps or is elided.
    m_scroll->horizontalScrollBar()->setEnabled(false);
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value != 0)
            m_scroll->horizontalScrollBar()->setValue(0);
    });
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    // The field that gets keyboard focus is scrolled into view (Ctrl+N, Ctrl+E, Enter, Tab).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !m_scroll->widget()->isAncestorOf(now))
            return;
        showField(now);
        // A dock just shown has no final geometry yet: look again once it is laid out.
        QTimer::singleShot(0, this, [this, field = QPointer<QWidget>(now)] {
            if (field && field->hasFocus())
                showField(field);
        });
    });
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    leave->setContext(Qt::WidgetWithChildrenShortcut);
    connect(leave, &QShortcut::activated, this, &ItemEditor::leaveRequested);
}

QSize ItemEditor::minimumSizeHint() const
{
    // The scroll area alone would let the dock become narrower than the form, which never
    // scrolls sideways: the form would be cut.
    const QSize scrolled = QWidget::minimumSizeHint();
    const int width = m_scroll->widget()->minimumSizeHint().width()
            + m_scroll->verticalScrollBar()->sizeHint().width() + 2 * m_scroll->frameWidth();
    return {std::max(scrolled.width(), width), scrolled.height()};
}

void ItemEditor::showField(QWidget *field)
{
    // The whole field, not only its cursor as QScrollArea::ensureWidgetVisible() does for text.
    const QRect r(field->mapTo(m_scroll->widget(), QPoint(0, 0)), field->size());
    m_scroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 8, r.height() / 2 + 8);
}

QString ItemEditor::headerText() const
{
    return m_header->text();
}

void ItemEditor::setDocument(RoadmapDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_id = 0;
    m_history->setDocument(document);
    if (m_document) {
        connect(m_document, &RoadmapDocument::itemsChanged, this, [this](const QList<qint64> &ids) {
            if (ids.contains(m_id))
                refresh();
        });
        const auto itemsGone = [this] {
            if (m_id && !m_document->item(m_id))
                setItemId(0);
        };
        connect(m_document, &RoadmapDocument::itemsRemoved, this, itemsGone);
        connect(m_document, &RoadmapDocument::itemsRemovedScattered, this, itemsGone);
        connect(m_document, &RoadmapDocument::resetDone, this, [this] {
            if (m_id && !m_document->item(m_id))
                m_id = 0;
            refresh();
        });
        // The area and organisation choices.
        connect(m_document, &RoadmapDocument::areasChanged, this, &ItemEditor::refresh);
        connect(m_document, &RoadmapDocument::organisationsChanged, this, &ItemEditor::refresh);
        // Predecessors and the items to choose from: links, titles, items added or gone.
        for (auto signal : {&RoadmapDocument::dependenciesChanged, &RoadmapDocument::resetDone})
            connect(m_document, signal, this, [this] { m_dependencies->refresh(); });
        connect(m_document, &RoadmapDocument::itemsInserted, this,
                [this] { m_dependencies->refresh(); });
        connect(m_document, &RoadmapDocument::itemsRemoved, this,
                [this] { m_dependencies->refresh(); });
        connect(m_document, &RoadmapDocument::itemsRemovedScattered, this,
                [this] { m_dependencies->refresh(); });
        connect(m_document, &RoadmapDocument::itemsChanged, this,
                [this] { m_dependencies->refresh(); });
        connect(m_document, &RoadmapDocument::readOnlyChanged, this, &ItemEditor::refresh);
    }
    refresh();
}

void ItemEditor::setItemId(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_problem->hide();
    m_updateText->clear();
    m_updateStatus->setCurrentIndex(0);
    m_updateHealth->setCurrentIndex(0);
    m_updateDate->setDate(today());
    refresh();
}

QString ItemEditor::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ItemEditor::focusTitle()
{
    m_title->setFocus();
    // All selected for typing over, but shown from its start: selected backwards, the cursor
    // stays at the first character (selectAll() would scroll a long title to its end).
    m_title->setSelection(int(m_title->text().size()), -int(m_title->text().size()));
}

void ItemEditor::setEditable(bool editable)
{
    m_form->setEnabled(editable);
    m_addUpdate->setEnabled(editable);
    m_updateText->setEnabled(editable);
    m_updateDate->setEnabled(editable);
    m_updateAuthor->setEnabled(editable);
    m_updateStatus->setEnabled(editable);
    m_updateHealth->setEnabled(editable);
}

void ItemEditor::refreshAll()
{
    m_refreshAll = true;
    refresh();
    m_refreshAll = false;
}

void ItemEditor::refresh()
{
    const Item *it = m_document && m_id ? m_document->item(m_id) : nullptr;
    m_refreshing = true;
    if (!it) {
        m_shown = Item();
        // Never the previous item's values: say why there is nothing to edit, and what to do.
        if (!m_document)
            m_header->setText(tr("No roadmap is open. Use File ▸ Open or File ▸ New Roadmap."));
        else if (m_document->itemCount() == 0)
            m_header->setText(tr("This roadmap has no items yet. Press Ctrl+N to add the first "
                                 "one, or use File ▸ New Roadmap for the roadmap seeded from "
                                 "the Joint Statement."));
        else
            m_header->setText(tr("No item selected. Select an item in the list, on the board "
                                 "or on the timeline to edit it."));
        m_itemPane->hide();
        setEditable(false);
        m_title->clear();
        m_description->clear();
        m_translations->clear();
        m_source->clear();
        m_tags->clear();
        m_organisations->clear();
        m_dependencies->setItem(nullptr, 0);
        m_history->setItemId(0);
        m_refreshing = false;
        return;
    }
    m_header->setText(it->title);
    m_itemPane->show();
    setEditable(!m_document->isReadOnly());
    // A field the user is typing in (modified since its last commit) keeps its text, and the
    // value it started from; everything else shows the saved value, also after a refusal, an
    // undo or an outside change.
    const Item previous = m_shown;
    const bool sameItem = previous.id == it->id;
    const auto typing = [&](QWidget *field) {
        bool modified = field->hasFocus();
        if (auto *line = qobject_cast<QLineEdit *>(field))
            modified = line->isModified();
        else if (field == m_progress)
            modified = m_progress->findChild<QLineEdit *>()->isModified();
        return sameItem && modified && !m_refreshAll;
    };
    m_shown = *it;
    if (typing(m_title) && m_title->text().trimmed() != it->title)
        m_shown.title = previous.title;
    if (typing(m_progress) && m_progress->value() != it->progress)
        m_shown.progress = previous.progress;
    if (typing(m_tags))
        m_shown.tags = previous.tags;
    if (typing(m_description) && m_description->toPlainText() != it->description)
        m_shown.description = previous.description;

    m_area->clear();
    for (const PriorityArea &a : m_document->areas())
        m_area->addItem(QStringLiteral("%1. %2").arg(a.number).arg(a.nameIn(Language::current())),
                        a.id);
    m_area->setCurrentIndex(m_area->findData(it->areaId));
    if (!typing(m_title)) {
        m_title->setText(it->title);
        // A long title shows its beginning, not its end.
        m_title->setCursorPosition(0);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(it->kind)));
    m_status->setCurrentIndex(m_status->findData(int(it->status)));
    m_health->setCurrentIndex(m_health->findData(int(it->health)));
    m_lead->setCurrentIndex(m_lead->findData(int(it->lead)));
    m_start->setValue(it->start);
    m_end->setValue(it->end);
    if (!typing(m_progress))
        m_progress->setValue(it->progress);
    if (!typing(m_tags))
        m_tags->setText(it->tags.join(QStringLiteral(", ")));
    if (!typing(m_description) && m_description->toPlainText() != it->description)
        m_description->setPlainText(it->description);
    m_translations->setItem(*it, !m_refreshAll);
    m_source->clear();
    QTextCursor cursor(m_source->document());
    CitationText::writeCitations(cursor, *it, m_document->sources());
    m_source->setVisible(!it->citations.isEmpty());
    refreshAuthor();
    refreshOrganisations(*it);
    m_dependencies->setItem(m_document, it->id);
    m_refreshing = false;
    refreshHistory();
}

void ItemEditor::refreshOrganisations(const Item &it)
{
    m_organisations->clear();
    for (const OrgLink &link : it.organisations) {
        const Organisation *o = m_document->organisation(link.organisationId);
        if (!o)
            continue;
        auto *row = new QListWidgetItem(
                QStringLiteral("%1 — %2 (%3)")
                        .arg(o->shortName.isEmpty() ? o->name : o->shortName,
                             enums::displayName(link.role), enums::displayName(o->country)));
        row->setToolTip(o->name);
        row->setData(Qt::UserRole, o->id);
        m_organisations->addItem(row);
    }
    // The add menu offers the organisations not yet linked, as lead or supporting.
    auto *menu = new QMenu(m_addOrganisation);
    for (OrgRole role : {OrgRole::Lead, OrgRole::Supporting}) {
        QMenu *sub = menu->addMenu(role == OrgRole::Lead ? tr("As &lead") : tr("As &supporting"));
        for (const Organisation &o : m_document->organisations()) {
            const bool linked
                    = std::any_of(it.organisations.cbegin(), it.organisations.cend(),
                                  [&](const OrgLink &l) { return l.organisationId == o.id; });
            if (linked)
                continue;
            const qint64 orgId = o.id;
            sub->addAction(QStringLiteral("%1 — %2").arg(o.shortName, o.name), this,
                           [this, orgId, role] { addOrganisation(orgId, role); });
        }
    }
    delete m_addOrganisation->menu();
    m_addOrganisation->setMenu(menu);
}

void ItemEditor::refreshHistory()
{
    m_history->setItemId(m_document ? m_id : 0);
}

void ItemEditor::refreshAuthor()
{
    const QString name = UserIdentity::name();
    m_updateAuthor->setText(name.isEmpty() ? tr("You (asked when you add your first update)")
                                           : name);
}

void ItemEditor::setNameAsker(NameAsker asker)
{
    m_nameAsker = std::move(asker);
}

void ItemEditor::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ItemEditor::commit(const std::function<void(Item &)> &change)
{
    // Pushing a command refreshes the fields; a field that loses focus then reports
    // editingFinished again. A push from inside a push would corrupt the undo stack.
    if (m_committing || m_refreshing || !m_document || !m_id || m_shown.id != m_id)
        return;
    const QScopedValueRollback<bool> committing(m_committing, true);
    // The user's change, made to the item as the editor showed it.
    const Item seen = m_shown;
    Item mine = seen;
    change(mine);
    const QStringList problems = mine.validate();
    if (!problems.isEmpty()) {
        // Refused: the field shows the saved value again, the message says why.
        showProblem(problems.join(QLatin1Char(' ')));
        refreshAll();
        return;
    }
    showProblem({});
    if (EditItemsCommand::fieldsUnchanged(seen, seen, mine))
        return;
    // See the file as it is now: another program may have saved since the last poll.
    m_document->checkForOutsideChanges();
    const Item *current = m_document->item(m_id);
    if (!current) {
        showProblem(tr("Someone else deleted this item; your change was not saved."));
        return;
    }
    const Item theirs = *current;
    if (EditItemsCommand::conflicts(theirs, seen, mine)) {
        // Never overwrite silently: the user decides.
        const QString details = conflictDetails(seen, mine, theirs);
        const bool applyMine = m_conflictResolver ? m_conflictResolver(details) : false;
        if (!applyMine) {
            showProblem(tr("Kept the version saved by someone else."));
            refreshAll();
            return;
        }
    }
    // Only the fields the user changed are written, over everything else as it is now.
    const Item after = EditItemsCommand::applyDifferences(theirs, seen, mine);
    // A refusal while writing is reported through the document's errorOccurred.
    (void)EditService(m_document).editItem(theirs, after);
    refreshAll();
}

void ItemEditor::setConflictResolver(ConflictResolver resolver)
{
    m_conflictResolver = std::move(resolver);
}

QString ItemEditor::conflictDetails(const Item &seen, const Item &mine, const Item &theirs) const
{
    QStringList lines;
    const auto field = [&](bool conflicting, const QString &name, const QString &theirValue,
                           const QString &myValue) {
        if (conflicting)
            lines << tr("%1 — theirs: “%2”; yours: “%3”").arg(name, theirValue, myValue);
    };
    const auto differs = [](const auto &s, const auto &m, const auto &t) {
        return !(s == m) && !(t == s) && !(t == m);
    };
    const auto areaName = [this](qint64 id) {
        const PriorityArea *a = m_document->area(id);
        return a ? a->nameIn(Language::current()) : QString();
    };
    const auto clip = [](const QString &s) {
        return s.size() > 80 ? s.left(79) + QStringLiteral("…") : s;
    };
    field(differs(seen.title, mine.title, theirs.title), tr("Title"), theirs.title, mine.title);
    field(differs(seen.areaId, mine.areaId, theirs.areaId), tr("Priority area"),
          areaName(theirs.areaId), areaName(mine.areaId));
    field(differs(seen.kind, mine.kind, theirs.kind), tr("Kind"), enums::displayName(theirs.kind),
          enums::displayName(mine.kind));
    field(differs(seen.status, mine.status, theirs.status), tr("Status"),
          enums::displayName(theirs.status), enums::displayName(mine.status));
    field(differs(seen.health, mine.health, theirs.health), tr("Health"),
          enums::displayName(theirs.health), enums::displayName(mine.health));
    field(differs(seen.lead, mine.lead, theirs.lead), tr("Lead side"),
          enums::displayName(theirs.lead), enums::displayName(mine.lead));
    field(differs(seen.start, mine.start, theirs.start), tr("Start"), theirs.start.toText(),
          mine.start.toText());
    field(differs(seen.end, mine.end, theirs.end), tr("End"), theirs.end.toText(),
          mine.end.toText());
    field(differs(seen.progress, mine.progress, theirs.progress), tr("Progress"),
          QString::number(theirs.progress), QString::number(mine.progress));
    field(differs(seen.tags, mine.tags, theirs.tags), tr("Tags"),
          theirs.tags.join(QStringLiteral(", ")), mine.tags.join(QStringLiteral(", ")));
    field(differs(seen.description, mine.description, theirs.description), tr("Description"),
          clip(theirs.description), clip(mine.description));
    field(differs(seen.organisations, mine.organisations, theirs.organisations),
          tr("Organisations"), tr("changed"), tr("changed"));
    return lines.join(QLatin1Char('\n'));
}

bool ItemEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The description is saved when the user leaves the field, like the one-line fields.
    if (watched == m_description && event->type() == QEvent::FocusOut && !m_refreshing) {
        const QString text = m_description->toPlainText();
        commit([text](Item &it) { it.description = text; });
    }
    return QWidget::eventFilter(watched, event);
}

void ItemEditor::addUpdate()
{
    if (!m_document || !m_id)
        return;
    StatusUpdate u;
    u.itemId = m_id;
    u.date = m_updateDate->date();
    QString author = UserIdentity::name();
    if (author.isEmpty()) {
        // Asked once, then remembered in the user's settings.
        author = m_nameAsker ? m_nameAsker(UserIdentity::accountName()).trimmed() : QString();
        if (author.isEmpty()) {
            showProblem(tr("An update is signed with your name: the update was not added."));
            return;
        }
        // The file holds at most 200 characters of author.
        UserIdentity::setName(author.left(200));
        refreshAuthor();
    }
    u.author = UserIdentity::name();
    u.text = m_updateText->toPlainText().trimmed();
    if (m_updateStatus->currentData().toInt() >= 0)
        u.newStatus = Status(m_updateStatus->currentData().toInt());
    if (m_updateHealth->currentData().toInt() >= 0)
        u.newHealth = Health(m_updateHealth->currentData().toInt());
    if (u.text.isEmpty() && !u.newStatus && !u.newHealth) {
        showProblem(tr("Write what happened, or choose a new status or health."));
        return;
    }
    if (u.text.size() > MaxTextLength) {
        showProblem(tr("The update is longer than %1 characters.").arg(MaxTextLength));
        return;
    }
    showProblem({});
    (void)EditService(m_document).addStatusUpdate(u);
    m_updateText->clear();
    m_updateStatus->setCurrentIndex(0);
    m_updateHealth->setCurrentIndex(0);
    refresh();
}

void ItemEditor::addOrganisation(qint64 organisationId, OrgRole role)
{
    commit([=](Item &it) { it.organisations.append({organisationId, role}); });
}

void ItemEditor::removeSelectedOrganisation()
{
    const QListWidgetItem *row = m_organisations->currentItem();
    if (!row)
        return;
    const qint64 orgId = row->data(Qt::UserRole).toLongLong();
    commit([orgId](Item &it) {
        it.organisations.removeIf([orgId](const OrgLink &l) { return l.organisationId == orgId; });
    });
}

} // namespace jcr
