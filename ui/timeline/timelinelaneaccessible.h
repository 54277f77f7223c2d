#pragma once

#include <QAccessibleInterface>
#include <QCoreApplication>
#include <QPointer>

namespace jcr {

class TimelineChartView;

/**
 * One swimlane of the timeline for a screen reader: a list named "1 Security & Defence,
 * 5 items", expandable (a lane folds), whose children are its items on screen. Its action
 * toggles the fold.
 */
class TimelineLaneAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
    Q_DECLARE_TR_FUNCTIONS(jcr::TimelineLaneAccessible)

public:
    TimelineLaneAccessible(TimelineChartView *view, qint64 areaId);

    qint64 areaId() const { return m_areaId; }
    /// Index of the lane in the chart's layout, or -1.
    int laneIndex() const;

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::List; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &name) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<TimelineChartView> m_view;
    qint64 m_areaId;
};

} // namespace jcr
