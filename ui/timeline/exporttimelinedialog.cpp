#include "exporttimelinedialog.h"

#include "storage/outputguard.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace jcr {

ExportTimelineDialog::ExportTimelineDialog(QDate from, QDate to, QWidget *parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_from(new QDateEdit(from, this))
    , m_to(new QDateEdit(to, this))
    , m_width(new QSpinBox(this))
{
    setWindowTitle(tr("Export Timeline Image"));
    // The Pictures folder if there is one (a fresh account may have none), else home.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    m_file->setText(QDir(folder).filePath(tr("roadmap-timeline.png")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportTimelineDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_width->setRange(400, 10000);
    m_width->setSingleStep(100);
    m_width->setValue(1600);
    m_width->setSuffix(tr(" px"));

    auto *form = new QFormLayout;
    // A row holding a layout gets no buddy from addRow(): without one the label would show
    // its "&" instead of an access key.
    auto *fileLabel = new QLabel(tr("&File (PNG or SVG):"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&rom:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Width:"), m_width);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ExportTimelineDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ExportTimelineDialog::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
}

QDate ExportTimelineDialog::from() const
{
    return m_from->date();
}

QDate ExportTimelineDialog::to() const
{
    return m_to->date();
}

int ExportTimelineDialog::width() const
{
    return m_width->value();
}

void ExportTimelineDialog::browse()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Export Timeline Image"), fileName(),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (!name.isEmpty()) {
        m_file->setText(name);
        m_replaceConfirmed.insert(QFileInfo(name).absoluteFilePath()); // the file dialog asked
    }
}

void ExportTimelineDialog::accept()
{
    const QString suffix = QFileInfo(fileName()).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        QMessageBox::warning(this, windowTitle(), tr("The file name must end in .png or .svg."));
        return;
    }
    if (to() < from()) {
        QMessageBox::warning(this, windowTitle(), tr("The end date is before the start date."));
        return;
    }
    const QFileInfo target(fileName());
    if (!target.dir().exists()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The folder %1 does not exist.")
                                     .arg(QDir::toNativeSeparators(target.absolutePath())));
        return;
    }
    // Never a roadmap or another database, whatever the name says.
    if (auto guard = OutputGuard::check(fileName()); !guard) {
        QMessageBox::warning(this, windowTitle(), guard.errorMessage());
        return;
    }
    // Typed rather than browsed names get the same question the file dialog asks.
    if (target.exists() && !m_replaceConfirmed.contains(target.absoluteFilePath())
        && QMessageBox::question(this, windowTitle(),
                                 tr("%1 already exists. Replace it?").arg(target.fileName()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace jcr
