#pragma once

#include "domain/documentsettings.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace jcr {

/**
 * File ▸ Document Properties: title, classification marking, author and office of the
 * roadmap, as reports and PDF metadata show them, and the briefing note's drafter, approver,
 * file number and optional blocks (purpose, key messages, next steps). Each field is wide enough
 * for its value (up to what the screen allows), so that a long title shows whole.
 */
class DocumentPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentPropertiesDialog(const DocumentSettings &settings, bool readOnly,
                             QWidget *parent = nullptr);

    /// The settings as edited (an empty marking becomes UNCLASSIFIED).
    DocumentSettings settings() const;

private:
    DocumentSettings m_settings;
    QLineEdit *m_title;
    QLineEdit *m_classification;
    QLineEdit *m_author;
    QLineEdit *m_office;
    QLineEdit *m_drafter;
    QLineEdit *m_approver;
    QLineEdit *m_fileNumber;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_keyMessages;
    QPlainTextEdit *m_nextSteps;
};

} // namespace jcr
