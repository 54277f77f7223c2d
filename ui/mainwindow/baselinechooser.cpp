#include "baselinechooser.h"

#include "document/baselinecomparison.h"
#include "document/roadmapdocument.h"
#include "domain/clock.h"
#include "models/itemmodel.h"
#include "widgets/accessiblenames.h"

#include <QAction>
#include <QActionGroup>
#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QVBoxLayout>

namespace jcr {

namespace {

QDate askForDay(QWidget *parent, QDate suggested)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(BaselineChooser::tr("Compare With a Day"));
    auto *label = new QLabel(BaselineChooser::tr("Compare the roadmap now with how it stood at "
                                                 "the end of this day (from the record of "
                                                 "change):"),
                             &dialog);
    label->setWordWrap(true);
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setSelectedDate(suggested);
    calendar->setMaximumDate(Clock::instance().today());
    accessiblenames::nameCalendar(calendar, BaselineChooser::tr("Day to compare with"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted ? calendar->selectedDate() : QDate();
}

} // namespace

BaselineChooser::BaselineChooser(QMenu *menu, QWidget *dialogParent)
    : QObject(menu)
    , m_menu(menu)
    , m_dialogParent(dialogParent)
    , m_askDay(askForDay)
{
    m_menu->setObjectName(QStringLiteral("compareMenu"));
    rebuild();
}

void BaselineChooser::setDayAsker(DayAsker asker)
{
    m_askDay = std::move(asker);
}

void BaselineChooser::setModel(ItemModel *model)
{
    if (m_document)
        disconnect(m_document.data(), nullptr, this, nullptr);
    m_model = model;
    m_document = model ? model->document() : nullptr;
    m_baselineId = 0;
    m_day = QDate();
    if (m_document) {
        connect(m_document, &RoadmapDocument::baselinesChanged, this, [this] {
            // The chosen baseline was deleted (here or elsewhere): compare with nothing.
            if (m_baselineId && !m_document->baseline(m_baselineId))
                chooseBaseline(0);
            rebuild();
        });
    }
    rebuild();
}

void BaselineChooser::chooseBaseline(qint64 id)
{
    if (!m_model)
        return;
    if (id == 0) {
        m_baselineId = 0;
        m_day = QDate();
        m_model->setComparison(BaselineComparison());
        scheduleRebuild();
        return;
    }
    auto whole = m_document->loadBaseline(id);
    if (!whole) {
        Q_EMIT failed(whole.errorMessage());
        scheduleRebuild();
        return;
    }
    m_baselineId = id;
    m_day = QDate();
    m_model->setComparison(BaselineComparison(whole.value()));
    scheduleRebuild();
}

void BaselineChooser::chooseDay(QDate day)
{
    if (!m_model || !day.isValid())
        return;
    auto state = BaselineComparison::stateOn(*m_document, day);
    if (!state) {
        Q_EMIT failed(state.errorMessage());
        scheduleRebuild();
        return;
    }
    m_baselineId = 0;
    m_day = day;
    m_model->setComparison(BaselineComparison(state.value()));
    scheduleRebuild();
}

void BaselineChooser::scheduleRebuild()
{
    // Later: the action whose trigger got here is among those rebuild() deletes.
    QMetaObject::invokeMethod(this, &BaselineChooser::rebuild, Qt::QueuedConnection);
}

void BaselineChooser::rebuild()
{
    m_menu->clear();
    delete m_group;
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const auto add = [this](const QString &text, bool checked) {
        QAction *a = m_menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(checked);
        m_group->addAction(a);
        return a;
    };
    QAction *none = add(tr("&No Baseline"), m_baselineId == 0 && !m_day.isValid());
    none->setObjectName(QStringLiteral("compareNone"));
    connect(none, &QAction::triggered, this, [this] { chooseBaseline(0); });
    if (m_document) {
        const QList<Baseline> baselines = m_document->baselines();
        if (!baselines.isEmpty())
            m_menu->addSeparator();
        for (const Baseline &b : baselines) {
            // "&" in a name is text, not a mnemonic.
            QString text = b.name;
            text.replace(QLatin1Char('&'), QStringLiteral("&&"));
            QAction *a = add(
                    tr("%1 (%2)").arg(text, QLocale().toString(b.takenOn, QLocale::ShortFormat)),
                    m_baselineId == b.id);
            a->setData(b.id);
            const qint64 id = b.id;
            connect(a, &QAction::triggered, this, [this, id] { chooseBaseline(id); });
        }
    }
    m_menu->addSeparator();
    QAction *day = add(
            m_day.isValid() ? tr("A &Day: %1…").arg(QLocale().toString(m_day, QLocale::ShortFormat))
                            : tr("A &Day…"),
            m_day.isValid());
    day->setObjectName(QStringLiteral("compareDay"));
    connect(day, &QAction::triggered, this, [this] {
        const QDate suggested = m_day.isValid() ? m_day : Clock::instance().today().addMonths(-1);
        const QDate chosen = m_askDay(m_dialogParent, suggested);
        if (chosen.isValid())
            chooseDay(chosen);
        else
            scheduleRebuild(); // keep the check where it was
    });
    m_menu->setEnabled(m_model != nullptr);
}

} // namespace jcr
