#pragma once

#include <QLocale>
#include <QMenu>

class QActionGroup;

namespace jcr {

/**
 * View ▸ Language: the system's language, English, Français or 日本語. The choice is kept in
 * the settings (Language::settingsKey()) and takes effect when the planner starts again: the
 * menu says so, and languageChosen() lets the window say it in its status bar.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    /// The user chose another language: \a language, or the system's when \a followsSystem.
    void languageChosen(QLocale::Language language, bool followsSystem);

private:
    void choose(QAction *action);
    void updateChecks();

    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
};

} // namespace jcr
