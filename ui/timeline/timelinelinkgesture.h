#pragma once

#include <QPoint>
#include <QRect>

class QPainter;

namespace jcr {

/**
 * Linking two items on the timeline: the user presses the round handle just past the end of a
 * bar (shown on the hovered and the selected bars), drags, and releases over another bar, which
 * then depends on the first. This holds where the gesture is and paints the handle and the
 * rubber band; the view decides what is under the mouse and asks the EditService to link.
 */
class TimelineLinkGesture
{
public:
    /// The handle of a bar (or milestone) drawn at \a bar, in the same coordinates.
    static QRect handleRect(const QRect &bar);
    /// The room the handle takes past a bar's end, with a little air: the chart keeps labels
    /// and neighbouring bars that far away, so the handle never covers them.
    static int reservedWidth();
    /// Whether \a pos grabs the handle of the bar at \a bar (a little larger than drawn).
    static bool grabs(const QRect &bar, const QPoint &pos);
    static void paintHandle(QPainter *painter, const QRect &bar, bool active);

    void begin(qint64 sourceId, const QPoint &pos);
    /// The mouse is at \a pos over item \a targetId (0: none).
    void moveTo(const QPoint &pos, qint64 targetId);
    void end();

    bool isActive() const { return m_sourceId != 0; }
    qint64 sourceId() const { return m_sourceId; }
    qint64 targetId() const { return m_targetId; }

    /// The rubber band from the source's handle to the mouse, and the target's outline.
    void paint(QPainter *painter, const QRect &sourceBar, const QRect &targetBar) const;

private:
    qint64 m_sourceId = 0;
    qint64 m_targetId = 0;
    QPoint m_pos;
};

} // namespace jcr
