#pragma once

#include <QDialog>

class QLineEdit;

namespace jcr {

/// Edit ▸ Preferences: the user's own settings, kept on this computer (the name that signs
/// status updates).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Stores what was entered in the user's settings.
    void apply() const;

private:
    QLineEdit *m_name;
};

} // namespace jcr
