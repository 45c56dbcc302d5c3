#include "ServerWorkspace.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ServerProbe.h"
#include "model/BackgroundDelivery.h"
#include "model/LlmTableModel.h"
#include "testing/TestHistory.h"
#include "testing/TestRunner.h"
#include "usage/UsageLoader.h"

using namespace Qt::StringLiterals;

namespace lb {

namespace {

// The server cannot be reached at all (as opposed to answering with an error).
bool isUnreachable(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return true;
    default:
        break;
    }
    return false;
}

QString testSource(const QString &uuid)
{
    return u"test:"_s + uuid;
}

const QString kProvidersSource = u"list:providers"_s;

// A 4.0–4.6 list's providers: one implicit provider per requester, URL and
// key set. None for 4.7+ records (they name their provider).
QList<Provider> implicitProvidersOf(const QList<LlmModel> &models)
{
    for (const LlmModel &model : models) {
        if (!model.providerUuid().isEmpty())
            return {};
    }
    return Provider::implicitProviders(models);
}

// What a refused call would have been answered, had it been sent: the
// permission it needs, as a 4.10.7+ server's 403 names it.
ApiError refusedBeforeSending(const QByteArray &method, const QString &path, Permissions::Action action)
{
    ApiError error(ApiError::Kind::Server, method, path);
    error.setHttpStatus(403)
        .setServerCode(u"permission_denied"_s)
        .setServerMessage(u"Missing Workspace permission: "_s + Permissions::requiredFor(action))
        .setDetail(u"refused before sending"_s);
    return error;
}

QString modelPathOf(const QString &uuid, ModelType type)
{
    return u"/api/v1/provider/models/"_s + modelTypeId(type) + u'/' + uuid;
}

} // namespace

// The answers of one refresh(), merged once the last is in.
struct ServerWorkspace::ListRound
{
    int pending = 0;
    bool withProviders = false;
    QList<LlmModel> models;
    QList<ModelType> listed;                      // the types whose list came
    QList<std::pair<ModelType, ApiError>> failed; // the others
    std::optional<QList<Provider>> providers;
    std::optional<ApiError> providersError;
    qint64 elapsedMs = 0; // the slowest list
};

namespace {

} // namespace

ServerWorkspace::ServerWorkspace(QObject *parent, const QString &cacheDir, const QString &historyDir)
    : QObject(parent)
    , m_cache(cacheDir)
{
    m_models = new LlmTableModel(this);
    m_history = new TestHistory(historyDir, this);
    // The table fills on a worker and in batches (applyModels), so a big list
    // never stalls the window; what follows a list waits for the last batch.
    connect(m_models, &LlmTableModel::modelsApplied, this, [this] {
        if (auto then = std::exchange(m_afterApply, {}))
            then();
    });

    m_runner = new TestRunner(nullptr, this);
    connect(m_runner, &TestRunner::queued, this, &ServerWorkspace::onTestQueued);
    connect(m_runner, &TestRunner::testStarted, this, &ServerWorkspace::onTestStarted);
    connect(m_runner, &TestRunner::testFinished, this, &ServerWorkspace::onTestFinished);
    connect(m_runner, &TestRunner::progressChanged, this, &ServerWorkspace::testProgress);
    connect(m_runner, &TestRunner::batchFinished, this, &ServerWorkspace::onBatchFinished);
}

ServerWorkspace::~ServerWorkspace()
{
    // Answers arriving while the workspace dies must not reach it.
    ++m_generation;
    if (m_cacheRead)
        m_cacheRead->revoke();
    {
        const QSignalBlocker blocker(m_runner);
        m_runner->cancel();
    }
    delete m_probe;
    for (const QPointer<ApiCall> &call : std::exchange(m_listCalls, {})) {
        if (call)
            call->cancel();
    }
    if (m_infoCall)
        m_infoCall->cancel();
    m_history->flush();
}

void ServerWorkspace::resetRunner()
{
    // Cancelled quietly: the outcomes belong to the server being left.
    {
        const QSignalBlocker blocker(m_runner);
        m_runner->cancel();
        m_runner->setClient(m_client);
    }
    m_pending.clear();
    m_started.clear();
    m_beforeQueued.clear();
    m_batch = {};
}

void ServerWorkspace::setServer(ApiClient *client, const QString &storageId,
                                const std::optional<QList<LlmModel>> &lastKnown)
{
    ++m_generation;
    if (m_cacheRead) {
        m_cacheRead->revoke();
        m_cacheRead.reset();
    }
    // The runner lets go of the old client before its calls are cancelled
    // (else it would start the next queued test on it).
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client) {
        connect(client, &ApiClient::featuresChanged, this, &ServerWorkspace::featuresChanged);
        connect(client, &ApiClient::permissionsChanged, this, &ServerWorkspace::permissionsChanged);
    }
    delete m_usage; // cancels its calls, without its finished()
    m_usage = client ? new UsageLoader(client, this) : nullptr;
    m_models->setUsage(ModelUsage(), QString());
    if (m_usage) {
        connect(m_usage, &UsageLoader::finished, this, [this] {
            m_models->setUsage(m_usage->usage(), m_usage->note());
            emit usageChanged();
        });
    }
    resetRunner();
    delete m_probe; // stops it without its finished()
    for (const QPointer<ApiCall> &call : std::exchange(m_listCalls, {})) {
        if (call)
            call->cancel();
    }
    if (m_infoCall)
        m_infoCall->cancel();
    m_infoCall = nullptr;
    m_storageId = storageId;
    m_errors.clear();
    m_serverVersion.clear();
    m_listedAt = QDateTime();
    m_readingCache = false;
    const bool wasOffline = m_offline;
    m_offline = false;
    m_offlineAsOf = QDateTime();
    m_offlineReason.clear();
    // Nothing of the previous server survives (not even test outcomes of a
    // model that happens to have the same uuid there).
    m_afterApply = nullptr;
    m_models->clear();
    setProviders(lastKnown ? implicitProvidersOf(*lastKnown) : QList<Provider>());
    m_history->setProfile(storageId);
    m_loaded = false;
    m_loadFailed = false;
    if (lastKnown) {
        showModels(*lastKnown, [this] {
            applyHistory();
            m_loaded = true;
            emit savedListShown();
            emit stateChanged();
        });
    }
    emit serverChanged();
    emit featuresChanged();
    emit permissionsChanged();
    emit stateChanged();
    if (wasOffline)
        emit offlineChanged(false);
}

// --- errors ------------------------------------------------------------------

void ServerWorkspace::setError(const QString &source, const QString &subject, const ApiError &error)
{
    setError(WorkspaceError{source, subject, error.message(), error});
}

void ServerWorkspace::setError(const WorkspaceError &error)
{
    m_errors.insert(error.source, error);
    emit errorSet(error);
}

void ServerWorkspace::clearError(const QString &source)
{
    if (m_errors.remove(source) > 0)
        emit errorCleared(source);
}

void ServerWorkspace::clearErrors()
{
    const QStringList sources = m_errors.keys();
    for (const QString &source : sources) {
        if (source != "info"_L1)
            clearError(source);
    }
}

// --- list --------------------------------------------------------------------

void ServerWorkspace::loadServerInfo()
{
    if (!m_client)
        return;
    ApiCall *call = m_client->systemInfo();
    m_infoCall = call;
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return;
        if (call->ok()) {
            m_serverVersion = ApiClient::stringFromData(call->data(), u"version"_s);
            clearError(u"info"_s);
        } else {
            setError(u"info"_s, QString(), call->error());
        }
        emit serverInfoChanged();
    });
}

ServerFeatures ServerWorkspace::features() const
{
    return m_client ? m_client->features() : ServerFeatures();
}

Permissions ServerWorkspace::permissions() const
{
    return m_client ? m_client->permissions() : Permissions();
}

QString ServerWorkspace::listSource(ModelType type)
{
    return type == ModelType::Llm ? u"list"_s : u"list:"_s + modelTypeId(type);
}

void ServerWorkspace::setProviders(const QList<Provider> &providers)
{
    if (providers == m_providers)
        return;
    m_providers = providers;
    m_models->setProviders(providers);
    emit providersChanged();
}

void ServerWorkspace::refresh()
{
    if (!m_client || isListing())
        return;
    // The generation is found once per connection (Session may have done it).
    if (m_client->features().generation == ApiGeneration::Unknown)
        detectThenList();
    else
        sendLists();
    emit stateChanged();
}

void ServerWorkspace::detectThenList()
{
    auto *probe = new ServerProbe(m_client, this);
    m_probe = probe;
    connect(probe, &ServerProbe::finished, this, [this, probe] {
        // (setServer() deletes a running probe: this is still the same server.)
        probe->deleteLater();
        m_probe = nullptr;
        const ApiError error = probe->error();
        if (error.kind() == ApiError::Kind::Cancelled) {
            emit stateChanged();
            return;
        }
        if (error && isUnreachable(error)) {
            onListFailed(error);
            emit stateChanged();
            return;
        }
        // Detected; or the probe could not tell, and the list says why (as a
        // 4.0–4.6 list always did).
        sendLists();
        emit stateChanged();
    });
    probe->start();
}

void ServerWorkspace::sendLists()
{
    if (!m_client) // gone while the generation was found
        return;
    const ServerFeatures features = m_client->features();
    auto round = std::make_shared<ListRound>();
    QList<ModelType> types{ModelType::Llm};
    if (features.hasProviders()) {
        round->withProviders = true;
        types << ModelType::Embedding;
        if (features.hasRerank())
            types << ModelType::Rerank;
        sendList(m_client->listProviders(), round, [](ListRound &round, ApiCall *call) {
            if (call->ok())
                round.providers = ApiClient::providersFromData(call->data());
            else
                round.providersError = call->error();
        });
    }
    if (m_usageTracked && m_usage)
        m_usage->load();
    // All at once: the server answers them in parallel.
    for (const ModelType type : types) {
        sendList(m_client->listModels(type), round, [type](ListRound &round, ApiCall *call) {
            if (call->ok()) {
                round.models.append(ApiClient::modelsFromCall(call));
                round.listed.append(type);
            } else {
                round.failed.append({type, call->error()});
            }
        });
    }
}

void ServerWorkspace::sendList(ApiCall *call, const std::shared_ptr<ListRound> &round,
                               std::function<void(ListRound &round, ApiCall *call)> take)
{
    m_listCalls.append(call);
    ++round->pending;
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, round, take = std::move(take), generation] {
        if (generation != m_generation)
            return;
        m_listCalls.removeAll(call);
        round->elapsedMs = std::max(round->elapsedMs, call->elapsedMs());
        take(*round, call);
        if (--round->pending == 0)
            finishLists(round);
    });
}

void ServerWorkspace::finishLists(const std::shared_ptr<ListRound> &round)
{
    // The LLM list's failure first: it is what a 4.0–4.6 list reports.
    std::sort(round->failed.begin(), round->failed.end(),
              [](const auto &a, const auto &b) { return int(a.first) < int(b.first); });
    if (round->listed.isEmpty()) {
        const ApiError error = round->failed.isEmpty() ? ApiError() : round->failed.constFirst().second;
        if (error.kind() != ApiError::Kind::Cancelled)
            onListFailed(error);
        emit stateChanged();
        return;
    }
    QList<WorkspaceError> partial;
    QList<LlmModel> models = std::move(round->models);
    for (const auto &[type, error] : std::as_const(round->failed)) {
        // The rows of that type stay as they were; the others are new.
        const QList<LlmModel> shown = m_models->models();
        for (const LlmModel &model : shown) {
            if (model.type() == type)
                models.append(model);
        }
        QString what;
        switch (type) {
        case ModelType::Llm:
            what = tr("The LLM models could not be listed (the other types are shown): %1");
            break;
        case ModelType::Embedding:
            what = tr("The embedding models could not be listed (the other types are shown): %1");
            break;
        case ModelType::Rerank:
            what = tr("The rerank models could not be listed (the other types are shown): %1");
            break;
        }
        partial.append(WorkspaceError{listSource(type), QString(), what.arg(error.message()), error});
    }
    if (round->providersError) {
        partial.append(WorkspaceError{kProvidersSource, QString(),
                                      tr("The providers could not be listed: %1").arg(round->providersError->message()),
                                      *round->providersError});
    }
    const qint64 elapsedMs = round->elapsedMs;
    showModels(models, [this, round, partial, elapsedMs] {
        if (round->providers)
            setProviders(*round->providers);
        else if (!round->withProviders)
            setProviders(implicitProvidersOf(m_models->models()));
        onListed(elapsedMs, partial);
    });
    emit stateChanged();
}

void ServerWorkspace::onListFailed(const ApiError &error)
{
    m_loadFailed = !m_loaded;
    if (isUnreachable(error))
        handleUnreachable(error.message(), true, error);
    else
        setError(u"list"_s, QString(), error);
    emit listFailed(error);
}

void ServerWorkspace::showModels(const QList<LlmModel> &models, std::function<void()> then)
{
    // A list this small merges in a few milliseconds: at once, with no
    // worker round trip (switching back to a server shows its rows at once).
    if (models.size() <= kListAtOnce) { // setModels() also ends a batched fill
        m_afterApply = nullptr;
        m_models->setModels(models);
        then();
        return;
    }
    m_afterApply = std::move(then);
    m_models->applyModels(models);
}

void ServerWorkspace::onListed(qint64 elapsedMs, const QList<WorkspaceError> &partialErrors)
{
    applyHistory();
    m_loaded = true;
    m_readingCache = false;
    m_listedAt = m_client ? m_client->clock()->now() : QDateTime::currentDateTime();
    saveListToCache();
    m_loadFailed = false;
    leaveOffline();
    // Errors of the workspace's own calls are over (but for the lists that
    // failed this time).
    clearErrors();
    for (const WorkspaceError &error : partialErrors)
        setError(error);
    emit listLoaded(elapsedMs);
    emit stateChanged();
}

void ServerWorkspace::applyHistory()
{
    if (m_history->profile().isEmpty())
        return;
    const QHash<QString, TestOutcome> latest = m_history->latestAll();
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (m_models->rowOf(it.key()) >= 0 && m_models->testOutcome(it.key()).state == TestOutcome::State::Never)
            m_models->setTestOutcome(it.key(), it.value());
    }
}

QString ServerWorkspace::modelName(const QString &uuid) const
{
    const int row = m_models->rowOf(uuid);
    if (row < 0)
        return uuid;
    const QString name = m_models->modelAt(row).name();
    return name.isEmpty() ? uuid : name;
}

// --- offline -----------------------------------------------------------------

void ServerWorkspace::saveListToCache()
{
    if (m_storageId.isEmpty())
        return;
    // Written on a worker thread, from copies (ModelCache::save is thread-safe
    // and never writes a key value).
    BackgroundDelivery::run([cache = m_cache, id = m_storageId, models = m_models->models(), version = m_serverVersion,
                             at = m_listedAt, providers = m_providers] {
        cache.save(id, models, version, at, providers);
        BackgroundDelivery::releaseFreedMemory(); // the document's buffers
    });
}

void ServerWorkspace::showSavedListOffline(const QString &reason)
{
    handleUnreachable(reason, false, std::nullopt);
}

void ServerWorkspace::handleUnreachable(const QString &reason, bool fromList, const std::optional<ApiError> &listError)
{
    if (m_offline) {
        // Still unreachable: the same saved list, the newest reason.
        enterOffline(m_offlineAsOf, reason, fromList);
        return;
    }
    if (m_listedAt.isValid()) {
        // The rows were listed in this run: they are what the server said last.
        enterOffline(m_listedAt, reason, fromList);
        return;
    }
    if (m_storageId.isEmpty()) {
        if (listError)
            setError(u"list"_s, QString(), *listError);
        return;
    }
    readSavedList(reason, fromList, listError);
}

void ServerWorkspace::readSavedList(const QString &reason, bool fromList, const std::optional<ApiError> &listError)
{
    // Read on a worker thread; the answer comes back here unless the
    // workspace moved on to another server meanwhile.
    m_readingCache = true;
    emit stateChanged();
    if (m_cacheRead)
        m_cacheRead->revoke();
    auto delivery = std::make_shared<BackgroundDelivery>(this);
    m_cacheRead = delivery;
    const quint64 generation = m_generation;
    const auto done = [this, delivery, generation, reason, fromList, listError](const ModelCache::Snapshot &snapshot) {
        if (generation != m_generation || m_cacheRead != delivery)
            return;
        m_cacheRead.reset();
        m_readingCache = false;
        if (!snapshot.valid || m_listedAt.isValid()) {
            // No saved list (or a list arrived meanwhile).
            if (!m_listedAt.isValid() && listError)
                setError(u"list"_s, QString(), *listError);
            emit stateChanged();
            return;
        }
        m_readingCache = true; // until the saved rows are in the table
        showModels(snapshot.models, [this, snapshot, reason, fromList] {
            m_readingCache = false;
            setProviders(snapshot.providers.isEmpty() ? implicitProvidersOf(m_models->models()) : snapshot.providers);
            applyHistory();
            m_loaded = true;
            m_loadFailed = false;
            if (m_serverVersion.isEmpty() && !snapshot.serverVersion.isEmpty()) {
                m_serverVersion = snapshot.serverVersion;
                emit serverInfoChanged();
            }
            emit savedListShown();
            enterOffline(snapshot.fetchedAt, reason, fromList);
        });
    };
    BackgroundDelivery::run([delivery, cache = m_cache, id = m_storageId, done] {
        ModelCache::Snapshot snapshot = cache.load(id);
        delivery->deliver([done, snapshot = std::move(snapshot)] { done(snapshot); });
    });
}

void ServerWorkspace::enterOffline(const QDateTime &asOf, const QString &reason, bool fromList)
{
    const bool was = m_offline;
    m_offline = true;
    m_offlineAsOf = asOf;
    m_offlineReason = reason;
    emit wentOffline(fromList, was);
    emit stateChanged();
    if (!was)
        emit offlineChanged(true);
}

void ServerWorkspace::leaveOffline()
{
    if (!m_offline)
        return;
    m_offline = false;
    m_offlineAsOf = QDateTime();
    m_offlineReason.clear();
    emit offlineChanged(false);
}

// --- tests -------------------------------------------------------------------

QStringList ServerWorkspace::failedUuids() const
{
    QStringList uuids;
    if (m_runner->isRunning())
        return uuids;
    const QStringList failed = m_runner->failedUuids();
    for (const QString &uuid : failed) {
        if (m_models->rowOf(uuid) >= 0)
            uuids << uuid;
    }
    return uuids;
}

bool ServerWorkspace::test(const QStringList &uuids)
{
    if (!m_client || m_offline)
        return false;
    QStringList todo;
    for (const QString &uuid : uuids) {
        if (!uuid.isEmpty() && !m_pending.contains(uuid) && !todo.contains(uuid))
            todo << uuid;
    }
    if (todo.isEmpty())
        return false;
    QHash<QString, ModelType> types;
    for (const QString &uuid : std::as_const(todo)) {
        if (const int row = m_models->rowOf(uuid); row >= 0 && m_models->modelAt(row).type() != ModelType::Llm)
            types.insert(uuid, m_models->modelAt(row).type());
    }
    if (!m_runner->isRunning())
        m_batch = {};
    m_runner->start(todo, types);
    return true;
}

void ServerWorkspace::cancelTests()
{
    if (m_runner->isRunning())
        m_runner->cancel();
}

void ServerWorkspace::onTestQueued(const QString &uuid)
{
    const TestOutcome before = m_models->testOutcome(uuid);
    m_beforeQueued.insert(uuid, before);
    m_pending.insert(uuid);
    TestOutcome queued;
    queued.state = TestOutcome::State::Queued;
    m_models->setTestOutcome(uuid, queued);
    emit testQueued(uuid, before);
}

void ServerWorkspace::onTestStarted(const QString &uuid)
{
    m_started.insert(uuid);
    TestOutcome running;
    running.state = TestOutcome::State::Running;
    m_models->setTestOutcome(uuid, running);
    emit testStarted(uuid);
}

void ServerWorkspace::onTestFinished(const QString &uuid, const TestOutcome &outcome)
{
    m_pending.remove(uuid);
    const bool started = m_started.remove(uuid);
    const TestOutcome before = m_beforeQueued.take(uuid);
    const bool present = m_models->rowOf(uuid) >= 0;
    const bool single = m_runner->total() == 1;

    TestOutcome result = outcome;
    switch (outcome.state) {
    case TestOutcome::State::Ok:
        ++m_batch.ok;
        if (present)
            m_history->record(uuid, outcome);
        clearError(testSource(uuid));
        break;
    case TestOutcome::State::Failed:
        ++m_batch.failed;
        if (present)
            m_history->record(uuid, outcome);
        // One test: its failure is an error of its own; a batch says it in
        // the rows instead of one error each.
        if (single && present)
            setError(WorkspaceError{testSource(uuid), modelName(uuid), outcome.message, {}});
        break;
    default:
        ++m_batch.cancelled;
        if (started) {
            result.state = TestOutcome::State::Cancelled;
            if (result.message.isEmpty())
                result.message = tr("Cancelled");
        } else {
            // Never sent: the row shows what it showed before it was queued.
            result = before;
        }
        break;
    }
    if (present)
        m_models->setTestOutcome(uuid, result);
    emit testFinished(uuid, result, single);
}

void ServerWorkspace::onBatchFinished()
{
    emit testsFinished(m_batch);
}

// --- delete ------------------------------------------------------------------

void ServerWorkspace::deleteModels(const QStringList &uuids)
{
    if (!m_client || m_offline)
        return;
    const quint64 generation = m_generation;
    for (const QString &uuid : uuids) {
        const QString name = modelName(uuid);
        const int row = m_models->rowOf(uuid);
        const ModelType type = row >= 0 ? m_models->modelAt(row).type() : ModelType::Llm;
        if (!permissions().allows(Permissions::Action::Delete)) {
            const QString permission = Permissions::requiredFor(Permissions::Action::Delete);
            setError(
                WorkspaceError{u"delete"_s, name,
                               tr("“%1” was not deleted: the credentials lack the permission %2 (nothing was sent)")
                                   .arg(name, permission),
                               refusedBeforeSending("DELETE", modelPathOf(uuid, type), Permissions::Action::Delete)});
            continue;
        }
        ApiCall *call = m_client->deleteModel(uuid, type);
        connect(call, &ApiCall::finished, this, [this, call, uuid, name, generation] {
            if (generation != m_generation)
                return;
            if (call->ok()) {
                // A test still waiting or running for it finishes unseen.
                m_models->removeModel(uuid);
                clearError(u"delete"_s);
                clearError(testSource(uuid));
                if (m_usageTracked && m_usage) // the pipelines that named it changed meaning
                    m_usage->load();
                emit modelDeleted(uuid, name);
            } else if (call->error().kind() != ApiError::Kind::Cancelled) {
                setError(u"delete"_s, name, call->error());
            }
        });
    }
}

void ServerWorkspace::setUsageTracked(bool tracked)
{
    m_usageTracked = tracked;
    if (!tracked && m_usage)
        m_usage->cancel();
}

const ModelUsage &ServerWorkspace::usage() const
{
    static const ModelUsage unknown;
    return m_usage ? m_usage->usage() : unknown;
}

QString ServerWorkspace::usageNote() const
{
    return m_usage ? m_usage->note() : QString();
}

ApiError ServerWorkspace::usageError() const
{
    return m_usage ? m_usage->error() : ApiError();
}

bool ServerWorkspace::isUsageLoading() const
{
    return m_usage && m_usage->isLoading();
}

QJsonArray ServerWorkspace::usageList(ModelUsage::Source source) const
{
    return m_usage ? m_usage->list(source) : QJsonArray();
}

void ServerWorkspace::reloadUsage()
{
    if (m_usageTracked && m_usage && !m_offline)
        m_usage->load();
}

} // namespace lb
