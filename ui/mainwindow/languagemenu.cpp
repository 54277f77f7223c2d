#include "languagemenu.h"

#include "i18n/language.h"

#include <QActionGroup>
#include <QSettings>

namespace jcr {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_system = addAction(
            tr("&System Language (%1)").arg(Language::nativeName(Language::systemLanguage())));
    m_system->setObjectName(QStringLiteral("language-system"));
    m_system->setCheckable(true);
    m_group->addAction(m_system);
    addSeparator();
    for (QLocale::Language l : Language::supported()) {
        // Each language is named in itself, whatever the interface speaks; Japanese menus put
        // the mnemonic after the name.
        QString text = Language::nativeName(l);
        text = l == QLocale::Japanese ? text + QStringLiteral(" (&J)") : QLatin1Char('&') + text;
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("language-") + Language::code(l));
        action->setData(int(l));
        action->setCheckable(true);
        m_group->addAction(action);
    }
    addSeparator();
    QAction *note = addAction(tr("A new language applies when the planner starts again."));
    note->setObjectName(QStringLiteral("language-note"));
    note->setEnabled(false);
    updateChecks();
    connect(m_group, &QActionGroup::triggered, this, &LanguageMenu::choose);
}

void LanguageMenu::updateChecks()
{
    const QString chosen = QSettings().value(Language::settingsKey()).toString();
    const auto language = Language::fromCode(chosen);
    if (!language) {
        m_system->setChecked(true);
        return;
    }
    for (QAction *a : m_group->actions()) {
        if (a != m_system && a->data().toInt() == int(*language))
            a->setChecked(true);
    }
}

void LanguageMenu::choose(QAction *action)
{
    const QLocale::Language before = Language::preferred();
    QSettings settings;
    if (action == m_system)
        settings.remove(Language::settingsKey());
    else
        settings.setValue(Language::settingsKey(),
                          Language::code(QLocale::Language(action->data().toInt())));
    const QLocale::Language after = Language::preferred();
    if (after != before || after != Language::current())
        Q_EMIT languageChosen(after, action == m_system);
}

} // namespace jcr
