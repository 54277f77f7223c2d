#pragma once

#include <QObject>

class QLabel;

namespace jcr {

/**
 * Colours a label that reports a problem (the editor's refused edit, a dialog's error) in a red
 * readable on the label's background — 4.5:1 or more (Palette::errorText) — and keeps it so when
 * the system's palette changes (light, dark, high contrast). A fixed style-sheet red was
 * unreadable on a dark window.
 */
class ProblemTextStyle : public QObject
{
    Q_OBJECT

public:
    /// Styles \a label and follows its palette; the style lives as long as the label.
    static void apply(QLabel *label);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ProblemTextStyle(QLabel *label);
    void update();

    QLabel *m_label;
};

} // namespace jcr
