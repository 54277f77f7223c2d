#include "itemtranslationseditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace jcr {

ItemTranslationsEditor::ItemTranslationsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto line = [&](const char *name, const QString &label) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setMaxLength(MaxTitleLength);
        edit->setPlaceholderText(tr("None: the primary title is shown"));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (m_refreshing)
                return;
            edit->setModified(false);
            emitIfChanged();
        });
        form->addRow(label, edit);
        return edit;
    };
    const auto text = [&](const char *name, const QString &label) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(70);
        edit->setPlaceholderText(tr("None: the primary description is shown"));
        edit->installEventFilter(this);
        form->addRow(label, edit);
        return edit;
    };
    // The languages are named in themselves, as in View ▸ Language.
    m_titleFr = line("titleFr", tr("Title (%1):").arg(QStringLiteral("Français")));
    m_titleJa = line("titleJa", tr("Title (%1):").arg(QStringLiteral("日本語")));
    m_descriptionFr
            = text("descriptionFr", tr("Description (%1):").arg(QStringLiteral("Français")));
    m_descriptionJa = text("descriptionJa", tr("Description (%1):").arg(QStringLiteral("日本語")));
}

void ItemTranslationsEditor::setItem(const Item &item, bool keepTyping)
{
    m_refreshing = true;
    // What the user types belongs to the item it was typed for: another item shows its own
    // texts. (A field's "modified" flag alone is not enough: QLineEdit::clear() sets it, and a
    // cleared field then hid every later item's translation, and leaving it empty would have
    // saved that emptiness over the translation.)
    const bool sameItem = keepTyping && item.id == m_itemId;
    m_itemId = item.id;
    m_titles = item.titles;
    m_descriptions = item.descriptions;
    const auto show = [sameItem](QLineEdit *edit, const QString &value) {
        if (sameItem && edit->isModified())
            return;
        if (edit->text() != value) {
            edit->setText(value);
            edit->setCursorPosition(0);
        }
        edit->setModified(false);
    };
    show(m_titleFr, item.titles.fr);
    show(m_titleJa, item.titles.ja);
    for (auto [edit, value] : {std::pair {m_descriptionFr, item.descriptions.fr},
                               std::pair {m_descriptionJa, item.descriptions.ja}}) {
        if (!(sameItem && edit->hasFocus()) && edit->toPlainText() != value)
            edit->setPlainText(value);
    }
    m_refreshing = false;
}

void ItemTranslationsEditor::clear()
{
    m_refreshing = true;
    m_itemId = 0;
    m_titleFr->setText(QString()); // not clear(): it marks the field modified
    m_titleJa->setText(QString());
    m_descriptionFr->clear();
    m_descriptionJa->clear();
    m_titles = {};
    m_descriptions = {};
    m_refreshing = false;
}

void ItemTranslationsEditor::emitIfChanged()
{
    // Only the field that changed is reported: another language's text, changed meanwhile
    // elsewhere, is not written back over.
    const QString titleFr = m_titleFr->text().trimmed();
    const QString titleJa = m_titleJa->text().trimmed();
    const QString descriptionFr = m_descriptionFr->toPlainText();
    const QString descriptionJa = m_descriptionJa->toPlainText();
    if (titleFr != m_titles.fr) {
        m_titles.fr = titleFr;
        Q_EMIT titleEdited(QLocale::French, titleFr);
    }
    if (titleJa != m_titles.ja) {
        m_titles.ja = titleJa;
        Q_EMIT titleEdited(QLocale::Japanese, titleJa);
    }
    if (descriptionFr != m_descriptions.fr) {
        m_descriptions.fr = descriptionFr;
        Q_EMIT descriptionEdited(QLocale::French, descriptionFr);
    }
    if (descriptionJa != m_descriptions.ja) {
        m_descriptions.ja = descriptionJa;
        Q_EMIT descriptionEdited(QLocale::Japanese, descriptionJa);
    }
}

bool ItemTranslationsEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A description is saved when the user leaves it, like the editor's own description.
    if ((watched == m_descriptionFr || watched == m_descriptionJa)
        && event->type() == QEvent::FocusOut && !m_refreshing)
        emitIfChanged();
    return QWidget::eventFilter(watched, event);
}

} // namespace jcr
