#include "preferencesdialog.h"

#include "document/useridentity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace jcr {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(UserIdentity::name(), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(UserIdentity::accountName());
    // Wide enough for a full name with titles, in any font.
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 60);
    form->addRow(tr("&Your name:"), m_name);
    auto *hint = new QLabel(tr("Signs the status updates you add. It is kept on this computer, "
                               "not in the roadmap."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::apply() const
{
    UserIdentity::setName(m_name->text().left(200));
}

} // namespace jcr
