#pragma once

#include <QWidget>

class QComboBox;
class QItemSelectionModel;
class QLabel;
class QPushButton;
class QTimer;

namespace jcr {

class ItemFilterModel;
class RoadmapDocument;
class SourceTextView;

/**
 * The Sources tab: each official text with the passages items cite highlighted (click one to
 * show its item; selecting an item shows its passage), the commitment sentences no item cites
 * marked uncovered, the coverage ("23 of 25 commitment sentences tracked"), Import Source…
 * and New Item from Passage (an undoable CreateItemCommand with the citation exact and the
 * area guessed from the text's structure).
 */
class SourcesView : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesView(QWidget *parent = nullptr);

    /// \a selection is the window's shared selection over \a filterModel.
    void setModels(RoadmapDocument *document, ItemFilterModel *filterModel,
                   QItemSelectionModel *selection);

    SourceTextView *textView() const { return m_text; }
    QString coverageText() const;
    /// Shows the source with \a id.
    void showSource(qint64 id);
    qint64 currentSourceId() const;

    /// Creates an item citing the selected passage; returns its id, or 0 when nothing was
    /// created (no selection, read-only, refused).
    qint64 newItemFromPassage();
    /// Asks for a text and imports it (File ▸ Import Source… too).
    void importSource();

Q_SIGNALS:
    /// The user wants to see the item (a click on its passage, or it was just created).
    void itemActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followCurrentItem();
    void scheduleRefresh();
    void refresh();
    void refreshSourceList();
    qint64 currentItemId() const;
    void selectItem(qint64 id);

    RoadmapDocument *m_document = nullptr;
    ItemFilterModel *m_filterModel = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QComboBox *m_sourceBox = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_broken = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_newItem = nullptr;
    SourceTextView *m_text = nullptr;
    QTimer *m_refreshTimer = nullptr;
    /// Hidden, the view is not rebuilt (see refresh()); these say what to do when shown.
    bool m_stale = false;
    bool m_currentMoved = false;
};

} // namespace jcr
