#include "ModelDeletion.h"

#include "widgets/MessageBox.h"

#include "model/LlmTableModel.h"
#include "api/ApiClient.h"
#include "workspace/ServerWorkspace.h"

#include <QHash>
#include <QPointer>

namespace lb::gui {

namespace {

QString bullets(const QStringList &lines)
{
    return QStringLiteral("• ") + lines.join(QStringLiteral("\n• "));
}

} // namespace

QString ModelDeletion::consequences(const ServerWorkspace *workspace, const QStringList &uuids, bool *breaks)
{
    *breaks = false;
    if (!workspace->features().hasProviders())
        return QString(); // 4.0–4.6: no references to read, the question stays as it was
    const ModelUsage &usage = workspace->usage();
    QString unknown;
    if (workspace->isUsageLoading())
        unknown = tr("the pipelines, bots and knowledge bases are still being read; try again in a moment.");
    else if (!usage.isKnown() || !usage.isComplete())
        unknown = workspace->usageNote().isEmpty() ? tr("they were not read.") : workspace->usageNote();
    QStringList lines;
    if (workspace->isUsageLoading() || usage.isKnown()) {
        QHash<QString, QString> names;
        QSet<QString> existing;
        for (const LlmModel &model : workspace->models()->models()) {
            names.insert(model.uuid(), model.name());
            existing.insert(model.uuid());
        }
        const QList<UsageBreak> found
            = workspace->isUsageLoading() ? QList<UsageBreak>() : usage.breaksIfDeleted(uuids, existing);
        for (const UsageBreak &b : found)
            lines << b.describe(names);
    }
    QString text;
    if (!lines.isEmpty()) {
        *breaks = true;
        text = tr("This breaks what uses it:") + QLatin1Char('\n') + bullets(lines);
    }
    if (!unknown.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += tr("Whether other pipelines or bots use it could not be checked: %1").arg(unknown);
    } else if (lines.isEmpty()) {
        text = tr("No pipeline, knowledge base or bot uses it.");
    }
    return text;
}

void ModelDeletion::run(QWidget *parent, ServerWorkspace *workspace, const QStringList &uuids,
                        const QString &profileName, bool production)
{
    if (uuids.isEmpty() || !workspace->client() || workspace->isOffline())
        return;
    // The server asked about: the answer counts only while it is still shown.
    const quint64 generation = workspace->serverGeneration();

    QString text;
    QString details;
    if (uuids.size() == 1) {
        text = tr("Delete model “%1”? This cannot be undone.").arg(workspace->modelName(uuids.first()));
    } else {
        text = tr("Delete %n models? This cannot be undone.", nullptr, int(uuids.size()));
        QStringList names;
        for (const QString &uuid : uuids)
            names << workspace->modelName(uuid);
        details = bullets(names);
    }
    bool breaks = false;
    const QString impact = consequences(workspace, uuids, &breaks);
    const QString paragraph = impact.isEmpty() ? QString() : QStringLiteral("\n\n") + impact;

    const QPointer<ServerWorkspace> guard(workspace);
    if (production) {
        // A production server: the user types the profile's name.
        QString full = text;
        if (!details.isEmpty())
            full += QLatin1Char('\n') + details;
        full += paragraph + QStringLiteral("\n\n") + tr("“%1” is a production server.").arg(profileName);
        if (!MessageBox::confirmByTyping(parent, tr("Delete model on production"), full, profileName, tr("&Delete")))
            return;
    } else if (!MessageBox::confirmDestructive(parent, breaks ? tr("Delete model in use") : tr("Delete model"),
                                               text + paragraph, tr("&Delete"), details)) {
        return;
    }

    // While the question was open the server may have changed (a profile
    // switch), gone offline, or lost some of the models: act only on what
    // was asked about and is still there.
    if (!guard || generation != workspace->serverGeneration() || workspace->isOffline())
        return;
    QStringList still;
    for (const QString &uuid : uuids) {
        if (workspace->models()->rowOf(uuid) >= 0)
            still << uuid;
    }
    workspace->deleteModels(still);
}

} // namespace lb::gui
