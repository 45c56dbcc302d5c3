// Tests of lb::ImportPlan and lb::ImportReport: matching by uuid on the same
// server and by name otherwise, identical models skipped, the field-level diff,
// the secrets rules (keys kept on update, creates without keys flagged, no key
// value ever in a diff), the bodies to send, user changes, the on-conflict
// policy, and the report's JSON and text.

#include "TestSupport.h"
#include "Fixtures.h"
#include "model/LlmModel.h"
#include "transfer/ImportPlan.h"
#include "transfer/ImportReport.h"
#include "transfer/ModelsDocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lb;
using lb::testsupport::jsonObject;

Q_DECLARE_METATYPE(ImportAction)
Q_DECLARE_METATYPE(MatchRule)
Q_DECLARE_METATYPE(ConflictPolicy)

namespace {

LlmModel named(const QList<LlmModel> &list, const QString &name)
{
    for (const LlmModel &m : list) {
        if (m.name() == name)
            return m;
    }
    qFatal("no model named %s", qPrintable(name));
}

// The document a server's list exports to, read back as an import would.
QList<DocumentModel> exported(const QList<LlmModel> &models, bool includeSecrets)
{
    const ModelsDocument doc = ModelsDocument::fromServer(models, ExportSource(), ExportOptions{includeSecrets});
    const ModelsDocument::ReadResult read = ModelsDocument::read(doc.toJson());
    if (!read.ok())
        qFatal("export does not read back: %s", qPrintable(read.errors.toText()));
    return read.document.models;
}

DocumentModel documentModel(const QJsonObject &json)
{
    const ModelsDocument::ReadResult read = ModelsDocument::read(
        QJsonDocument(
            QJsonObject{{u"format"_s, u"langbot-console/models"_s}, {u"version"_s, 1}, {u"models"_s, QJsonArray{json}}})
            .toJson());
    if (!read.ok())
        qFatal("bad document model: %s", qPrintable(read.errors.toText()));
    return read.document.models.first();
}

QStringList changeTexts(const QList<FieldChange> &changes)
{
    QStringList out;
    for (const FieldChange &c : changes)
        out.append(c.toString());
    return out;
}

const QStringList kNeverSent = {u"uuid"_s, u"created_at"_s, u"updated_at"_s};

} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matching_data();
    void matching();
    void sameServerFallsBackToName();
    void reimportIsAllSkips_data();
    void reimportIsAllSkips();
    void conflictPolicy_data();
    void conflictPolicy();
    void diffContent();
    void diffOfCreate();
    void keysKeptOnUpdateWithoutDocumentKeys();
    void documentKeysSentInServerShape();
    void secretsNeverShown();
    void createWithoutKeysFlagged();
    void createWithEmptyKeyListNotFlagged();
    void createBody();
    void abilitiesKeepServerShape();
    void maskedDocumentKeysNotSent();
    void userChangesAction();
    void ambiguousName();
    void twoRowsSameTarget();
    void requesterDiffers();
    void summary();
    void isSameServer_data();
    void isSameServer();

    void reportRenderings();
    void reportSave();

private:
    // tests/data/transfer-server-models.json: the models on the server.
    QList<LlmModel> m_serverModels;
};

void TestImportPlan::initTestCase()
{
    LB_REQUIRE_MODELS(models, lb::testsupport::testDataPath(u"transfer-server-models.json"_s));
    m_serverModels = models;
}

void TestImportPlan::matching_data()
{
    QTest::addColumn<bool>("sameServer");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ImportAction>("action");
    QTest::addColumn<MatchRule>("rule");
    QTest::addColumn<QString>("target");

    const QString gpt = u"8f1c7a52-3b1e-4f0e-9a55-2d7c0e6b1a01"_s;
    const QString deepseek = u"0c9d2e44-61a7-4d3b-8f0e-7b1a2c3d4e02"_s;
    // The document's model is called "renamed" and carries gpt-4o's uuid.
    QTest::newRow("same server: by uuid")
        << true << gpt << u"renamed"_s << ImportAction::Update << MatchRule::Uuid << gpt;
    QTest::newRow("other server: uuid ignored")
        << false << gpt << u"renamed"_s << ImportAction::Create << MatchRule::None << QString();
    QTest::newRow("other server: by name") << false << u"uuid-from-elsewhere"_s << u"deepseek-chat"_s
                                           << ImportAction::Update << MatchRule::Name << deepseek;
    QTest::newRow("other server: same uuid, other name wins")
        << false << gpt << u"deepseek-chat"_s << ImportAction::Update << MatchRule::Name << deepseek;
    QTest::newRow("same server: uuid beats name")
        << true << gpt << u"deepseek-chat"_s << ImportAction::Update << MatchRule::Uuid << gpt;
    QTest::newRow("no uuid in document: by name")
        << true << QString() << u"deepseek-chat"_s << ImportAction::Update << MatchRule::Name << deepseek;
    QTest::newRow("names are case-sensitive")
        << false << QString() << u"GPT-4O"_s << ImportAction::Create << MatchRule::None << QString();
}

void TestImportPlan::matching()
{
    QFETCH(bool, sameServer);
    QFETCH(QString, uuid);
    QFETCH(QString, name);
    QFETCH(ImportAction, action);
    QFETCH(MatchRule, rule);
    QFETCH(QString, target);

    QJsonObject json = jsonObject(R"({"requester": "openai-chat-completions", "description": "imported",
                               "requester_config": {"base_url": "https://proxy.example.org/v1", "timeout": 30}})");
    json.insert(u"name"_s, name);
    if (!uuid.isEmpty())
        json.insert(u"uuid"_s, uuid);
    // Same requester as the target, so an update is a plain update.
    if (target == u"0c9d2e44-61a7-4d3b-8f0e-7b1a2c3d4e02"_s)
        json.insert(u"requester"_s, u"deepseek-chat-completions"_s);

    const ImportPlan plan
        = ImportPlan::build({documentModel(json)}, m_serverModels, ImportOptions{sameServer, ConflictPolicy::Update});
    QCOMPARE(plan.size(), 1);
    const ImportRow &row = plan.row(0);
    QCOMPARE(row.matchedBy, rule);
    QCOMPARE(row.proposed, action);
    QCOMPARE(row.action, action);
    QCOMPARE(row.targetUuid(), target);
    QCOMPARE(row.hasTarget(), !target.isEmpty());
    QVERIFY(!row.reason.isEmpty());
    if (rule == MatchRule::Uuid)
        QVERIFY2(row.reason.contains(u"matched by uuid"_s), qPrintable(row.reason));
    if (rule == MatchRule::Name)
        QVERIFY2(row.reason.contains(u"matched by name"_s), qPrintable(row.reason));
    for (const QString &key : kNeverSent)
        QVERIFY(!row.body.contains(key));
    QCOMPARE(row.body.contains(u"requester"_s), action == ImportAction::Create);
}

void TestImportPlan::sameServerFallsBackToName()
{
    // The model was deleted and made again: new uuid, same name.
    QJsonObject json = named(m_serverModels, u"gpt-4o"_s).json();
    json.insert(u"uuid"_s, u"gone-0000"_s);
    json.insert(u"description"_s, u"changed"_s);
    const ImportPlan plan
        = ImportPlan::build({documentModel(json)}, m_serverModels, ImportOptions{true, ConflictPolicy::Update});
    QCOMPARE(plan.row(0).matchedBy, MatchRule::Name);
    QCOMPARE(plan.row(0).action, ImportAction::Update);
    QCOMPARE(plan.row(0).targetUuid(), u"8f1c7a52-3b1e-4f0e-9a55-2d7c0e6b1a01"_s);
}

void TestImportPlan::reimportIsAllSkips_data()
{
    QTest::addColumn<bool>("includeSecrets");
    QTest::addColumn<bool>("sameServer");
    QTest::newRow("no secrets, same server") << false << true;
    QTest::newRow("secrets, same server") << true << true;
    QTest::newRow("no secrets, by name") << false << false;
    QTest::newRow("secrets, by name") << true << false;
}

void TestImportPlan::reimportIsAllSkips()
{
    QFETCH(bool, includeSecrets);
    QFETCH(bool, sameServer);
    const QList<LlmModel> server = m_serverModels;
    const ImportPlan plan = ImportPlan::build(exported(server, includeSecrets), server,
                                              ImportOptions{sameServer, ConflictPolicy::Update});
    QCOMPARE(plan.size(), server.size());
    for (const ImportRow &row : plan.rows()) {
        QVERIFY2(row.identical, qPrintable(row.name() + u": "_s + changeTexts(row.changes).join(u"; "_s)));
        QCOMPARE(row.proposed, ImportAction::Skip);
        QVERIFY(row.changes.isEmpty());
        QVERIFY(row.body.isEmpty());
        QCOMPARE(row.matchedBy, sameServer ? MatchRule::Uuid : MatchRule::Name);
        QVERIFY2(row.reason.startsWith(u"identical"_s), qPrintable(row.reason));
    }
    QCOMPARE(plan.count(ImportAction::Skip), int(server.size()));
}

void TestImportPlan::conflictPolicy_data()
{
    QTest::addColumn<ConflictPolicy>("policy");
    QTest::addColumn<bool>("differs");
    QTest::addColumn<ImportAction>("expected");
    QTest::newRow("update, differs") << ConflictPolicy::Update << true << ImportAction::Update;
    QTest::newRow("skip, differs") << ConflictPolicy::Skip << true << ImportAction::Skip;
    QTest::newRow("update, identical") << ConflictPolicy::Update << false << ImportAction::Skip;
    QTest::newRow("skip, identical") << ConflictPolicy::Skip << false << ImportAction::Skip;
}

void TestImportPlan::conflictPolicy()
{
    QFETCH(ConflictPolicy, policy);
    QFETCH(bool, differs);
    QFETCH(ImportAction, expected);
    const QList<LlmModel> server = m_serverModels;
    QJsonObject json = named(server, u"deepseek-chat"_s).json();
    if (differs)
        json.insert(u"description"_s, u"now with a description"_s);
    const ImportPlan plan = ImportPlan::build({documentModel(json)}, server, ImportOptions{false, policy});
    QCOMPARE(plan.row(0).proposed, expected);
    QCOMPARE(plan.row(0).identical, !differs);
    // A create is never proposed for an existing model.
    QCOMPARE(plan.count(ImportAction::Create), 0);
    if (policy == ConflictPolicy::Skip && differs) {
        QVERIFY(plan.row(0).reason.contains(u"policy is skip"_s));
        // Skip still shows what an update would do.
        QCOMPARE(changeTexts(plan.row(0).changes), QStringList{u"description: \"\" → \"now with a description\""_s});
    }
}

void TestImportPlan::diffContent()
{
    const QList<LlmModel> server = m_serverModels;
    // deepseek-chat on the server: base_url api.deepseek.com, timeout 120, args {};
    // extra_args temperature 0.7, max_tokens 4096, stream false.
    QJsonObject json = named(server, u"deepseek-chat"_s).json();
    json.remove(u"api_keys"_s);
    json.insert(u"description"_s, u"via the proxy"_s);
    json.insert(u"requester_config"_s, jsonObject(R"({"base_url": "https://proxy.example.org", "timeout": 120,
                                                 "api_key": "sk-in-config-SECRET", "top p": 1})"));
    json.insert(u"extra_args"_s, jsonObject(R"({"temperature": 0.2, "max_tokens": 4096, "seed": 7})"));
    json.insert(u"abilities"_s, QJsonArray{u"func_call"_s, u"vision"_s});
    json.insert(u"context_window"_s, 64000);

    const ImportPlan plan
        = ImportPlan::build({documentModel(json)}, server, ImportOptions{true, ConflictPolicy::Update});
    const ImportRow &row = plan.row(0);
    QCOMPARE(row.action, ImportAction::Update);
    QCOMPARE(row.matchedBy, MatchRule::Uuid);
    QCOMPARE(
        changeTexts(row.changes),
        (QStringList{u"abilities: [\"func_call\"] → [\"func_call\",\"vision\"]"_s, u"context_window: (none) → 64000"_s,
                     u"description: \"\" → \"via the proxy\""_s, u"extra_args.seed: (none) → 7"_s,
                     u"extra_args.stream: false → (none)"_s, u"extra_args.temperature: 0.7 → 0.2"_s,
                     u"requester_config.api_key: (none) → (set)"_s, u"requester_config.args: {} → (none)"_s,
                     u"requester_config.base_url: \"https://api.deepseek.com\" → \"https://proxy.example.org\""_s,
                     u"requester_config[\"top p\"]: (none) → 1"_s}));

    // The structured form, for the GUI.
    const FieldChange &temperature = row.changes.at(5);
    QCOMPARE(temperature.path, u"extra_args.temperature"_s);
    QCOMPARE(temperature.kind, FieldChange::Kind::Changed);
    QCOMPARE(temperature.oldText, u"0.7"_s);
    QCOMPARE(temperature.newText, u"0.2"_s);
    QVERIFY(!temperature.secret);
    QCOMPARE(row.changes.at(1).kind, FieldChange::Kind::Added);
    QCOMPARE(row.changes.at(4).kind, FieldChange::Kind::Removed);
    QVERIFY(row.changes.at(6).secret);

    // The body: what the document has, less uuid and requester; the server
    // applies it as a partial update, so fields it lacks are not sent.
    QJsonObject expectedBody = json;
    expectedBody.remove(u"uuid"_s);
    expectedBody.remove(u"requester"_s);
    expectedBody.remove(u"created_at"_s);
    expectedBody.remove(u"updated_at"_s);
    QCOMPARE(row.body, expectedBody);
    QCOMPARE(row.targetUuid(), named(server, u"deepseek-chat"_s).uuid());
}

void TestImportPlan::diffOfCreate()
{
    const DocumentModel d = documentModel(jsonObject(R"({"name": "new-model", "requester": "ollama-chat",
        "requester_config": {"base_url": "http://h:11434"}, "api_keys": ["k1", "k2"], "extra_args": {"n": 1}})"));
    const ImportPlan plan = ImportPlan::build({d}, m_serverModels, ImportOptions());
    const ImportRow &row = plan.row(0);
    QCOMPARE(row.action, ImportAction::Create);
    QCOMPARE(changeTexts(row.changes),
             (QStringList{u"abilities: (none) → []"_s, u"api_keys: (none) → 2 key(s)"_s,
                          u"description: (none) → \"\""_s, u"extra_args.n: (none) → 1"_s,
                          u"name: (none) → \"new-model\""_s, u"requester: (none) → \"ollama-chat\""_s,
                          u"requester_config.base_url: (none) → \"http://h:11434\""_s}));
    for (const FieldChange &c : row.changes)
        QCOMPARE(c.kind, FieldChange::Kind::Added);
}

void TestImportPlan::keysKeptOnUpdateWithoutDocumentKeys()
{
    const QList<LlmModel> server = m_serverModels;
    const QList<DocumentModel> doc = exported(server, false); // no keys in the document
    // Change every model a little so each one is an update.
    QList<DocumentModel> changed;
    for (DocumentModel d : doc) {
        QJsonObject json = d.model.json();
        json.insert(u"description"_s, u"edited"_s);
        d.model = LlmModel(json);
        changed.append(d);
    }
    const ImportPlan plan = ImportPlan::build(changed, server, ImportOptions{true, ConflictPolicy::Update});
    for (const ImportRow &row : plan.rows()) {
        QCOMPARE(row.action, ImportAction::Update);
        if (row.name() == u"qwen2.5:7b"_s) {
            // [] was exported (no secret): sending it back changes nothing.
            QVERIFY(row.carriesKeys());
            QCOMPARE(row.body.value(u"api_keys"_s), QJsonValue(QJsonArray()));
            continue;
        }
        QVERIFY2(!row.body.contains(u"api_keys"_s), qPrintable(row.name()));
        QVERIFY(row.keepsServerKeys());
        QVERIFY(!row.needsKeys());
        for (const FieldChange &c : row.changes)
            QVERIFY(c.path != u"api_keys"_s);
    }
}

void TestImportPlan::documentKeysSentInServerShape()
{
    const QList<LlmModel> server = m_serverModels;
    // Claude-Sonnet is stored with the contract's key groups; the document has a plain list.
    QJsonObject json = named(server, u"Claude-Sonnet"_s).json();
    json.insert(u"api_keys"_s, QJsonArray{u"sk-new-1"_s, u"sk-new-2"_s});
    const ImportPlan plan
        = ImportPlan::build({documentModel(json)}, server, ImportOptions{true, ConflictPolicy::Update});
    const ImportRow &row = plan.row(0);
    QCOMPARE(row.action, ImportAction::Update);
    QVERIFY(!row.keepsServerKeys());
    QCOMPARE(
        row.body.value(u"api_keys"_s).toArray(),
        QJsonArray{jsonObject(R"({"name": "team", "note": "rotated monthly", "keys": ["sk-new-1", "sk-new-2"]})")});
    QCOMPARE(changeTexts(row.changes), QStringList{u"api_keys: 3 key(s) → 2 key(s)"_s});
    QVERIFY(row.changes.first().secret);

    // And a plain record gets a plain list even from groups.
    QJsonObject gpt = named(server, u"gpt-4o"_s).json();
    gpt.insert(u"api_keys"_s, QJsonArray{jsonObject(R"({"name": "g", "keys": ["sk-a", "sk-b", "sk-c"]})")});
    const ImportPlan plain
        = ImportPlan::build({documentModel(gpt)}, server, ImportOptions{true, ConflictPolicy::Update});
    QCOMPARE(plain.row(0).body.value(u"api_keys"_s).toArray(), (QJsonArray{u"sk-a"_s, u"sk-b"_s, u"sk-c"_s}));
}

void TestImportPlan::secretsNeverShown()
{
    const QList<LlmModel> server = m_serverModels;
    // Same number of keys, other values: "(changed)", never a value.
    QJsonObject json = named(server, u"gpt-4o"_s).json();
    json.insert(u"api_keys"_s, QJsonArray{u"sk-REPLACED-1"_s, u"sk-REPLACED-2"_s});
    json.insert(u"extra_args"_s,
                jsonObject(R"({"client_secret": "cs-VALUE", "access_token": "tok-VALUE", "max_tokens": 5})"));
    const ImportPlan plan
        = ImportPlan::build({documentModel(json)}, server, ImportOptions{true, ConflictPolicy::Update});
    const QStringList texts = changeTexts(plan.row(0).changes);
    QCOMPARE(texts,
             (QStringList{u"api_keys: 2 key(s) → 2 key(s) (changed)"_s, u"extra_args.access_token: (none) → (set)"_s,
                          u"extra_args.client_secret: (none) → (set)"_s, u"extra_args.max_tokens: (none) → 5"_s}));
    const QString all = texts.join(u'\n') + plan.row(0).warnings.join(u'\n') + plan.row(0).reason;
    for (const QString &secret : {u"sk-REPLACED"_s, u"sk-transfer-fixture"_s, u"cs-VALUE"_s, u"tok-VALUE"_s})
        QVERIFY2(!all.contains(secret), qPrintable(secret));
    // The body does carry them: it is what the server needs.
    QCOMPARE(plan.row(0).body.value(u"api_keys"_s).toArray(), (QJsonArray{u"sk-REPLACED-1"_s, u"sk-REPLACED-2"_s}));

    // Secret-looking names are recognised; look-alikes are not.
    for (const QString &key :
         {u"api_key"_s, u"apiKey"_s, u"client_secret"_s, u"password"_s, u"access_token"_s, u"token"_s})
        QVERIFY2(ImportPlan::looksSecret(key), qPrintable(key));
    for (const QString &key : {u"max_tokens"_s, u"base_url"_s, u"timeout"_s, u"keyword"_s})
        QVERIFY2(!ImportPlan::looksSecret(key), qPrintable(key));
}

void TestImportPlan::createWithoutKeysFlagged()
{
    const QList<LlmModel> source = m_serverModels;
    const QList<DocumentModel> doc = exported(source, false);
    // Into an empty server: everything is a create.
    ImportPlan plan = ImportPlan::build(doc, {}, ImportOptions());
    QCOMPARE(plan.count(ImportAction::Create), int(source.size()));
    qsizetype gpt = -1;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const ImportRow &row = plan.row(i);
        const bool noKeysAtAll = row.name() == u"qwen2.5:7b"_s; // exported as []
        QCOMPARE(row.needsKeys(), !noKeysAtAll);
        QCOMPARE(row.body.value(u"api_keys"_s), QJsonValue(QJsonArray())); // created without, unless supplied
        if (row.needsKeys())
            QVERIFY(!row.warnings.filter(u"no API keys"_s).isEmpty());
        if (row.name() == u"gpt-4o"_s)
            gpt = i;
    }
    QCOMPARE(plan.needsKeysCount(), int(source.size()) - 1);

    // The caller asks and supplies keys: sent as a plain list.
    plan.setSuppliedKeys(gpt, {u"sk-typed-1"_s});
    QVERIFY(!plan.row(gpt).needsKeys());
    QCOMPARE(plan.row(gpt).body.value(u"api_keys"_s).toArray(), QJsonArray{u"sk-typed-1"_s});
    QCOMPARE(plan.needsKeysCount(), int(source.size()) - 2);
    QVERIFY(plan.row(gpt).warnings.filter(u"no API keys"_s).isEmpty());
    QVERIFY(changeTexts(plan.row(gpt).changes).contains(u"api_keys: (none) → 1 key(s)"_s));
}

void TestImportPlan::createWithEmptyKeyListNotFlagged()
{
    const DocumentModel d
        = documentModel(jsonObject(R"({"name": "local", "requester": "ollama-chat", "api_keys": []})"));
    const ImportPlan plan = ImportPlan::build({d}, {}, ImportOptions());
    QCOMPARE(plan.row(0).action, ImportAction::Create);
    QVERIFY(!plan.row(0).needsKeys());
    // A marker that says there were none: not flagged either.
    const DocumentModel zero = documentModel(
        jsonObject(R"({"name": "z", "requester": "r", "api_keys": {"not_exported": true, "count": 0}})"));
    QVERIFY(!ImportPlan::build({zero}, {}, ImportOptions()).row(0).needsKeys());
}

void TestImportPlan::createBody()
{
    // The contract's shapes and an unknown field, with keys.
    const LlmModel claude = named(m_serverModels, u"Claude-Sonnet"_s);
    QJsonObject json = claude.json();
    json.insert(u"future_field"_s, u"kept"_s);
    const ImportPlan plan = ImportPlan::build({documentModel(json)}, {}, ImportOptions());
    const QJsonObject body = plan.row(0).body;
    QCOMPARE(plan.row(0).action, ImportAction::Create);
    QCOMPARE(plan.row(0).targetUuid(), QString());
    // A new record uses plain lists of strings.
    const QJsonObject expected = jsonObject(R"({
        "name": "Claude-Sonnet", "description": "Contract-shaped record", "requester": "anthropic-messages",
        "requester_config": {"base_url": "https://api.anthropic.com", "timeout": 120},
        "extra_args": {"max_tokens": 1024},
        "api_keys": ["sk-ant-transfer-fixture-KEY-DDDD4444", "sk-ant-transfer-fixture-KEY-EEEE5555",
                     "sk-ant-transfer-fixture-KEY-FFFF6666"],
        "abilities": ["vision", "func_call"],
        "future_field": "kept"})");
    QCOMPARE(body, expected);
}

void TestImportPlan::abilitiesKeepServerShape()
{
    const QList<LlmModel> server = m_serverModels;
    QJsonObject json = named(server, u"Claude-Sonnet"_s).json(); // nested abilities on the server
    json.remove(u"api_keys"_s);
    json.insert(u"abilities"_s, QJsonArray{u"vision"_s}); // plain in the document
    const ImportPlan plan
        = ImportPlan::build({documentModel(json)}, server, ImportOptions{true, ConflictPolicy::Update});
    QCOMPARE(plan.row(0).body.value(u"abilities"_s).toArray(), QJsonArray{QJsonArray{u"vision"_s}});
    QCOMPARE(changeTexts(plan.row(0).changes),
             QStringList{u"abilities: [[\"vision\"],[\"func_call\"]] → [[\"vision\"]]"_s});
    // Same abilities, other shape: identical.
    json.insert(u"abilities"_s, QJsonArray{u"vision"_s, u"func_call"_s});
    QVERIFY(
        ImportPlan::build({documentModel(json)}, server, ImportOptions{true, ConflictPolicy::Update}).row(0).identical);
}

void TestImportPlan::maskedDocumentKeysNotSent()
{
    const QList<LlmModel> server = m_serverModels;
    QJsonObject json = named(server, u"gpt-4o"_s).json();
    json.insert(u"api_keys"_s, QJsonArray{u"***"_s, u"***"_s});
    json.insert(u"description"_s, u"x"_s);
    const DocumentModel d = documentModel(json);
    QCOMPARE(d.keys, DocumentModel::Keys::Masked);
    ImportPlan plan = ImportPlan::build({d}, server, ImportOptions{true, ConflictPolicy::Update});
    QCOMPARE(plan.row(0).action, ImportAction::Update);
    QVERIFY(!plan.row(0).body.contains(u"api_keys"_s));
    QVERIFY(!plan.row(0).warnings.filter(u"masked"_s).isEmpty());
    // As a create: flagged, "***" never sent.
    QVERIFY(plan.setAction(0, ImportAction::Create));
    QVERIFY(plan.row(0).needsKeys());
    QCOMPARE(plan.row(0).body.value(u"api_keys"_s), QJsonValue(QJsonArray()));
}

void TestImportPlan::userChangesAction()
{
    const QList<LlmModel> server = m_serverModels;
    QJsonObject changed = named(server, u"gpt-4o"_s).json();
    changed.insert(u"description"_s, u"changed"_s);
    const DocumentModel fresh = documentModel(jsonObject(R"({"name": "fresh", "requester": "r", "api_keys": []})"));
    ImportPlan plan
        = ImportPlan::build({documentModel(changed), fresh}, server, ImportOptions{true, ConflictPolicy::Update});
    QCOMPARE(plan.row(0).action, ImportAction::Update);
    QCOMPARE(plan.row(1).action, ImportAction::Create);

    // Update without a target: refused, with a reason.
    QString why;
    QVERIFY(!plan.setAction(1, ImportAction::Update, &why));
    QVERIFY(!why.isEmpty());
    QCOMPARE(plan.row(1).action, ImportAction::Create);

    // Skip: nothing to send.
    QVERIFY(plan.setAction(0, ImportAction::Skip));
    QVERIFY(plan.row(0).body.isEmpty());
    QCOMPARE(changeTexts(plan.row(0).changes),
             QStringList{u"description: \"OpenAI flagship, vision and tools\" → \"changed\""_s});

    // Create although it exists: a create body and a warning about the duplicate.
    QVERIFY(plan.setAction(0, ImportAction::Create));
    QVERIFY(plan.row(0).body.contains(u"requester"_s));
    QVERIFY(!plan.row(0).warnings.filter(u"creates a second one"_s).isEmpty());
    QVERIFY(!plan.row(0).needsKeys()); // the document has gpt-4o's keys
    QCOMPARE(plan.row(0).body.value(u"api_keys"_s).toArray().size(), 2);

    QCOMPARE(plan.count(ImportAction::Create), 2);
    plan.resetActions();
    QCOMPARE(plan.row(0).action, ImportAction::Update);
    QVERIFY(!plan.row(0).body.contains(u"requester"_s));
    QVERIFY(!plan.setAction(7, ImportAction::Skip, &why));
}

void TestImportPlan::ambiguousName()
{
    QList<LlmModel> server = m_serverModels;
    QJsonObject twin = named(server, u"gpt-4o"_s).json();
    twin.insert(u"uuid"_s, u"twin-uuid"_s);
    server.append(LlmModel(twin));
    QJsonObject json = twin;
    json.insert(u"description"_s, u"which one?"_s);
    json.remove(u"uuid"_s);
    ImportPlan plan = ImportPlan::build({documentModel(json)}, server, ImportOptions{false, ConflictPolicy::Update});
    QVERIFY(plan.row(0).ambiguous);
    QVERIFY(!plan.row(0).hasTarget());
    QCOMPARE(plan.row(0).proposed, ImportAction::Skip);
    QVERIFY(plan.row(0).reason.startsWith(u"2 models on the server are named \"gpt-4o\""_s));
    QString why;
    QVERIFY(!plan.setAction(0, ImportAction::Update, &why));
    QVERIFY(why.contains(u"choose"_s));

    QVERIFY(!plan.setTarget(0, u"no-such-uuid"_s, &why));
    QVERIFY(plan.setTarget(0, u"twin-uuid"_s));
    QCOMPARE(plan.row(0).matchedBy, MatchRule::Chosen);
    QVERIFY(plan.setAction(0, ImportAction::Update));
    QCOMPARE(plan.row(0).targetUuid(), u"twin-uuid"_s);
    QCOMPARE(changeTexts(plan.row(0).changes),
             QStringList{u"description: \"OpenAI flagship, vision and tools\" → \"which one?\""_s});
}

void TestImportPlan::twoRowsSameTarget()
{
    const QList<LlmModel> server = m_serverModels;
    QJsonObject a = named(server, u"gpt-4o"_s).json();
    a.insert(u"description"_s, u"first"_s);
    QJsonObject b = a;
    b.insert(u"description"_s, u"second"_s);
    const ImportPlan plan
        = ImportPlan::build({documentModel(a), documentModel(b)}, server, ImportOptions{true, ConflictPolicy::Update});
    QCOMPARE(plan.row(0).action, ImportAction::Update);
    QCOMPARE(plan.row(1).action, ImportAction::Skip);
    QVERIFY(plan.row(1).reason.startsWith(u"models[0] already matches the same server model"_s));
}

void TestImportPlan::requesterDiffers()
{
    const QList<LlmModel> server = m_serverModels;
    QJsonObject json = named(server, u"gpt-4o"_s).json();
    json.insert(u"requester"_s, u"azure-openai"_s);
    ImportPlan plan = ImportPlan::build({documentModel(json)}, server, ImportOptions{true, ConflictPolicy::Update});
    QCOMPARE(plan.row(0).proposed, ImportAction::Skip);
    QVERIFY(plan.row(0).reason.contains(u"cannot change"_s));
    QVERIFY(plan.setAction(0, ImportAction::Update));
    QVERIFY(!plan.row(0).body.contains(u"requester"_s));
    QVERIFY(!plan.row(0).warnings.filter(u"requester stays \"openai-chat-completions\""_s).isEmpty());
}

void TestImportPlan::summary()
{
    const QList<LlmModel> server = m_serverModels;
    QList<DocumentModel> doc = exported(server, false);
    doc.append(documentModel(jsonObject(R"({"name": "brand-new", "requester": "r"})")));
    QJsonObject changed = named(server, u"gpt-4o"_s).json();
    changed.insert(u"description"_s, u"changed"_s);
    changed.remove(u"api_keys"_s);
    doc.append(documentModel(changed));
    const ImportPlan plan = ImportPlan::build(doc, server, ImportOptions{true, ConflictPolicy::Update});
    QCOMPARE(plan.count(ImportAction::Create), 1);
    QCOMPARE(plan.count(ImportAction::Update), 0); // the changed gpt-4o comes after the identical one
    QCOMPARE(plan.count(ImportAction::Skip), int(server.size()) + 1);
    QCOMPARE(plan.summaryText(), u"1 to create (1 without keys), 0 to update, 8 to skip"_s);
}

void TestImportPlan::isSameServer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << u"http://127.0.0.1:5300"_s << u"http://127.0.0.1:5300"_s << true;
    QTest::newRow("trailing slash") << u"https://h.example.org/lb/"_s << u"https://h.example.org/lb"_s << true;
    QTest::newRow("host case") << u"https://H.Example.org"_s << u"https://h.example.org"_s << true;
    QTest::newRow("default port") << u"https://h.example.org:443"_s << u"https://h.example.org"_s << true;
    QTest::newRow("user info ignored") << u"https://u:p@h.example.org"_s << u"https://h.example.org"_s << true;
    QTest::newRow("other port") << u"http://127.0.0.1:5300"_s << u"http://127.0.0.1:5301"_s << false;
    QTest::newRow("other scheme") << u"http://h.example.org"_s << u"https://h.example.org"_s << false;
    QTest::newRow("other prefix") << u"https://h.example.org/a"_s << u"https://h.example.org/b"_s << false;
    QTest::newRow("other host") << u"https://a.example.org"_s << u"https://b.example.org"_s << false;
    QTest::newRow("empty") << QString() << u"https://b.example.org"_s << false;
}

void TestImportPlan::isSameServer()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(ImportPlan::isSameServer(QUrl(a), QUrl(b)), same);
    QCOMPARE(ImportPlan::isSameServer(QUrl(b), QUrl(a)), same);
}

void TestImportPlan::reportRenderings()
{
    const QList<LlmModel> server = m_serverModels;
    QJsonObject changed = named(server, u"gpt-4o"_s).json();
    changed.insert(u"description"_s, u"changed"_s);
    const QList<DocumentModel> doc = {
        documentModel(changed), documentModel(jsonObject(R"({"name": "brand-new", "requester": "r", "api_keys": []})")),
        documentModel(named(server, u"deepseek-chat"_s).json()),
        documentModel(jsonObject(R"({"name": "broken", "requester": "r", "api_keys": []})"))};
    const ImportPlan plan = ImportPlan::build(doc, server, ImportOptions{true, ConflictPolicy::Update});

    ImportReport report;
    report.sourceFile = u"models.json"_s;
    report.targetProfile = u"Staging"_s;
    report.targetUrl = QUrl(u"https://admin:pw@langbot.example.org"_s);
    report.startedAt = QDateTime(QDate(2025, 6, 10), QTime(7, 0, 0), QTimeZone::utc());
    report.finishedAt = QDateTime(QDate(2025, 6, 10), QTime(7, 0, 3), QTimeZone::utc());
    report.add(plan.row(0), ImportOutcome::Updated);
    report.add(plan.row(1), ImportOutcome::Created, QString(), u"new-uuid-1"_s);
    report.addSkipped(plan);
    report.add(plan.row(3), ImportOutcome::Failed, u"HTTP 500: model already exists"_s);

    QCOMPARE(report.count(ImportOutcome::Created), 1);
    QCOMPARE(report.count(ImportOutcome::Updated), 1);
    QCOMPARE(report.count(ImportOutcome::Skipped), 1);
    QCOMPARE(report.count(ImportOutcome::Failed), 1);
    QVERIFY(report.hasFailures());

    const QByteArray json = report.toJson();
    QCOMPARE(report.toJson(), json); // stable
    QVERIFY(!json.contains("pw@"));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"langbot-console/import-report"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    QCOMPARE(root.value(u"started_at"_s).toString(), u"2025-06-10T07:00:00Z"_s);
    // (Outside the macro: moc's preprocessor reads "//" in a raw string as a comment.)
    const QJsonObject target = jsonObject(R"({"profile": "Staging", "server_url": "https://langbot.example.org"})");
    QCOMPARE(root.value(u"target"_s).toObject(), target);
    QCOMPARE(root.value(u"summary"_s).toObject(),
             jsonObject(R"({"created": 1, "updated": 1, "skipped": 1, "failed": 1})"));
    const QJsonArray results = root.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 4);
    const QJsonObject updated = jsonObject(R"({"name": "gpt-4o", "uuid": "8f1c7a52-3b1e-4f0e-9a55-2d7c0e6b1a01",
                                        "action": "update", "outcome": "updated", "message": ""})");
    const QJsonObject created = jsonObject(R"({"name": "brand-new", "uuid": "new-uuid-1",
                                        "action": "create", "outcome": "created", "message": ""})");
    QCOMPARE(results.at(0).toObject(), updated);
    QCOMPARE(results.at(1).toObject(), created);
    QCOMPARE(results.at(2).toObject().value(u"outcome"_s).toString(), u"skipped"_s);
    QVERIFY(results.at(2).toObject().value(u"message"_s).toString().startsWith(u"identical"_s));
    QCOMPARE(results.at(3).toObject().value(u"message"_s).toString(), u"HTTP 500: model already exists"_s);
    // Fixed key order: format first, results last; a result's name first.
    QVERIFY(json.startsWith("{\n  \"format\": \"langbot-console/import-report\",\n  \"version\": 1,\n"));
    QVERIFY(json.indexOf("\"summary\"") < json.indexOf("\"results\""));
    QVERIFY(json.indexOf("\"name\": \"gpt-4o\"") < json.indexOf("\"outcome\": \"updated\""));

    const QString text = report.toText();
    const QStringList lines = text.split(u'\n');
    QVERIFY(lines.contains(u"Source file: models.json"_s));
    QVERIFY(lines.contains(u"Target: Staging (https://langbot.example.org)"_s));
    QVERIFY(lines.contains(u"Started: 2025-06-10T07:00:00Z"_s));
    QVERIFY(lines.contains(u"Result: 1 created, 1 updated, 1 skipped, 1 failed"_s));
    QVERIFY(lines.contains(u"updated  gpt-4o [8f1c7a52-3b1e-4f0e-9a55-2d7c0e6b1a01]"_s));
    QVERIFY(lines.contains(u"created  brand-new [new-uuid-1]"_s));
    QVERIFY(lines.contains(u"failed   broken — HTTP 500: model already exists"_s));
    QVERIFY(text.endsWith(u'\n'));
    QVERIFY(!text.contains(u"pw@"_s));
}

void TestImportPlan::reportSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ImportReport report;
    report.add(lb::ImportReportEntry{u"m"_s, u"u"_s, ImportAction::Create, ImportOutcome::Created, QString()});
    QCOMPARE(ImportReport::formatFor(u"r.JSON"_s), ImportReport::Format::Json);
    QCOMPARE(ImportReport::formatFor(u"r.txt"_s), ImportReport::Format::Text);
    QString error;
    QVERIFY2(report.save(dir.filePath(u"r.json"_s), &error), qPrintable(error));
    QVERIFY2(report.save(dir.filePath(u"r.txt"_s), &error), qPrintable(error));
    QFile json(dir.filePath(u"r.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), report.toJson());
    QFile text(dir.filePath(u"r.txt"_s));
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(text.readAll()), report.toText());
    QVERIFY(!report.save(dir.filePath(u"missing/dir/r.txt"_s), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
