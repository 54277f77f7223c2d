#pragma once

#include "domain/enums.h"

#include <QWidget>

class QMenu;

namespace jcr {

class BoardModel;

/**
 * The header of one board column: the status name, how many cards it shows, the soft WIP limit
 * as "count/limit" (amber at the limit, red above), and for On hold and Cancelled a chevron that
 * collapses the column. Its context menu sets the limit through SetWipLimitCommand. Cards
 * dropped on a header land at the end of that column, which is how cards reach a collapsed one.
 */
class BoardColumnHeader : public QWidget
{
    Q_OBJECT

public:
    BoardColumnHeader(BoardModel *model, Status status, QWidget *parent = nullptr);

    Status status() const { return m_status; }
    bool isCollapsible() const;
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);

    /// The count shown: "12", "5 of 12" when filtered; with a limit "12/10" or "5 · 12/10".
    static QString countText(int shown, int total, int limit);
    /// The context menu's actions (set limit…, remove limit, collapse); for the tests too.
    QMenu *createContextMenu();
    /// Asks for a new limit and pushes the undo command.
    void editWipLimit();
    void setWipLimit(int limit);

    QSize sizeHint() const override;

Q_SIGNALS:
    void collapseToggled(jcr::Status status, bool collapsed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    BoardModel *m_model;
    Status m_status;
    bool m_collapsed = false;
};

} // namespace jcr
