#pragma once

#include <QColor>
#include <QList>
#include <QMimeData>
#include <QWidget>

namespace jcr {

/**
 * The scrolled surface of the board. BoardView places the card lists and "+" buttons on it;
 * the canvas itself paints what lies between them — swimlane headings with the area's colour
 * and the strips of collapsed columns — and takes clicks and drops on those strips.
 */
class BoardCanvas : public QWidget
{
    Q_OBJECT

public:
    struct LaneHeading
    {
        QRect rect;
        QString title;
        QColor colour;
        int count = 0;
        friend bool operator==(const LaneHeading &, const LaneHeading &) = default;
    };
    struct CollapsedStrip
    {
        QRect rect;
        int column = 0;
        QString title;
        int count = 0;
        friend bool operator==(const CollapsedStrip &, const CollapsedStrip &) = default;
    };

    explicit BoardCanvas(QWidget *parent = nullptr);

    void setDecorations(const QList<LaneHeading> &lanes, const QList<CollapsedStrip> &strips);
    const QList<CollapsedStrip> &collapsedStrips() const { return m_strips; }

Q_SIGNALS:
    void resized();
    void expandRequested(int column);
    void dropOnColumnRequested(const QMimeData *mime, int column);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    int stripAt(const QPoint &pos) const;

    QList<LaneHeading> m_lanes;
    QList<CollapsedStrip> m_strips;
};

} // namespace jcr
