#pragma once

#include "usage/ReplacePlan.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class ReplaceModelDialog;
}

namespace lb {
class ReplaceRunner;
class ServerWorkspace;
} // namespace lb

namespace lb::gui {

class RequestIdButton;

// Model → Replace Everywhere… (LangBot 4.7+, issue 16): the old model, its
// successor picked among the server's other models of the same type, and the
// plan (ReplacePlan, from the workspace's usage lists): each pipeline with its
// changes and the bots that will notice, and the knowledge bases that must be
// recreated (never edited). Apply runs a ReplaceRunner (a fresh read and a
// whole-config PUT per pipeline; a typed confirmation first on production),
// shows each pipeline's outcome as it comes, can be stopped, and ends with a
// summary; once a pipeline changed, the usage is read again and the dialog
// offers to delete the old model through ModelDeletion.
class ReplaceModelDialog : public QDialog
{
    Q_OBJECT
public:
    ReplaceModelDialog(ServerWorkspace *workspace, const QString &oldUuid, const QString &profileName, bool production,
                       QWidget *parent = nullptr);
    ~ReplaceModelDialog() override;

    QString oldUuid() const { return m_oldUuid; }
    QString successorUuid() const;
    // Picks the successor; false when it is not offered.
    bool setSuccessor(const QString &uuid);
    const ReplacePlan &plan() const { return m_plan; }
    ReplaceRunner *runner() const { return m_runner; }
    bool isRunning() const;

    QComboBox *successorCombo() const;
    QTreeWidget *planView() const;
    QString planState() const; // the sentence above the plan
    QString summary() const;   // the line below it
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *deleteOldButton() const { return m_deleteOld; }
    QProgressBar *progressBar() const;
    RequestIdButton *requestIdButton() const { return m_requestId; }
    QString resultDetail() const; // the selected pipeline's result in full
    // The top-level row of plan row `row` (a pipeline).
    QTreeWidgetItem *pipelineItem(int row) const;

public slots:
    // Applies the plan shown (asks first on production).
    void apply();
    // Stops the run: pipelines not reached yet are not sent.
    void stop();
    // Deletes the old model through ModelDeletion (asks, names what still uses it).
    void deleteOld();
    // Closing while running stops the run first.
    void reject() override;

signals:
    // A run ended (its summary is shown).
    void runFinished();
    // After a run that changed something, the usage was read again.
    void usageReread();

private:
    void fillSuccessors();
    void showOldModel();
    void rebuildPlan();
    void showPlan();
    void addPipelineRows(const QHash<QString, QString> &names);
    void addBaseRows();
    void onRowFinished(int row);
    void onRunFinished();
    void onUsageChanged();
    void onModelDeleted(const QString &uuid);
    void showResultDetail();
    void updateControls();
    QString blockReason() const;

    std::unique_ptr<Ui::ReplaceModelDialog> m_ui;
    QPointer<ServerWorkspace> m_workspace;
    QString m_oldUuid;
    QString m_oldName;
    QString m_profileName;
    bool m_production = false;
    quint64 m_generation = 0;
    ReplacePlan m_plan;
    QString m_state;      // why there is no plan to apply, or what it is
    QString m_runSummary; // the counts of the last run, and what followed
    ReplaceRunner *m_runner = nullptr;
    bool m_ran = false;           // the tree shows the results of a run
    bool m_asking = false;        // the typed confirmation is open
    bool m_usageMoved = false;    // the usage changed while asking
    bool m_serverChanged = false; // the workspace switched servers: the dialog closes
    bool m_rereading = false;     // after a run: waiting for the usage to be read again
    bool m_oldDeleted = false;
    QPushButton *m_apply = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_deleteOld = nullptr;
    RequestIdButton *m_requestId = nullptr;
};

} // namespace lb::gui
