#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>

#include <functional>

class QActionGroup;
class QMenu;
class QWidget;

namespace jcr {

class ItemModel;
class RoadmapDocument;

/**
 * View ▸ Compare With: chooses what every view compares the roadmap with — no baseline (the
 * default), one of the roadmap's baselines, or the state at the end of a past day rebuilt from
 * the record of change. Sets the item model's comparison (ItemModel::setComparison), which the
 * items table's baseline columns, the timeline's ghost bars and the board's "slipped" badges
 * read.
 */
class BaselineChooser : public QObject
{
    Q_OBJECT

public:
    /// Asks for the day to compare with; returns a null date when cancelled. The default opens
    /// a small dialog.
    using DayAsker = std::function<QDate(QWidget *parent, QDate suggested)>;

    BaselineChooser(QMenu *menu, QWidget *dialogParent);

    void setModel(ItemModel *model);
    void setDayAsker(DayAsker asker);

    /// Compares with baseline \a id (0: none).
    void chooseBaseline(qint64 id);
    /// Compares with the state at the end of \a day.
    void chooseDay(QDate day);
    qint64 chosenBaseline() const { return m_baselineId; }
    QDate chosenDay() const { return m_day; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    /// The comparison could not be made (the baseline could not be read): the message.
    void failed(const QString &message);

private:
    void rebuild();
    void scheduleRebuild();

    QMenu *m_menu;
    QWidget *m_dialogParent;
    QPointer<ItemModel> m_model;
    QPointer<RoadmapDocument> m_document;
    QActionGroup *m_group = nullptr;
    DayAsker m_askDay;
    qint64 m_baselineId = 0;
    QDate m_day;
};

} // namespace jcr
