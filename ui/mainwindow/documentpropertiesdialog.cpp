#include "documentpropertiesdialog.h"

#include "domain/classificationmarking.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>
#include <utility>

namespace jcr {

DocumentPropertiesDialog::DocumentPropertiesDialog(const DocumentSettings &settings, bool readOnly,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_title(new QLineEdit(settings.title, this))
    , m_classification(nullptr)
    , m_author(new QLineEdit(settings.author, this))
    , m_office(new QLineEdit(settings.office, this))
    , m_drafter(new QLineEdit(settings.drafter, this))
    , m_approver(new QLineEdit(settings.approver, this))
    , m_fileNumber(new QLineEdit(settings.fileNumber, this))
    , m_purpose(new QPlainTextEdit(settings.purpose, this))
    , m_keyMessages(new QPlainTextEdit(settings.keyMessages, this))
    , m_nextSteps(new QPlainTextEdit(settings.nextSteps, this))
{
    setWindowTitle(tr("Document Properties"));
    // The standard markings to pick from; any other text may be typed.
    auto *marking = new QComboBox(this);
    marking->setEditable(true);
    marking->setInsertPolicy(QComboBox::NoInsert);
    // What is typed is the marking: no completion into a longer standard one.
    marking->setCompleter(nullptr);
    marking->addItems(ClassificationMarking::standardMarkings());
    marking->setCurrentText(settings.classification);
    marking->setToolTip(tr("Shown at the right end of the menu bar, on exported timeline "
                           "images and on every report page."));
    m_classification = marking->lineEdit();
    // The form's label names the combo box; the line edit inside it is focused on its own.
    m_classification->setAccessibleName(tr("Classification marking"));
    m_title->setObjectName(QStringLiteral("title"));
    m_classification->setObjectName(QStringLiteral("classification"));
    m_author->setObjectName(QStringLiteral("author"));
    m_office->setObjectName(QStringLiteral("office"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Classification marking:"), marking);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Office:"), m_office);
    // The briefing note, as a ministry briefing note has it: printed on the briefing.
    auto *briefing = new QLabel(tr("<b>Briefing note</b> (printed on the briefing; blocks left "
                                   "empty are left out)"),
                                this);
    briefing->setWordWrap(true);
    form->addRow(briefing);
    m_drafter->setObjectName(QStringLiteral("drafter"));
    m_approver->setObjectName(QStringLiteral("approver"));
    m_fileNumber->setObjectName(QStringLiteral("fileNumber"));
    form->addRow(tr("&Drafter:"), m_drafter);
    form->addRow(tr("A&pprover:"), m_approver);
    form->addRow(tr("File &number:"), m_fileNumber);
    const int lines = m_purpose->fontMetrics().lineSpacing();
    const std::pair<QPlainTextEdit *, const char *> blocks[]
            = {{m_purpose, "purpose"}, {m_keyMessages, "keyMessages"}, {m_nextSteps, "nextSteps"}};
    for (const auto &[edit, name] : blocks) {
        edit->setObjectName(QString::fromLatin1(name));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(lines * 3 + 12);
    }
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("&Key messages:"), m_keyMessages);
    form->addRow(tr("Ne&xt steps:"), m_nextSteps);
    // Wide enough for the longest value (and at least 50 characters), but never wider than
    // about three quarters of the screen: a longer value scrolls in its field.
    const QScreen *display = parent ? parent->screen() : nullptr;
    const int screenLimit = display ? display->availableGeometry().width() * 3 / 4 : 1200;
    int wanted = m_title->fontMetrics().averageCharWidth() * 50;
    for (QLineEdit *e : {m_drafter, m_approver, m_fileNumber})
        e->setMaxLength(300);
    for (QLineEdit *e : {m_title, m_classification, m_author, m_office}) {
        e->setMaxLength(300);
        e->setCursorPosition(0);
        QStyleOptionFrame option;
        option.initFrom(e);
        const QSize text(e->fontMetrics().horizontalAdvance(e->text()) + 16, 0);
        wanted = std::max(
                wanted,
                e->style()->sizeFromContents(QStyle::CT_LineEdit, &option, text, e).width());
    }
    for (QLineEdit *e : {m_title, m_classification, m_author, m_office})
        e->setMinimumWidth(std::min(wanted, screenLimit));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!readOnly);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DocumentSettings DocumentPropertiesDialog::settings() const
{
    DocumentSettings s = m_settings;
    s.title = m_title->text().trimmed();
    s.classification = m_classification->text().trimmed().isEmpty()
            ? QStringLiteral("UNCLASSIFIED")
            : m_classification->text().trimmed();
    s.author = m_author->text().trimmed();
    s.office = m_office->text().trimmed();
    s.drafter = m_drafter->text().trimmed();
    s.approver = m_approver->text().trimmed();
    s.fileNumber = m_fileNumber->text().trimmed();
    s.purpose = m_purpose->toPlainText().trimmed();
    s.keyMessages = m_keyMessages->toPlainText().trimmed();
    s.nextSteps = m_nextSteps->toPlainText().trimmed();
    return s;
}

} // namespace jcr
