#include "ImportRunner.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QSet>

namespace lb {

ImportRunner::ImportRunner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ImportRunner::~ImportRunner()
{
    // A write still on its way is left to finish; its answer no longer reaches us.
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
}

QString ImportRunner::createdWithoutKeysText()
{
    return tr("no API keys sent; add them before the model is used");
}

QString ImportRunner::notAppliedText(const QString &why)
{
    return tr("not applied: %1").arg(why);
}

bool ImportRunner::start(const ImportPlan &plan)
{
    if (m_running || !m_client)
        return false;
    m_plan = plan;
    m_results = QList<std::optional<ImportReportEntry>>(plan.size());
    m_report.entries.clear();
    m_report.targetUrl = m_client->settings().baseUrl;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_report.finishedAt = QDateTime();
    m_index = 0;
    m_providerIndex = 0;
    m_providerUuids.clear();
    m_providerErrors.clear();
    for (const ImportProviderRow &p : plan.providerRows()) {
        m_providerUuids.append(p.uuid);
        m_providerErrors.append(QString());
    }
    m_orphans.clear();
    m_orphanModels.clear();
    m_total = plan.count(ImportAction::Create) + plan.count(ImportAction::Update) + plan.providerCreateCount();
    m_completed = 0;
    m_running = true;
    m_finished = false;
    m_cancelled = false;
    QMetaObject::invokeMethod(this, &ImportRunner::next, Qt::QueuedConnection);
    return true;
}

void ImportRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Between rows (nothing on its way): stop now. Otherwise the answer of the
    // row being sent comes first.
    if (!m_call)
        QMetaObject::invokeMethod(this, &ImportRunner::next, Qt::QueuedConnection);
}

std::optional<ImportReportEntry> ImportRunner::result(qsizetype row) const
{
    return m_results.value(row);
}

void ImportRunner::record(qsizetype row, const ImportReportEntry &entry)
{
    m_results[row] = entry;
    m_report.add(entry);
    emit rowFinished(row, entry);
}

void ImportRunner::recordProvider(qsizetype index, ImportOutcome outcome, const QString &message)
{
    const ImportProviderRow &row = m_plan.providerRows().at(index);
    ImportReportEntry entry{row.name(), m_providerUuids.at(index), row.action, outcome, message};
    entry.provider = true;
    m_report.add(entry);
}

// The providers come first: false while one is on its way.
bool ImportRunner::nextProvider()
{
    const QList<ImportProviderRow> &rows = m_plan.providerRows();
    while (m_providerIndex < rows.size() && rows.at(m_providerIndex).action == ImportAction::Skip)
        ++m_providerIndex; // reused: the models' rows say so
    if (m_providerIndex >= rows.size())
        return true;
    if (m_cancelled || !m_client) {
        for (; m_providerIndex < rows.size(); ++m_providerIndex) {
            m_providerErrors[m_providerIndex] = tr("the import stopped before this provider was created");
            if (rows.at(m_providerIndex).action == ImportAction::Create)
                recordProvider(m_providerIndex, ImportOutcome::Skipped,
                               notAppliedText(m_providerErrors.at(m_providerIndex)));
        }
        return true;
    }
    const qsizetype index = m_providerIndex;
    ApiCall *call = m_client->createProvider(rows.at(index).body);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, index] { onProviderCreated(call, index); });
    return false;
}

void ImportRunner::onProviderCreated(ApiCall *call, qsizetype index)
{
    m_call = nullptr;
    disconnect(call, nullptr, this, nullptr);
    if (!call->ok()) {
        findOrphan(index, call->error().message());
        return;
    }
    m_providerUuids[index] = ApiClient::stringFromData(call->data(), QStringLiteral("uuid"));
    recordProvider(index, ImportOutcome::Created, QString());
    ++m_providerIndex;
    ++m_completed;
    emit progressChanged(m_completed, m_total);
    next();
}

// A failed provider create may have saved the row (API.md 4): re-list, and
// name what was left behind.
void ImportRunner::findOrphan(qsizetype index, const QString &error)
{
    const ImportProviderRow &row = m_plan.providerRows().at(index);
    auto done = [this, index, error](const std::optional<Provider> &orphan) {
        QString message = error;
        if (orphan) {
            m_orphans.append(*orphan);
            message += u' '
                + tr("The server saved the provider \"%1\" (%2) anyway; delete it before importing again.")
                      .arg(orphan->name(), orphan->uuid());
        }
        m_providerErrors[index]
            = tr("its provider \"%1\" could not be created").arg(m_plan.providerRows().at(index).name());
        recordProvider(index, ImportOutcome::Failed, message);
        ++m_providerIndex;
        ++m_completed;
        emit progressChanged(m_completed, m_total);
        next();
    };
    if (!m_client) {
        done(std::nullopt);
        return;
    }
    ApiCall *list = m_client->listProviders();
    m_call = list;
    connect(list, &ApiCall::finished, this, [this, list, row, done] {
        m_call = nullptr;
        std::optional<Provider> orphan;
        const QJsonArray providers
            = list->ok() ? list->data().toObject().value(QStringLiteral("providers")).toArray() : QJsonArray();
        for (const QJsonValue &v : providers) {
            Provider p;
            if (Provider::fromJson(v, &p) && p.name() == row.name() && p.requester() == row.incoming.requester())
                orphan = p;
        }
        done(orphan);
    });
}

bool ImportRunner::cleanUpOrphans()
{
    if (!m_client || m_cleaningUp || !hasOrphans())
        return false;
    m_cleaningUp = true;
    m_cleanUpFailures.clear();
    if (m_orphanModels.isEmpty()) {
        deleteOrphanProviders();
        return true;
    }
    // Models first, all at once; the providers wait for every answer.
    m_cleanUpPending = int(m_orphanModels.size());
    for (const LlmModel &orphan : std::as_const(m_orphanModels)) {
        ApiCall *call = m_client->deleteModel(orphan.uuid(), orphan.type());
        const QString what = tr("model “%1” (%2)").arg(orphan.name(), orphan.uuid());
        connect(call, &ApiCall::finished, this,
                [this, call, what, uuid = orphan.uuid()] { orphanDeleteAnswered(call, what, false, uuid); });
    }
    return true;
}

void ImportRunner::deleteOrphanProviders()
{
    if (!m_client || m_orphans.isEmpty()) {
        m_cleaningUp = false;
        emit cleanUpFinished(m_cleanUpFailures);
        return;
    }
    m_cleanUpPending = int(m_orphans.size());
    for (const Provider &orphan : std::as_const(m_orphans)) {
        ApiCall *call = m_client->deleteProvider(orphan.uuid());
        const QString what = tr("provider “%1” (%2)").arg(orphan.name(), orphan.uuid());
        connect(call, &ApiCall::finished, this,
                [this, call, what, uuid = orphan.uuid()] { orphanDeleteAnswered(call, what, true, uuid); });
    }
}

void ImportRunner::orphanDeleteAnswered(ApiCall *call, const QString &what, bool provider, const QString &uuid)
{
    // Gone, or already gone: no longer an orphan.
    if (call->ok() || call->error().category() == ApiError::Category::NotFound) {
        if (provider)
            m_orphans.removeIf([&uuid](const Provider &p) { return p.uuid() == uuid; });
        else
            m_orphanModels.removeIf([&uuid](const LlmModel &m) { return m.uuid() == uuid; });
    } else {
        m_cleanUpFailures << tr("%1: %2").arg(what, call->error().message());
    }
    if (--m_cleanUpPending > 0)
        return;
    if (provider) {
        m_cleaningUp = false;
        emit cleanUpFinished(m_cleanUpFailures);
    } else {
        deleteOrphanProviders();
    }
}

void ImportRunner::next()
{
    if (!m_running || m_call)
        return;
    if (!nextProvider())
        return;
    // Skipped rows are recorded in their place, so the report reads in
    // document order.
    while (m_index < m_plan.size() && m_plan.row(m_index).action == ImportAction::Skip) {
        const ImportRow &row = m_plan.row(m_index);
        record(m_index,
               ImportReportEntry{row.name(), row.targetUuid(), row.action, ImportOutcome::Skipped, row.reason});
        ++m_index;
    }
    if (m_index >= m_plan.size()) {
        finish();
        return;
    }
    if (m_cancelled) {
        finishRemaining(tr("the import was cancelled before this model was sent"));
        return;
    }
    if (!m_client) {
        finishRemaining(tr("the connection to the server was closed"));
        return;
    }
    const qsizetype index = m_index;
    const ImportRow &row = m_plan.row(index);
    QJsonObject body = row.body;
    if (row.providerRow >= 0) {
        const QString providerUuid = m_providerUuids.value(row.providerRow);
        if (providerUuid.isEmpty()) {
            record(index,
                   ImportReportEntry{row.name(), row.targetUuid(), row.action, ImportOutcome::Failed,
                                     notAppliedText(m_providerErrors.value(row.providerRow))});
            ++m_index;
            ++m_completed;
            emit progressChanged(m_completed, m_total);
            QMetaObject::invokeMethod(this, &ImportRunner::next, Qt::QueuedConnection);
            return;
        }
        if (m_plan.providerRows().at(row.providerRow).action == ImportAction::Create)
            body.insert(QStringLiteral("provider_uuid"), providerUuid); // in place of the plan's stand-in
    }
    const ModelType type = row.incoming.model.type();
    ApiCall *call = row.action == ImportAction::Create ? m_client->createModel(body, type)
                                                       : m_client->updateModel(row.targetUuid(), body, type);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, index] { onCallFinished(call, index); });
    // A call destroyed without an answer (its client went away) is a failure
    // too, not a row left hanging.
    connect(call, &QObject::destroyed, this, [this, index] {
        if (m_running && m_index == index && !m_results.at(index))
            onCallFinished(nullptr, index);
    });
    emit rowStarted(index);
}

void ImportRunner::onCallFinished(ApiCall *call, qsizetype index)
{
    if (index != m_index || m_results.at(index))
        return;
    m_call = nullptr;
    if (call)
        disconnect(call, nullptr, this, nullptr);
    const ImportRow &row = m_plan.row(index);
    const bool create = row.action == ImportAction::Create;
    ImportReportEntry entry{row.name(), row.targetUuid(), row.action, ImportOutcome::Failed, QString()};
    if (!call) {
        entry.message = tr("the request ended without an answer; check the server's model list");
    } else if (call->ok()) {
        entry.outcome = create ? ImportOutcome::Created : ImportOutcome::Updated;
        if (create) {
            entry.uuid = ApiClient::stringFromData(call->data(), QStringLiteral("uuid"));
            if (row.needsKeys())
                entry.message = createdWithoutKeysText();
        }
    } else {
        entry.message = call->error().message();
        // An embedding or rerank create saves its row before the provider
        // starts (API.md 5): re-list and name what was left behind.
        if (create && row.incoming.model.type() != ModelType::Llm && m_client) {
            findOrphanModel(index, entry);
            return;
        }
    }
    finishRow(index, entry);
}

void ImportRunner::finishRow(qsizetype index, const ImportReportEntry &entry)
{
    ++m_index;
    ++m_completed;
    record(index, entry);
    emit progressChanged(m_completed, m_total);
    next();
}

void ImportRunner::findOrphanModel(qsizetype index, ImportReportEntry entry)
{
    const ImportRow &row = m_plan.row(index);
    const ModelType type = row.incoming.model.type();
    const QString name = row.name();
    const QString providerUuid = m_plan.row(index).providerRow >= 0
        ? m_providerUuids.value(row.providerRow)
        : row.body.value(QStringLiteral("provider_uuid")).toString();
    QSet<QString> known; // the server's models the plan knew of are not orphans
    for (const ImportRow &r : m_plan.rows())
        known.insert(r.targetUuid());
    ApiCall *list = m_client->listModels(type, providerUuid);
    m_call = list;
    connect(list, &ApiCall::finished, this, [this, list, index, entry, type, name, providerUuid, known]() mutable {
        m_call = nullptr;
        if (list->ok()) {
            for (LlmModel m : ApiClient::modelsFromCall(list)) {
                if (m.name() != name || known.contains(m.uuid())
                    || (!m.providerUuid().isEmpty() && m.providerUuid() != providerUuid))
                    continue;
                m.setType(type);
                m_orphanModels.append(m);
                entry.message += u' '
                    + tr("The server saved the model \"%1\" (%2) anyway; delete it before importing again.")
                          .arg(m.name(), m.uuid());
                break;
            }
        }
        finishRow(index, entry);
    });
}

void ImportRunner::finishRemaining(const QString &why)
{
    for (; m_index < m_plan.size(); ++m_index) {
        const ImportRow &row = m_plan.row(m_index);
        const bool write = row.action != ImportAction::Skip;
        record(m_index,
               ImportReportEntry{row.name(), row.targetUuid(), row.action, ImportOutcome::Skipped,
                                 write ? notAppliedText(why) : row.reason});
    }
    finish();
}

void ImportRunner::finish()
{
    m_running = false;
    m_finished = true;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    emit finished();
}

} // namespace lb
