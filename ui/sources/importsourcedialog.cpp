#include "importsourcedialog.h"

#include "sources/sourceimport.h"
#include "widgets/problemtextstyle.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jcr {

ImportSourceDialog::ImportSourceDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Source Document"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("e.g. Japan-Canada Foreign and Defence Ministers' Meeting"));
    form->addRow(tr("&Title:"), m_title);
    m_date = new QLineEdit;
    m_date->setPlaceholderText(tr("YYYY-MM-DD (optional)"));
    form->addRow(tr("&Date:"), m_date);
    m_place = new QLineEdit;
    form->addRow(tr("&Place:"), m_place);
    m_link = new QLineEdit;
    m_link->setPlaceholderText(tr("https://… where the official text is published (optional)"));
    form->addRow(tr("&Link:"), m_link);
    layout->addLayout(form);

    auto *textLabel = new QLabel(tr("The official &text, exactly as published (paste it, or load "
                                    "a UTF-8 .txt or .md file). It is never changed after the "
                                    "import."));
    textLabel->setWordWrap(true);
    layout->addWidget(textLabel);
    m_text = new QPlainTextEdit;
    m_text->setMinimumSize(520, 260);
    textLabel->setBuddy(m_text);
    layout->addWidget(m_text);
    auto *fromFile = new QPushButton(tr("From &File…"));
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path
                = QFileDialog::getOpenFileName(this, tr("Import Source Document"), QString(),
                                               tr("Text or Markdown (*.txt *.md *.markdown)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    ProblemTextStyle::apply(m_problems);
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons->addButton(fromFile, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportSourceDialog::reject);
    layout->addWidget(buttons);
}

bool ImportSourceDialog::loadFile(const QString &path)
{
    auto text = SourceImport::readTextFile(path);
    if (!text) {
        m_problems->setText(text.errorMessage());
        m_problems->show();
        return false;
    }
    m_problems->hide();
    m_text->setPlainText(text.value());
    if (m_title->text().isEmpty())
        m_title->setText(QFileInfo(path).completeBaseName());
    return true;
}

SourceDocument ImportSourceDialog::source() const
{
    SourceDocument s;
    s.title = m_title->text().trimmed();
    s.date = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    s.place = m_place->text().trimmed();
    s.link = m_link->text().trimmed();
    s.text = SourceImport::normalised(m_text->toPlainText());
    return s;
}

void ImportSourceDialog::accept()
{
    QStringList problems = SourceImport::validate(source());
    const QString date = m_date->text().trimmed();
    if (!date.isEmpty() && (date.size() != 10 || !QDate::fromString(date, Qt::ISODate).isValid()))
        problems.prepend(tr("The date must be a day, YYYY-MM-DD."));
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char(' ')));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace jcr
