#pragma once

#include "domain/organisation.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace jcr {

class RoadmapDocument;

/**
 * Edit ▸ Organisations…: the ministries and agencies of the roadmap, with how many items each
 * takes part in. Add one from the fields below the list, change the selected one's name, short
 * name or country, or remove it (asking first when items use it). Every change goes through
 * the EditService as one undo step, at once; Edit ▸ Undo takes it back.
 */
class OrganisationsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganisationsDialog(RoadmapDocument *document, QWidget *parent = nullptr);

    /// Asked before removing an organisation that items use: gets the question, returns true
    /// to remove. The default asks with a message box.
    using Confirmer = std::function<bool(const QString &question, const QString &details)>;
    void setConfirmer(Confirmer confirmer);

    QTreeWidget *list() const { return m_list; }
    /// The last problem shown (empty when none).
    QString problem() const;

private:
    void refresh();
    void showSelected();
    Organisation fromFields() const;
    void add();
    void save();
    void remove();
    void showProblem(const QString &message);
    qint64 selectedId() const;
    void select(qint64 id);

    QPointer<RoadmapDocument> m_document;
    Confirmer m_confirmer;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_shortName = nullptr;
    QComboBox *m_country = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace jcr
