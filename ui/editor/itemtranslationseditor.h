#pragma once

#include "domain/item.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace jcr {

/**
 * The French and Japanese title and description of an item, beside its primary ones (part of
 * the item editor). Each field is saved when the user leaves it, like the editor's own fields;
 * empty means "no translation" (the views then show the primary text, in italics).
 */
class ItemTranslationsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ItemTranslationsEditor(QWidget *parent = nullptr);

    /// Shows \a item's translations. With \a keepTyping, a field the user is typing in keeps
    /// its text while the same item is shown again (an outside change of another field); a
    /// different item always shows its own texts.
    void setItem(const Item &item, bool keepTyping = true);
    void clear();

Q_SIGNALS:
    /// The user left a title field with another text (empty: no translation).
    void titleEdited(QLocale::Language language, const QString &title);
    /// The user left a description field with another text.
    void descriptionEdited(QLocale::Language language, const QString &description);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitIfChanged();

    QLineEdit *m_titleFr = nullptr;
    QLineEdit *m_titleJa = nullptr;
    QPlainTextEdit *m_descriptionFr = nullptr;
    QPlainTextEdit *m_descriptionJa = nullptr;
    TranslatedText m_titles;
    TranslatedText m_descriptions;
    bool m_refreshing = false;
    qint64 m_itemId = 0; ///< the item shown; 0: none
};

} // namespace jcr
