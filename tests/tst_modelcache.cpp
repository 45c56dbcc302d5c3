// ModelCache: the offline copy of a profile's list holds no key, keeps counts.
#include "FakeLangBotServer.h"
#include "TestSupport.h"
#include "cache/ModelCache.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lb;

class TestModelCache : public QObject
{
    Q_OBJECT
private slots:
    void roundTripWithoutSecrets();
    void keepsTheKeyShape();
    void noProviderOrExtraArgsSecret();
    void missingOrForeignFile();
    void asOfTimeComesFromTheClock();
    void keepsTypesAndRedactedProviders();
};

// A 4.10 demo's models of every type and its providers survive the round
// trip with their types; no key of a provider is written.
void TestModelCache::keepsTypesAndRedactedProviders()
{
    lb::demo::FakeLangBotServer server;
    QVERIFY(server.setLangBotVersion(u"4.10"_s));
    server.loadDemoData();
    QList<LlmModel> models;
    for (const lb::ModelType type : lb::allModelTypes) {
        for (const QJsonObject &json : server.models(type)) {
            LlmModel model(json);
            model.setType(type);
            models << model;
        }
    }
    QList<lb::Provider> providers;
    QStringList keys;
    for (const QJsonObject &json : server.providers()) {
        lb::Provider provider(json);
        keys << provider.apiKeys();
        providers << provider;
    }
    providers.first().setApiKeys({u"sk-CANARY-provider-0001"_s});
    keys << u"sk-CANARY-provider-0001"_s;
    keys.removeAll(QString());
    QVERIFY(!keys.isEmpty());

    QTemporaryDir dir;
    ModelCache cache(dir.path());
    QVERIFY(cache.save(u"profile-1"_s, models, u"v4.10.11"_s, {}, providers));
    QFile file(cache.fileFor(u"profile-1"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QString &key : std::as_const(keys))
        QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(key));

    const ModelCache::Snapshot snap = cache.load(u"profile-1"_s);
    QVERIFY(snap.valid);
    QCOMPARE(snap.models.size(), models.size());
    for (qsizetype i = 0; i < models.size(); ++i) {
        QCOMPARE(snap.models.at(i).uuid(), models.at(i).uuid());
        QCOMPARE(snap.models.at(i).type(), models.at(i).type());
    }
    QVERIFY(std::any_of(snap.models.cbegin(), snap.models.cend(),
                        [](const LlmModel &m) { return m.type() == lb::ModelType::Embedding; }));
    QCOMPARE(snap.providers.size(), providers.size());
    for (qsizetype i = 0; i < providers.size(); ++i) {
        QCOMPARE(snap.providers.at(i).uuid(), providers.at(i).uuid());
        QCOMPARE(snap.providers.at(i).name(), providers.at(i).name());
        QCOMPARE(snap.providers.at(i).apiKeys().size(), providers.at(i).apiKeys().size());
        for (const QString &key : snap.providers.at(i).apiKeys())
            QVERIFY(key.isEmpty());
    }
}

void TestModelCache::roundTripWithoutSecrets()
{
    lb::demo::FakeLangBotServer server;
    server.loadDemoData();
    QList<LlmModel> models;
    QStringList secrets;
    for (const QJsonObject &json : server.models()) {
        LlmModel model(json);
        secrets << model.apiKeys();
        models << model;
    }
    // plus a known canary
    models.first().setApiKeys({QStringLiteral("sk-CANARY-cache-0001"), QStringLiteral("sk-CANARY-cache-0002")});
    secrets << QStringLiteral("sk-CANARY-cache-0001") << QStringLiteral("sk-CANARY-cache-0002");
    QVERIFY(secrets.size() > 3);

    QTemporaryDir dir;
    ModelCache cache(dir.path());
    const QDateTime when = QDateTime::currentDateTime().addSecs(-3600);
    QVERIFY(cache.save(QStringLiteral("profile-1"), models, QStringLiteral("v4.6.5"), when));

    // No key anywhere under the cache dir.
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!secret.isEmpty() && !bytes.contains(secret.toUtf8()), qPrintable(secret));
    }
    QCOMPARE(files, 1);

    const ModelCache::Snapshot snap = cache.load(QStringLiteral("profile-1"));
    QVERIFY(snap.valid);
    QCOMPARE(snap.serverVersion, QStringLiteral("v4.6.5"));
    QCOMPARE(snap.fetchedAt.toSecsSinceEpoch(), when.toSecsSinceEpoch());
    QCOMPARE(snap.models.size(), models.size());
    for (int i = 0; i < models.size(); ++i) {
        QCOMPARE(snap.models[i].uuid(), models[i].uuid());
        QCOMPARE(snap.models[i].name(), models[i].name());
        QCOMPARE(snap.models[i].apiKeyCount(), models[i].apiKeyCount());
        QCOMPARE(snap.models[i].baseUrl(), models[i].baseUrl());
        for (const QString &key : snap.models[i].apiKeys())
            QVERIFY(key.isEmpty());
    }
}

void TestModelCache::keepsTheKeyShape()
{
    const QJsonObject nested{
        {QStringLiteral("uuid"), QStringLiteral("u1")},
        {QStringLiteral("name"), QStringLiteral("n")},
        {QStringLiteral("api_keys"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("main")},
                                {QStringLiteral("keys"), QJsonArray{QStringLiteral("sk-a"), QStringLiteral("sk-b")}}}}},
    };
    const LlmModel red = ModelCache::redacted(LlmModel(nested));
    QCOMPARE(red.apiKeysShape(), LlmModel::ListShape::Nested);
    QCOMPARE(red.apiKeyCount(), 2);
    QVERIFY(!red.apiKeys().contains(QStringLiteral("sk-a")));
}

void TestModelCache::noProviderOrExtraArgsSecret()
{
    // A 4.7+ record nests its provider's keys; extra_args may hold a header.
    const QJsonObject record{
        {u"uuid"_s, u"u2"_s},
        {u"name"_s, u"gpt-4o"_s},
        {u"provider"_s, QJsonObject{{u"uuid"_s, u"p1"_s}, {u"api_keys"_s, QJsonArray{u"sk-CANARY-provider"_s}}}},
        {u"extra_args"_s,
         QJsonObject{{u"headers"_s, QJsonObject{{u"Authorization"_s, u"Bearer CANARY-header"_s}}},
                     {u"max_tokens"_s, 64}}},
    };
    QTemporaryDir dir;
    ModelCache cache(dir.path());
    QVERIFY(cache.save(u"profile-2"_s, {LlmModel(record)}, u"v4.10.11"_s, QDateTime::currentDateTime()));
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    QFile file(it.next());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("CANARY"));
    const ModelCache::Snapshot snap = cache.load(u"profile-2"_s);
    QCOMPARE(snap.models.size(), 1);
    QCOMPARE(snap.models.first().extraArgs().value(u"max_tokens"_s).toInt(), 64);
}

void TestModelCache::missingOrForeignFile()
{
    QTemporaryDir dir;
    ModelCache cache(dir.path());
    QVERIFY(!cache.load(QStringLiteral("nope")).valid);
    QFile file(cache.fileFor(QStringLiteral("x")));
    QVERIFY(QDir().mkpath(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"models\": []}");
    file.close();
    QVERIFY(!cache.load(QStringLiteral("x")).valid);
    cache.remove(QStringLiteral("x"));
    QVERIFY(!QFile::exists(cache.fileFor(QStringLiteral("x"))));
}

void TestModelCache::asOfTimeComesFromTheClock()
{
    // Saved without a time, a list is "as of" the cache's clock's now.
    lb::testsupport::ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    QTemporaryDir dir;
    const ModelCache cache(dir.path(), &clock);
    const QList<LlmModel> models = lb::testsupport::asModels({lb::testsupport::modelJson(u"u-1"_s, u"One"_s)});
    QVERIFY(cache.save(u"p"_s, models, u"v4.6.5"_s));
    const ModelCache::Snapshot first = cache.load(u"p"_s);
    QVERIFY(first.valid);
    QCOMPARE(first.fetchedAt.toUTC(), clock.now());

    clock.advance(90 * 60 * 1000);
    QVERIFY(cache.save(u"p"_s, models, u"v4.6.5"_s));
    const ModelCache::Snapshot later = cache.load(u"p"_s);
    QCOMPARE(later.fetchedAt.toUTC(), QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(first.fetchedAt.secsTo(later.fetchedAt), 90 * 60);
}

QTEST_GUILESS_MAIN(TestModelCache)
#include "tst_modelcache.moc"
