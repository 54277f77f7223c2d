#include "filestatebanner.h"

#include "document/paths.h"
#include "document/roadmapdocument.h"
#include "edit/pendingwrites.h"
#include "storage/roadmapstore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace jcr {

FileStateBanner::FileStateBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_saveCopy(new QPushButton(tr("Save a Copy &As…"), this))
    , m_reopen(new QPushButton(tr("&Reopen"), this))
{
    setObjectName(QStringLiteral("fileStateBanner"));
    setStyleSheet(QStringLiteral("jcr--FileStateBanner { background: #fde7e9; "
                                 "border-bottom: 1px solid #d9a0a6; } "
                                 "QLabel { color: #6b1520; }"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_saveCopy->setToolTip(tr("Writes the roadmap as shown, with the changes that wait, to a new "
                              "file and continues there."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_saveCopy);
    layout->addWidget(m_reopen);
    connect(m_saveCopy, &QPushButton::clicked, this, &FileStateBanner::saveCopyAndContinue);
    connect(m_reopen, &QPushButton::clicked, this, &FileStateBanner::reopen);
    hide();
}

void FileStateBanner::setDocument(RoadmapDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &RoadmapDocument::fileStatusChanged, this, &FileStateBanner::refresh);
        connect(m_document, &RoadmapDocument::connectionChanged, this, &FileStateBanner::refresh);
        connect(m_document->pendingWrites(), &PendingWrites::countChanged, this,
                &FileStateBanner::refresh);
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            refresh();
        });
    }
    refresh();
}

QString FileStateBanner::text() const
{
    return m_label->text();
}

void FileStateBanner::refresh()
{
    if (!m_document) {
        hide();
        return;
    }
    const FileStatus &status = m_document->fileStatus();
    const int waiting = m_document->pendingWrites()->count();
    QString text;
    if (!status.isOk()) {
        text = status.describe(m_document->filePath());
        if (waiting > 0)
            text += QLatin1Char(' ')
                    + (waiting == 1
                               ? tr("1 change waits to be saved; it is kept.")
                               : tr("%1 changes wait to be saved; they are kept.").arg(waiting));
    } else if (waiting > 0 && !m_document->store().isLocalFile()) {
        // A team roadmap has no file to be held or moved. While its server cannot be reached
        // the connection banner speaks; otherwise another user's change is still in progress.
        if (m_document->isOnline())
            text = waiting == 1 ? tr("1 change waits for the server; it is saved as soon as the "
                                     "server accepts it (Undo takes it back).")
                                : tr("%1 changes wait for the server; they are saved as soon as "
                                     "it accepts them (Undo takes them back).")
                                          .arg(waiting);
    } else if (waiting > 0) {
        text = tr("Waiting for another program to release the file… ")
                + (waiting == 1 ? tr("1 change is not saved yet; it is saved as soon as the "
                                     "file is released (Undo takes it back).")
                                : tr("%1 changes are not saved yet; they are saved as soon as "
                                     "the file is released (Undo takes them back).")
                                          .arg(waiting));
    }
    m_label->setText(text);
    const FileStatus::Problem problem = status.problem();
    m_saveCopy->setVisible(!status.isOk());
    m_reopen->setVisible(problem == FileStatus::Problem::Moved
                         || problem == FileStatus::Problem::Replaced);
    setVisible(!text.isEmpty());
}

void FileStateBanner::saveCopyAndContinue()
{
    if (!m_document)
        return;
    const QString start = m_document->fileStatus().problem() == FileStatus::Problem::Moved
            ? m_document->fileStatus().movedTo()
            : m_document->filePath();
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save a Copy As"),
            QFileInfo(start).absoluteDir().filePath(
                    tr("copy of %1").arg(QFileInfo(start).fileName())),
            paths::fileDialogFilter());
    if (path.isEmpty())
        return;
    if (auto r = m_document->saveCopyAs(path); !r) {
        Q_EMIT failed(tr("The copy was not saved"), r.errorMessage());
        return;
    }
    if (auto r = m_document->reattach(path); !r) {
        Q_EMIT failed(tr("The copy was saved but cannot be continued in"), r.errorMessage());
        return;
    }
    Q_EMIT fileSwitched();
    refresh();
}

void FileStateBanner::reopen()
{
    if (!m_document)
        return;
    const FileStatus &status = m_document->fileStatus();
    const QString path = status.problem() == FileStatus::Problem::Moved ? status.movedTo()
                                                                        : m_document->filePath();
    if (auto r = m_document->reattach(path); !r) {
        Q_EMIT failed(tr("The roadmap was not reopened"), r.errorMessage());
        return;
    }
    Q_EMIT fileSwitched();
    refresh();
}

bool FileStateBanner::confirmDiscardWaiting()
{
    const int waiting = m_document ? m_document->pendingWrites()->count() : 0;
    if (waiting == 0)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Changes are not saved yet"),
                    waiting == 1 ? tr("1 change is waiting to be saved.")
                                 : tr("%1 changes are waiting to be saved.").arg(waiting),
                    QMessageBox::NoButton, window());
    box.setInformativeText(m_document->store().isLocalFile()
                                   ? tr("Another program holds the file, or the file is no longer "
                                        "where it was. If you close it now, these changes are "
                                        "lost.")
                                   : tr("The server cannot be reached, or another user's change "
                                        "is still in progress. If you close it now, these changes "
                                        "are lost."));
    QPushButton *keep = box.addButton(tr("Keep Open"), QMessageBox::RejectRole);
    box.addButton(tr("Discard Changes"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() != keep;
}

} // namespace jcr
