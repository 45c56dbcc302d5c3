#pragma once

// The inside of FakeLangBotServer, shared by its parts: the HTTP/1.1
// connections (FakeServerHttp.cpp), the LangBot API (FakeServerApi.cpp), the
// public object (FakeLangBotServer.cpp) and, in langbot_demo_testing only,
// fault injection (FakeServerFaults.cpp) and test certificates
// (FakeServerCertificates.cpp). Not installed, not used outside src/demo.

#include "FakeLangBotServer.h"

#include <QJsonValue>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <array>
#include <deque>
#include <memory>
#include <optional>

namespace lb::demo {

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

inline constexpr qint64 kDefaultTokenLifetime = 7 * 24 * 3600;

// One answer to one request, decided after the route's latency.
struct Answer
{
    enum class Kind { Complete, Truncated, Drop, Stall, StallMidBody, Stream };
    Kind kind = Kind::Complete;
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    qint64 streamSize = 0; // Stream: bytes of garbage to send
    int delayMs = 0;       // further wait before sending (model tests)
};

// Answers in LangBot's envelope: {"code", "msg", "data"} as compact JSON.
QByteArray toCompactJson(const QJsonObject &object);
Answer envelopeAnswer(int status, const QJsonValue &code, const QString &msg, const QJsonValue &data);
Answer okAnswer(const QJsonValue &data = QJsonValue::Null);
Answer failAnswer(int status, int code, const QString &msg);
Answer htmlAnswer(int status, const QByteArray &html);
Answer methodNotAllowed();
// What the web UI's single-page app answers for any path it does not know.
QByteArray webUiPage();
// Python's datetime.isoformat() of a naive datetime: no zone, microseconds.
QString isoTimestamp(qint64 epochMicros);
// A version-4 UUID from a (possibly seeded) generator: a seeded one gives the same list on every run.
QString uuidFrom(QRandomGenerator &generator);
// The demo files' "test_behaviour" map: model uuid -> {behaviour, delay_ms, message}.
void loadTestBehaviours(FakeLangBotServer *server, const QJsonObject &behaviours);

// LangBot 4.7+ (FakeServerProviders.cpp): the demo's workspace, "***", and the
// masking and allow-lists of API.md 4 and 5.
extern const QString kMasked;
extern const QString kDemoWorkspaceUuid;
QStringList allowedModelKeys(ModelType type, const ServerFeatures &features);
QString modelTableName(ModelType type); // in server error texts
QString redactUrl(const QString &url);  // credentials in a URL -> ***
// Secret-looking leaves under key (recursively) -> "***", credentials in *_url values redacted.
QJsonValue maskSecrets(const QString &key, const QJsonValue &value);
// A PUT's "***" leaf keeps the stored value at that key path.
QJsonValue restoreMasked(const QJsonValue &sent, const QJsonValue &stored);
QJsonObject reasoningCapabilities(const QJsonObject &model);

// Decides, when a request arrives, whether a fault answers it instead of the
// API. Only langbot_demo_testing makes one (FakeLangBotServer::setFault).
struct FaultInjector
{
    virtual ~FaultInjector() = default;
    virtual std::optional<Answer> take(const QString &route, const FakeLangBotServer::RecordedRequest &request) = 0;
};

// One request waiting for (or in the middle of) its answer.
struct Exchange
{
    quint64 id = 0;
    FakeLangBotServer::RecordedRequest request;
    std::optional<Answer> fault; // the answer of an injected fault (test builds)
    bool tracked = true;         // a recorded request, counted in flight
    bool closeAfter = false;     // "Connection: close" or a fault that ends the connection
    bool ready = false;          // answer decided
    bool parked = false;         // a stall: nothing more will be sent
    bool streaming = false;      // garbage body being sent
    qint64 remaining = 0;
    Answer answer;
};

// One accepted TCP connection. Answers leave strictly in request order.
struct FakeLangBotServer::Connection : QObject
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    std::deque<Exchange> queue;
    bool closing = false; // read no further requests
    bool gone = false;    // the socket disconnected
    bool pumping = false;

    Exchange *find(quint64 id)
    {
        for (Exchange &x : queue) {
            if (x.id == id)
                return &x;
        }
        return nullptr;
    }
};

struct FakeLangBotServer::Impl
{
    struct TestSpec
    {
        TestBehaviour behaviour = TestBehaviour::Ok;
        int delayMs = 0;
        QString message;
    };

    explicit Impl(FakeLangBotServer *owner)
        : q(owner)
    {
    }

    FakeLangBotServer *q;
    QTcpServer *server = nullptr; // a QSslServer in TLS mode
    QSslCertificate tlsCertificate;
    QSslKey tlsKey;
    int tlsFailures = 0;
    QList<Connection *> connections;
    quint64 nextExchangeId = 1;

    // version
    ServerFeatures features{ApiGeneration::Legacy, ServerVersion::parse(QStringLiteral("v4.6.5"))};
    bool legacy() const { return features.generation == ApiGeneration::Legacy; }
    bool workspaces() const { return features.generation == ApiGeneration::Workspaces; }
    bool atLeast(int major, int minor, int patch) const { return features.version.isAtLeast(major, minor, patch); }

    // data: models by type (4.6 knows only LLM models), providers (4.7+)
    // Records by uuid, in list order.
    struct RecordStore
    {
        QStringList order;
        QHash<QString, QJsonObject> items;
        // Replaces every record; one without a uuid is skipped with a warning
        // naming `what`.
        void replace(const QList<QJsonObject> &records, const char *what);
        QList<QJsonObject> list() const;
    };
    RecordStore stores[3]; // models by ModelType
    QStringList &order = stores[0].order;
    QHash<QString, QJsonObject> &models = stores[0].items;
    RecordStore providerStore;
    QStringList &providerOrder = providerStore.order;
    QHash<QString, QJsonObject> &providers = providerStore.items;
    QByteArray listAnswerCache;                // serialized 4.6 list answer; empty = stale
    QHash<QString, QByteArray> typedListCache; // 4.7+ unfiltered lists by type and masking
    QJsonArray requesters;
    QJsonArray pipelines, bots, knowledgeBases; // 4.7+, newest shape (FakeServerUsage.cpp)
    qint64 lastStampMicros = 0;
    QString requestId; // of the request being handled (4.10.7+)

    // auth
    QSet<QString> apiKeys;
    QString user;
    QString password;
    QByteArray secret;
    qint64 tokenLifetime = kDefaultTokenLifetime;

    // behaviour
    QHash<QString, int> latencies;
    QHash<QString, TestSpec> tests;
    int defaultTestDelay = 0;
    std::unique_ptr<FaultInjector> faults; // set by setFault(): langbot_demo_testing only

    // observation
    QList<RecordedRequest> recorded;
    QHash<QString, int> routeCounts;
    int writeCount = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    int connectionsAccepted = 0;

    // --- connections -------------------------------------------------------
    void makeServer();
    void accept(QTcpSocket *socket);
    void onReadyRead(Connection *c);
    void onDisconnected(Connection *c);
    bool parseOne(Connection *c);
    void protocolError(Connection *c, int status, const QByteArray &text);
    void enqueue(Connection *c, RecordedRequest request, bool closeAfter);
    void process(Connection *c, quint64 id);
    void complete(Connection *c, quint64 id, const Answer &answer);
    void flush(Connection *c);
    void pump(Connection *c);
    void finishFront(Connection *c);
    void untrack(const Exchange &x);

    // --- behaviour ---------------------------------------------------------
    int latencyFor(const QString &route) const;

    // --- the API -----------------------------------------------------------
    Answer handle(const RecordedRequest &request); // route() plus the request id (4.10.7+)
    Answer route(const RecordedRequest &request);
    Answer systemInfo() const;
    Answer unknownRoute(const QByteArray &method) const;
    void loadRequesters();
    void loadProviderDemoData();
    void generateProviderModels(int count);
    Answer handleModels(const RecordedRequest &request, const QStringList &segments);
    Answer handleRequesters(const RecordedRequest &request, const QStringList &segments);
    Answer login(const RecordedRequest &request);
    Answer listModels();
    Answer createModel(const QJsonObject &body);
    Answer updateModel(const QString &uuid, const QJsonObject &body);
    Answer testModel(const QString &uuid, const QJsonObject &body);
    std::optional<Answer> authorize(const RecordedRequest &request, bool apiKeyAllowed) const;
    std::optional<Answer> checkCredentials(const RecordedRequest &request, bool apiKeyAllowed) const;
    bool knownApiKey(const QByteArray &key) const;
    QStringList callerPermissions(const RecordedRequest &request) const;

    // --- 4.7+: providers and models of three types (FakeServerProviders.cpp) --
    Answer handleNewApi(const RecordedRequest &request); // /api/v1/provider/*, workspaces, system
    struct ResourceRoute
    {
        bool collection = false;
        bool item = false;
        bool action = false; // scan or test under an item
        bool masked = false; // answer with secrets masked
        std::optional<QJsonObject> body;
    };
    std::optional<Answer> admitResource(const RecordedRequest &request, const QStringList &segments,
                                        const QString &action, const QByteArray &actionMethod, ResourceRoute *route);
    Answer handleProviders(const RecordedRequest &request, const QStringList &segments);
    Answer handleTypedModels(const RecordedRequest &request, ModelType type, const QStringList &segments);
    Answer listProviders(bool masked) const;
    Answer createProvider(const QJsonObject &body);
    Answer updateProvider(const QString &uuid, const QJsonObject &body);
    Answer deleteProvider(const QString &uuid);
    Answer scanProvider(const QString &uuid, const QString &type) const;
    Answer listTypedModels(ModelType type, const QString &providerUuid, bool masked);
    Answer createTypedModel(ModelType type, QJsonObject body);
    Answer updateTypedModel(ModelType type, const QString &uuid, const QJsonObject &body);
    Answer testTypedModel(ModelType type, const QString &uuid, const RecordedRequest &request);
    std::optional<Answer> checkReasoning(const QJsonObject &model) const;
    using ModelCounts = QHash<QString, std::array<int, 3>>; // by provider uuid, then ModelType
    QJsonObject providerView(const QJsonObject &provider, bool masked, const ModelCounts *counts = nullptr) const;
    QJsonObject modelView(ModelType type, const QJsonObject &model, bool masked, bool nested) const;
    QJsonObject normalizedModel(ModelType type, QJsonObject model) const;
    QJsonObject normalizedProvider(QJsonObject provider) const;
    QString findOrCreateProvider(const QJsonObject &spec);
    ModelCounts modelCounts() const;
    // Errors as this generation says them (API.md 2).
    Answer serverError(const QString &text) const;
    Answer resourceNotFound(const QString &legacyText) const;
    Answer permissionDenied(const QString &permission) const;
    std::optional<Answer> requirePermission(const RecordedRequest &request, const QString &permission) const;

    // --- 4.7+: who uses the models (FakeServerUsage.cpp) ---------------------
    static bool isUsagePath(const QString &path);
    Answer handleUsage(const RecordedRequest &request);
    Answer handlePipeline(const RecordedRequest &request, const QString &uuid);
    void loadUsageDemoData();

    // --- tokens and data ---------------------------------------------------
    QByteArray issueToken() const;
    bool verifyToken(const QByteArray &token) const;
    QString nextTimestamp();
    void modelsChanged()
    {
        listAnswerCache.clear();
        typedListCache.clear();
    }
    QJsonObject findRequester(const QString &name) const;
};

} // namespace lb::demo
