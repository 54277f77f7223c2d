#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace jcr {

class ItemFilterModel;
class RoadmapDocument;

/// The filter controls above every view; they drive the shared ItemFilterModel.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setModels(RoadmapDocument *document, ItemFilterModel *filter);
    /// Refills the area, organisation and tag choices (after outside edits).
    void refreshChoices();
    void clear();
    void focusText();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();

    RoadmapDocument *m_document = nullptr;
    ItemFilterModel *m_filter = nullptr;
    QLineEdit *m_text;
    QComboBox *m_area;
    QComboBox *m_status;
    QComboBox *m_health;
    QComboBox *m_lead;
    QComboBox *m_organisation;
    QComboBox *m_tag;
    QComboBox *m_due;
    QToolButton *m_clear;
    bool m_updating = false;
};

} // namespace jcr
