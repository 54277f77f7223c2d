#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace jcr {

class RoadmapDocument;

/**
 * The banner above the views that says what happened to the open file behind the planner's
 * back, and what becomes of the user's edits meanwhile:
 * - another program holds the file's write lock: "Waiting for another program to release the
 *   file…", with the number of edits waiting (they are written when it does);
 * - the file was deleted, renamed or moved, replaced by another file, or its folder turned
 *   read-only (RoadmapDocument::fileStatus()): the edits wait too, and the banner offers
 *   Save a Copy As… (the roadmap, with the waiting edits, continues in the copy) and Reopen
 *   (continue on the file where it now is, or on the file that replaced it).
 */
class FileStateBanner : public QFrame
{
    Q_OBJECT

public:
    explicit FileStateBanner(QWidget *parent = nullptr);

    /// Follows \a document (nullptr: hides).
    void setDocument(RoadmapDocument *document);

    QString text() const;
    QPushButton *saveCopyButton() const { return m_saveCopy; }
    QPushButton *reopenButton() const { return m_reopen; }

    /// Save a Copy As…: asks where, writes the copy, continues there.
    void saveCopyAndContinue();
    /// Reopen: continues on the moved file, or on the one that replaced it.
    void reopen();
    /// Before the document is closed: false when edits still wait to be written and the user
    /// chooses to keep it open.
    bool confirmDiscardWaiting();

Q_SIGNALS:
    /// The document now works on another file (the window title and recent files follow).
    void fileSwitched();
    /// Something went wrong that deserves a dialog.
    void failed(const QString &title, const QString &message);

private:
    void refresh();

    RoadmapDocument *m_document = nullptr;
    QLabel *m_label;
    QPushButton *m_saveCopy;
    QPushButton *m_reopen;
};

} // namespace jcr
