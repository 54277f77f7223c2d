#pragma once

#include "domain/item.h"
#include "domain/sourcedocument.h"
#include "sources/sourcecoverage.h"

#include <QTextBrowser>

namespace jcr {

/**
 * One source document as a reader sees it: the emphasis as italic and bold, the passages cited
 * by items highlighted, the commitment sentences no item cites marked as uncovered, the
 * current item's passages emphasised. Positions in its API are positions in the stored text
 * (markers included), mapped to and from the text shown.
 */
class SourceTextView : public QTextBrowser
{
    Q_OBJECT

public:
    /// Char-format property holding the ids (QList<qint64>) of the items citing a fragment.
    static constexpr int CitedItemsProperty = QTextFormat::UserProperty + 1;
    /// Char-format property: true on the fragments of uncovered commitment sentences.
    static constexpr int UncoveredProperty = QTextFormat::UserProperty + 2;

    explicit SourceTextView(QWidget *parent = nullptr);

    /// Shows \a source with the citations of \a items; \a currentItemId's are emphasised.
    void setContent(const SourceDocument &source, const QList<Item> &items,
                    const CoverageReport &coverage, qint64 currentItemId);
    const SourceDocument &source() const { return m_source; }

    /// The selected stretch of the stored text, trimmed of spaces; an empty span at -1 if none.
    TextSpan selectedSpan() const;
    /// Selects the stored-text stretch \a span and scrolls it into view.
    void selectSpan(TextSpan span);
    /// Position in the text shown for a position in the stored text, and back.
    qsizetype shownPosition(qsizetype stored) const;
    qsizetype storedPosition(qsizetype shown) const;

Q_SIGNALS:
    /// A click on a cited passage: the items citing it (the first is the one to show).
    void citedPassageClicked(const QList<qint64> &itemIds);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    SourceDocument m_source;
    QList<qsizetype> m_shownOf; ///< stored position → shown position (size stored + 1)
    QList<qsizetype> m_storedOf; ///< shown position → stored position (size shown + 1)
};

} // namespace jcr
