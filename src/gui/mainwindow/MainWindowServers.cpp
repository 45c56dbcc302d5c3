#include "MainWindow.h"

// The window's server switcher, identity (title, strip) and per-server view state.

#include "profiles/ProfileVisuals.h"
#include "widgets/EnvironmentStrip.h"

#include "model/LlmTableModel.h"

#include <QActionGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

namespace lb::gui {

void MainWindow::setIdentity(const ServerIdentity &identity)
{
    m_identity = identity;
    applyIdentity();
    selectChoice(identity.key);
}

void MainWindow::applyIdentity()
{
    const QString name = m_identity.name.isEmpty() ? tr("Not connected") : m_identity.name;
    if (m_identity.production && !m_identity.environmentName.isEmpty())
        setWindowTitle(tr("%1 — %2 — LangBot Console").arg(m_identity.environmentName, name));
    else
        setWindowTitle(tr("%1 — LangBot Console").arg(name));
    if (m_identity.color.isValid() && !m_identity.environmentName.isEmpty())
        m_strip->showEnvironment(m_identity.environmentName, name, m_identity.color, m_identity.production);
    else
        m_strip->clear();
}

// --- switcher ------------------------------------------------------------------

void MainWindow::setServerChoices(const QList<ServerChoice> &choices, const QString &currentKey)
{
    for (QAction *action : std::as_const(m_serverActions)) {
        m_serverGroup->removeAction(action);
        m_serverMenu->removeAction(action);
        removeAction(action);
        action->deleteLater();
    }
    m_serverActions.clear();

    const QSignalBlocker blocker(m_serverCombo);
    m_serverCombo->clear();
    int shortcut = 1;
    for (const ServerChoice &choice : choices) {
        const QIcon chip = colorChipIcon(choice.color);
        m_serverCombo->addItem(chip, choice.name, choice.key);
        m_serverCombo->setItemData(m_serverCombo->count() - 1, choice.detail, Qt::ToolTipRole);

        QString text = choice.name;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *action = new QAction(chip, text, this);
        action->setObjectName(QStringLiteral("serverChoiceAction"));
        action->setCheckable(true);
        action->setData(choice.key);
        action->setStatusTip(choice.detail);
        // The first nine entries get Ctrl+1 … Ctrl+9, shown in the menu.
        if (shortcut <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut)));
        ++shortcut;
        m_serverGroup->addAction(action);
        m_serverMenu->insertAction(m_serverMenuEnd, action);
        addAction(action); // the shortcut works while the menu is closed
        const QString key = choice.key;
        connect(action, &QAction::triggered, this, [this, key] {
            if (key != m_identity.key)
                emit serverChosen(key);
            else
                selectChoice(key);
        });
        m_serverActions << action;
    }
    m_serverComboAction->setVisible(!choices.isEmpty());
    selectChoice(currentKey);
}

void MainWindow::selectChoice(const QString &key)
{
    const QSignalBlocker blocker(m_serverCombo);
    m_serverCombo->setCurrentIndex(m_serverCombo->findData(key));
    for (QAction *action : std::as_const(m_serverActions))
        action->setChecked(action->data().toString() == key);
}

// --- view state ----------------------------------------------------------------

ProfileStore::ViewState MainWindow::viewState() const
{
    ProfileStore::ViewState state;
    state.currentUuid = currentUuid();
    if (state.currentUuid.isEmpty())
        state.currentUuid = m_pendingSelection;
    const QHeaderView *header = m_view->horizontalHeader();
    state.sortColumn = header->sortIndicatorSection();
    state.sortOrder = header->sortIndicatorOrder();
    state.headerState = header->saveState();
    return state;
}

void MainWindow::restoreViewState(const ProfileStore::ViewState &state)
{
    QHeaderView *header = m_view->horizontalHeader();
    // Widths, order and hidden columns: the profile's own, else the defaults
    // (never the layout of the server shown before).
    if (state.headerState.isEmpty() || !header->restoreState(state.headerState))
        header->restoreState(m_defaultHeaderState);
    header->setSectionHidden(LlmTableModel::NameColumn, false);
    updateGenerationColumns();
    if (state.sortColumn >= 0 && state.sortColumn < LlmTableModel::ColumnCount)
        m_view->sortByColumn(state.sortColumn, state.sortOrder);
    else
        m_view->sortByColumn(LlmTableModel::NameColumn, Qt::AscendingOrder);

    m_view->selectionModel()->clear();
    m_pendingSelection.clear();
    if (!state.currentUuid.isEmpty() && !selectModel(state.currentUuid))
        m_pendingSelection = state.currentUuid;
    updateActions();
}

void MainWindow::resetColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int sortColumn = header->sortIndicatorSection();
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
    header->restoreState(m_defaultHeaderState);
    updateGenerationColumns();
    m_view->sortByColumn(sortColumn, sortOrder);
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    m_headerMenu->popup(m_view->horizontalHeader()->mapToGlobal(pos));
}

} // namespace lb::gui
