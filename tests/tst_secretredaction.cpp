// SecretRedaction: what of a model record may be printed or exported, for the
// record shapes of every API generation (API.md, "Models", gotcha 16).
#include "model/SecretRedaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lb;
using Keep = SecretRedaction::Keep;

// (Declared before the raw-string data: moc does not read past it.)
class TestSecretRedaction : public QObject
{
    Q_OBJECT
private slots:
    void secretNames_data();
    void secretNames();
    void urls_data();
    void urls();
    void records_data();
    void records();
    void ownSecretsStayOnRequest();
    void outputCountsKeysAndNamesTheRest();
    void outputOfALegacyRecordIsAsBefore();
    void restoreTakesBackWhatWasLeftOut();
};

namespace {
QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A 4.10 record: the provider nested with its keys and a URL with
// credentials, and extra_args holding secrets in objects and arrays.
const char *const kNewRecord = R"({
  "uuid": "m1", "name": "gpt-4o", "provider_uuid": "p1", "abilities": ["vision"],
  "context_length": 128000, "reasoning_config": {"level": "provider_default"},
  "prefered_ranking": 0, "created_at": "2026-08-21T04:07:36",
  "provider": {"uuid": "p1", "name": "OpenAI", "requester": "openai-chat-completions",
               "base_url": "https://user:pw-in-url@api.example.org/v1?token=tok-in-url&region=eu",
               "api_keys": ["sk-provider-1", "sk-provider-2"]},
  "extra_args": {
    "temperature": 0.3, "max_tokens": 2048, "tokenizer": "cl100k",
    "headers": {"Authorization": "Bearer sk-header", "X-Api-Key": "xk-header", "Accept": "application/json"},
    "extra_body": {"nested": {"access_token": "at-deep", "client_secret": "cs-deep"}},
    "pairs": [{"name": "Authorization", "value": "Bearer sk-pair"}, {"name": "Accept", "value": "text/plain"},
              {"key": "X-Api-Key", "value": "xk-pair"}],
    "fallbacks": [{"model": "m2", "api_key": "sk-fallback"}, "plain"],
    "db_password": "pw-extra", "private_key": "pk-extra", "access_key": "ak-extra", "Cookie": "c-extra",
    "proxy_url": "http://proxyuser:proxypw@proxy.example.org:8080",
    "callback_url": "https://hooks.example.org/cb?key=k-query&x=1",
    "docs_url": "https://docs.example.org/models?page=2"
  }})";

const char *const kNewSecrets[]
    = {"pw-in-url", "tok-in-url", "sk-provider-1", "sk-provider-2", "sk-header",   "xk-header",
       "at-deep",   "cs-deep",    "sk-pair",       "xk-pair",       "sk-fallback", "pw-extra",
       "pk-extra",  "ak-extra",   "c-extra",       "proxypw",       "k-query"};

const char *const kNewRedacted = R"({
  "uuid": "m1", "name": "gpt-4o", "provider_uuid": "p1", "abilities": ["vision"],
  "context_length": 128000, "reasoning_config": {"level": "provider_default"},
  "prefered_ranking": 0, "created_at": "2026-08-21T04:07:36",
  "provider": {"uuid": "p1", "name": "OpenAI", "requester": "openai-chat-completions",
               "base_url": "https://api.example.org/v1?region=eu", "api_keys_count": 2},
  "extra_args": {
    "temperature": 0.3, "max_tokens": 2048, "tokenizer": "cl100k",
    "headers": {"Accept": "application/json"},
    "extra_body": {"nested": {}},
    "pairs": [{"name": "Authorization"}, {"name": "Accept", "value": "text/plain"}, {"key": "X-Api-Key"}],
    "fallbacks": [{"model": "m2"}, "plain"],
    "proxy_url": "http://proxy.example.org:8080",
    "callback_url": "https://hooks.example.org/cb?x=1",
    "docs_url": "https://docs.example.org/models?page=2"
  }})";

const QStringList kNewRemoved{
    QStringLiteral("extra_args.Cookie"),
    QStringLiteral("extra_args.access_key"),
    QStringLiteral("extra_args.callback_url"),
    QStringLiteral("extra_args.db_password"),
    QStringLiteral("extra_args.extra_body.nested.access_token"),
    QStringLiteral("extra_args.extra_body.nested.client_secret"),
    QStringLiteral("extra_args.fallbacks[0].api_key"),
    QStringLiteral("extra_args.headers.Authorization"),
    QStringLiteral("extra_args.headers.X-Api-Key"),
    QStringLiteral("extra_args.pairs[0].value"),
    QStringLiteral("extra_args.pairs[2].value"),
    QStringLiteral("extra_args.private_key"),
    QStringLiteral("extra_args.proxy_url"),
    QStringLiteral("provider.base_url"),
};

// 4.10.7+ without provider_secret.manage: the server masked the secrets.
const char *const kMaskedRecord = R"({
  "uuid": "m2", "name": "embed", "provider_uuid": "p2",
  "provider": {"uuid": "p2", "requester": "openai-embedding", "api_keys": ["***", ""],
               "base_url": "https://***@emb.example.org/v1?token=***"},
  "extra_args": {"api_key": "***", "dimensions": 1024, "list": ["***", "kept"]}})";

const char *const kMaskedRedacted = R"({
  "uuid": "m2", "name": "embed", "provider_uuid": "p2",
  "provider": {"uuid": "p2", "requester": "openai-embedding", "api_keys_count": 2,
               "base_url": "https://emb.example.org/v1"},
  "extra_args": {"dimensions": 1024, "list": ["kept"]}})";

// A 4.0–4.6 record: its own api_keys are the caller's; a secret in
// requester_config goes too.
const char *const kLegacyRecord = R"({
  "uuid": "m3", "name": "claude", "description": "d", "requester": "anthropic-messages",
  "requester_config": {"base_url": "https://api.anthropic.com", "timeout": 120, "args": {"auth_token": "t-args"}},
  "api_keys": ["sk-ant-1"], "abilities": ["func_call"], "extra_args": {"max_tokens": 4096}})";

const char *const kLegacyRedacted = R"({
  "uuid": "m3", "name": "claude", "description": "d", "requester": "anthropic-messages",
  "requester_config": {"base_url": "https://api.anthropic.com", "timeout": 120, "args": {}},
  "api_keys": ["sk-ant-1"], "abilities": ["func_call"], "extra_args": {"max_tokens": 4096}})";
} // namespace

void TestSecretRedaction::secretNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    const std::pair<const char *, bool> rows[] = {
        {"api_key", true},
        {"API_KEY", true},
        {"x-api-key", true},
        {"apiKey", true},
        {"authorization", true},
        {"Authorization", true},
        {"Proxy-Authorization", true},
        {"access_key", true},
        {"private_key", true},
        {"token", true},
        {"access_token", true},
        {"x_auth_token", true},
        {"refresh_token", true},
        {"client_secret", true},
        {"SecretKey", true},
        {"password", true},
        {"db_password", true},
        {"cookie", true},
        {"credentials", true},
        {"max_tokens", false},
        {"max_output_tokens", false},
        {"tokenizer", false},
        {"temperature", false},
        {"api_keys_count", false},
        {"base_url", false},
        {"keys", false},
        {"name", false},
        {"", false},
    };
    for (const auto &[name, secret] : rows)
        QTest::newRow(*name ? name : "(empty)") << QString::fromLatin1(name) << secret;
}

void TestSecretRedaction::secretNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(SecretRedaction::isSecretName(name), secret);
}

void TestSecretRedaction::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("changed");
    QTest::newRow("plain") << QStringLiteral("https://api.openai.com/v1") << QStringLiteral("https://api.openai.com/v1")
                           << false;
    QTest::newRow("user info") << QStringLiteral("https://me:secret@host.example.org:8443/v1")
                               << QStringLiteral("https://host.example.org:8443/v1") << true;
    QTest::newRow("masked by the server")
        << QStringLiteral("https://***@host/v1?token=***") << QStringLiteral("https://host/v1") << true;
    QTest::newRow("secret query, others kept")
        << QStringLiteral("https://host/v1?api-key=abc&region=eu&access_token=def&key=ghi")
        << QStringLiteral("https://host/v1?region=eu") << true;
    QTest::newRow("harmless query") << QStringLiteral("https://host/v1?max_tokens=5")
                                    << QStringLiteral("https://host/v1?max_tokens=5") << false;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("not a URL") << QStringLiteral("not a url") << QStringLiteral("not a url") << false;
}

void TestSecretRedaction::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QFETCH(bool, changed);
    bool wasChanged = !changed;
    QCOMPARE(SecretRedaction::redactUrl(url, &wasChanged), expected);
    QCOMPARE(wasChanged, changed);
}

void TestSecretRedaction::records_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("secrets"); // none may appear in the result

    QStringList newSecrets;
    for (const char *s : kNewSecrets)
        newSecrets << QString::fromLatin1(s);
    QTest::newRow("4.10, plain text") << object(kNewRecord) << object(kNewRedacted) << kNewRemoved << newSecrets;
    QTest::newRow("4.10.7, masked") << object(kMaskedRecord) << object(kMaskedRedacted)
                                    << QStringList{QStringLiteral("extra_args.api_key"),
                                                   QStringLiteral("extra_args.list[0]"),
                                                   QStringLiteral("provider.base_url")}
                                    << QStringList{QStringLiteral("***")};
    QTest::newRow("4.6") << object(kLegacyRecord) << object(kLegacyRedacted)
                         << QStringList{QStringLiteral("requester_config.args.auth_token")}
                         << QStringList{QStringLiteral("t-args")};
    QTest::newRow("nothing secret") << object(R"({"uuid":"m","name":"n","extra_args":{"top_p":1}})")
                                    << object(R"({"uuid":"m","name":"n","extra_args":{"top_p":1}})") << QStringList()
                                    << QStringList();
}

void TestSecretRedaction::records()
{
    QFETCH(QJsonObject, record);
    QFETCH(QJsonObject, expected);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, secrets);

    const SecretRedaction::Result result = SecretRedaction::redact(record, Keep::None);
    QCOMPARE(result.record, expected);
    QStringList sorted = result.removed;
    sorted.sort();
    QCOMPARE(sorted, removed);
    const QByteArray out = text(result.record);
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!out.contains(secret.toUtf8()), qPrintable(secret));
    // Stable: the same record gives the same paths in the same order.
    QCOMPARE(SecretRedaction::redact(record, Keep::None).removed, result.removed);
}

void TestSecretRedaction::ownSecretsStayOnRequest()
{
    // --include-secrets: the model's own secrets stay; the provider's keys
    // and the server's "***" never do.
    const SecretRedaction::Result own = SecretRedaction::redact(object(kNewRecord), Keep::OwnSecrets);
    const QJsonObject args = own.record.value(QLatin1String("extra_args")).toObject();
    QCOMPARE(args, object(kNewRecord).value(QLatin1String("extra_args")).toObject());
    const QJsonObject provider = own.record.value(QLatin1String("provider")).toObject();
    QVERIFY(!provider.contains(QLatin1String("api_keys")));
    QCOMPARE(provider.value(QLatin1String("api_keys_count")).toInt(), 2);
    QCOMPARE(provider.value(QLatin1String("base_url")).toString(),
             QStringLiteral("https://api.example.org/v1?region=eu"));
    QCOMPARE(own.removed, QStringList{QStringLiteral("provider.base_url")});

    const SecretRedaction::Result masked = SecretRedaction::redact(object(kMaskedRecord), Keep::OwnSecrets);
    QCOMPARE(masked.record, object(kMaskedRedacted));
    QVERIFY(!text(masked.record).contains("***"));

    const SecretRedaction::Result legacy = SecretRedaction::redact(object(kLegacyRecord), Keep::OwnSecrets);
    QCOMPARE(legacy.record, object(kLegacyRecord));
    QVERIFY(legacy.removed.isEmpty());
}

void TestSecretRedaction::outputCountsKeysAndNamesTheRest()
{
    const QJsonObject out = SecretRedaction::forOutput(object(kNewRecord));
    QVERIFY(!out.contains(QLatin1String("api_keys")));
    QCOMPARE(out.value(QLatin1String("api_keys_count")).toInt(), 0);
    QStringList redacted;
    for (const QJsonValue &v : out.value(QLatin1String("redacted")).toArray())
        redacted << v.toString();
    redacted.sort();
    QCOMPARE(redacted, kNewRemoved);
    const QByteArray printed = text(out);
    for (const char *secret : kNewSecrets)
        QVERIFY2(!printed.contains(secret), secret);
    QCOMPARE(out.value(QLatin1String("provider")).toObject().value(QLatin1String("api_keys_count")).toInt(), 2);

    const QJsonObject masked = SecretRedaction::forOutput(object(kMaskedRecord));
    QVERIFY(!text(masked).contains("***"));
}

void TestSecretRedaction::outputOfALegacyRecordIsAsBefore()
{
    // A 4.0–4.6 record without other secrets: api_keys become their count,
    // nothing else changes and no "redacted" is added.
    QJsonObject record = object(kLegacyRecord);
    QJsonObject config = record.value(QLatin1String("requester_config")).toObject();
    config.remove(QLatin1String("args"));
    record.insert(QStringLiteral("requester_config"), config);
    record.insert(QStringLiteral("api_keys"), QJsonArray{QStringLiteral("sk-1"), QStringLiteral("sk-2")});

    QJsonObject expected = record;
    expected.remove(QLatin1String("api_keys"));
    expected.insert(QStringLiteral("api_keys_count"), 2);
    QCOMPARE(SecretRedaction::forOutput(record), expected);

    // The contract page's grouped shape is counted key by key.
    record.insert(QStringLiteral("api_keys"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("g")},
                                         {QStringLiteral("keys"),
                                          QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}}});
    QCOMPARE(SecretRedaction::forOutput(record).value(QLatin1String("api_keys_count")).toInt(), 3);
}

void TestSecretRedaction::restoreTakesBackWhatWasLeftOut()
{
    // An import updating the model: the values the export left out come back
    // from the server's record, and only those.
    const QJsonObject original = object(kNewRecord);
    const SecretRedaction::Result result = SecretRedaction::redact(original, Keep::None);
    QJsonObject edited = result.record;
    QJsonObject args = edited.value(QLatin1String("extra_args")).toObject();
    args.insert(QStringLiteral("temperature"), 0.9); // the document's own change stays
    edited.insert(QStringLiteral("extra_args"), args);

    QJsonObject expected = original;
    QJsonObject expectedArgs = original.value(QLatin1String("extra_args")).toObject();
    expectedArgs.insert(QStringLiteral("temperature"), 0.9);
    expected.insert(QStringLiteral("extra_args"), expectedArgs);
    QJsonObject provider = result.record.value(QLatin1String("provider")).toObject(); // key lists are not paths
    provider.insert(QStringLiteral("base_url"), original.value(QLatin1String("provider"))[QLatin1String("base_url")]);
    expected.insert(QStringLiteral("provider"), provider);
    QCOMPARE(SecretRedaction::restore(edited, original, result.removed), expected);

    // Nothing listed: nothing taken back.
    QCOMPARE(SecretRedaction::restore(result.record, original, {}), result.record);
    // A path the original lacks stays absent.
    QCOMPARE(SecretRedaction::restore(result.record, QJsonObject(), result.removed), result.record);
}

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "tst_secretredaction.moc"
