#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace lb {
class ServerWorkspace;
}

namespace lb::gui {

// Deleting models from the window (one or many): one confirmation naming the
// models and, on LangBot 4.7+, every pipeline, knowledge base and bot the
// delete would break and how (ModelUsage::breaksIfDeleted, most severe
// first: "bots X stop answering"), or why that could not be checked. A
// production profile asks to type its name (as it always did), with the
// breakage in the same dialog. After the answer it deletes only what was
// asked about and is still shown on the same server.
class ModelDeletion
{
    Q_DECLARE_TR_FUNCTIONS(lb::gui::ModelDeletion)
public:
    // Asks (modal, from a user action) and then deletes through the workspace.
    static void run(QWidget *parent, ServerWorkspace *workspace, const QStringList &uuids, const QString &profileName,
                    bool production);

    // What deleting uuids does to the pipelines and bots, as one paragraph
    // for the question; empty on 4.0–4.6 (nothing to read there). breaks: set
    // to whether anything would break.
    static QString consequences(const ServerWorkspace *workspace, const QStringList &uuids, bool *breaks);
};

} // namespace lb::gui
