#pragma once

#include <QDate>
#include <QDialog>
#include <QSet>

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace jcr {

/// Asks where to export the timeline image (PNG or SVG), which dates and how wide.
class ExportTimelineDialog : public QDialog
{
    Q_OBJECT

public:
    ExportTimelineDialog(QDate from, QDate to, QWidget *parent = nullptr);

    QString fileName() const;
    void setFileName(const QString &fileName);
    QDate from() const;
    QDate to() const;
    int width() const;

    void accept() override;

private:
    void browse();

    QLineEdit *m_file;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_width;
    QSet<QString> m_replaceConfirmed; ///< files the file dialog already asked to replace
};

} // namespace jcr
