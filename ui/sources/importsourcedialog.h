#pragma once

#include "domain/sourcedocument.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jcr {

/// Asks for another official text (from a UTF-8 .txt/.md file or pasted) with its title,
/// date, place and link. accept() only when SourceImport::validate finds nothing.
class ImportSourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSourceDialog(QWidget *parent = nullptr);

    SourceDocument source() const;
    /// Loads \a path into the text field (also the dialog's "From File…" button).
    bool loadFile(const QString &path);

    void accept() override;

private:
    QLineEdit *m_title = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_link = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace jcr
