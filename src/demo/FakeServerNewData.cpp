// The data of the fake server on LangBot 4.7+: the requester list of the
// version, the demo's providers and models of three types, generated lists,
// and the typed accessors of FakeLangBotServer.
#include "FakeServerInternals.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace lb::demo {

namespace {

QJsonObject readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDemo) << "A bundled demo file is missing:" << path;
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<QJsonObject> objects(const QJsonArray &array)
{
    QList<QJsonObject> list;
    list.reserve(array.size());
    for (const QJsonValue &value : array)
        list.append(value.toObject());
    return list;
}

} // namespace

// The requesters of a real 4.6 server; from 4.9.7 those whose upstream offers
// rerank models say so in spec.support_type.
void FakeLangBotServer::Impl::loadRequesters()
{
    requesters = readResource(u":/demo/requesters.json"_s).value(u"data"_s).toObject().value(u"requesters"_s).toArray();
    if (requesters.isEmpty())
        qCWarning(lcDemo) << "The bundled requesters list is missing";
    if (!features.hasRerank())
        return;
    const QJsonArray rerank = readResource(u":/demo/providers.json"_s).value(u"rerank_support"_s).toArray();
    for (auto it = requesters.begin(); it != requesters.end(); ++it) {
        QJsonObject requester = it->toObject();
        if (!rerank.contains(requester.value(u"name"_s)))
            continue;
        QJsonObject spec = requester.value(u"spec"_s).toObject();
        QJsonArray support = spec.value(u"support_type"_s).toArray();
        support.append(u"rerank"_s);
        spec.insert(u"support_type"_s, support);
        requester.insert(u"spec"_s, spec);
        *it = requester;
    }
}

// 4.7+: the providers and models of resources/demo/providers.json, in the
// shape of this version.
void FakeLangBotServer::Impl::loadProviderDemoData()
{
    const QJsonObject document = readResource(u":/demo/providers.json"_s);
    QList<QJsonObject> list = objects(document.value(u"providers"_s).toArray());
    for (QJsonObject &provider : list)
        provider = normalizedProvider(provider);
    q->setProviders(list);
    for (const ModelType type : allModelTypes) {
        QList<QJsonObject> typed;
        if (type != ModelType::Rerank || features.hasRerank())
            typed = objects(document.value(modelTypeId(type)).toArray());
        for (QJsonObject &model : typed)
            model = normalizedModel(type, model);
        q->setModels(type, typed);
    }
    loadTestBehaviours(q, document.value(u"test_behaviour"_s).toObject());
    loadUsageDemoData();
}

// 4.7+: count models over a few dozen providers (one per 50 models, 4 to 200)
// and the three types (about 70 % LLM, 20 % embedding, 10 % rerank where the
// version has rerank), each on a provider whose requester serves its type.
void FakeLangBotServer::Impl::generateProviderModels(int count)
{
    struct Family
    {
        const char *requester;
        const char *name;
        QStringList llm;
        QStringList embedding;
        QStringList rerank;
    };
    const QList<Family> families{
        {"openai-chat-completions",
         "OpenAI",
         {u"gpt-4o"_s, u"gpt-4o-mini"_s, u"gpt-4.1"_s, u"o3-mini"_s},
         {u"text-embedding-3-small"_s, u"text-embedding-3-large"_s},
         {}},
        {"deepseek-chat-completions", "DeepSeek", {u"deepseek-chat"_s, u"deepseek-reasoner"_s}, {}, {}},
        {"siliconflow-chat-completions",
         "SiliconFlow",
         {u"deepseek-ai/DeepSeek-V3"_s, u"Qwen/Qwen2.5-72B-Instruct"_s},
         {u"BAAI/bge-m3"_s},
         {u"BAAI/bge-reranker-v2-m3"_s}},
        {"ollama-chat", "Ollama", {u"llama3.1:8b"_s, u"qwen2.5:14b"_s}, {u"nomic-embed-text:latest"_s}, {}},
        {"anthropic-messages", "Anthropic", {u"claude-sonnet-4-20250514"_s, u"claude-3-5-haiku-latest"_s}, {}, {}},
        {"new-api-chat-completions",
         "Gateway",
         {u"gpt-4o"_s, u"glm-4-plus"_s},
         {u"text-embedding-3-small"_s},
         {u"bce-reranker-base_v1"_s}},
    };
    QRandomGenerator generator(20260601);
    const qint64 start = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    const int providerCount = std::clamp(count / 50, 4, 200);
    QList<QJsonObject> providerList;
    QList<int> familyOf;
    for (int i = 0; i < providerCount; ++i) {
        const int f = i % int(families.size());
        const qint64 created = start + qint64(generator.bounded(30 * 24 * 3600)) * 1000000;
        QJsonArray keys;
        for (int k = 0, n = f == 3 ? 0 : 1 + int(generator.bounded(2)); k < n; ++k)
            keys.append(u"sk-fake-%1"_s.arg(uint(generator.generate()), 8, 16, QChar(u'0')));
        providerList.append(normalizedProvider(QJsonObject{
            {u"uuid"_s, uuidFrom(generator)},
            {u"name"_s, u"%1 %2"_s.arg(QLatin1String(families.at(f).name)).arg(i / families.size() + 1)},
            {u"requester"_s, QLatin1String(families.at(f).requester)},
            {u"base_url"_s, u"https://llm-gw-%1.example.com/v1"_s.arg(i)},
            {u"api_keys"_s, keys},
            {u"created_at"_s, isoTimestamp(created)},
            {u"updated_at"_s, isoTimestamp(created)},
        }));
        familyOf.append(f);
    }
    q->setProviders(providerList);

    QList<QJsonObject> typed[3];
    for (int i = 0; i < count; ++i) {
        const int roll = int(generator.bounded(10));
        ModelType type = roll < 7 ? ModelType::Llm : roll < 9 ? ModelType::Embedding : ModelType::Rerank;
        if (type == ModelType::Rerank && !features.hasRerank())
            type = ModelType::Llm;
        int p = int(generator.bounded(providerCount));
        const auto names = [&](int provider) -> const QStringList & {
            const Family &family = families.at(familyOf.at(provider));
            return type == ModelType::Llm      ? family.llm
                : type == ModelType::Embedding ? family.embedding
                                               : family.rerank;
        };
        while (names(p).isEmpty()) // the next provider that serves this type
            p = (p + 1) % providerCount;
        const QStringList &list = names(p);
        const qint64 created = start + qint64(generator.bounded(300 * 24 * 3600)) * 1000000;
        QJsonObject model{
            {u"uuid"_s, uuidFrom(generator)},
            {u"name"_s, u"%1 #%2"_s.arg(list.at(int(generator.bounded(int(list.size()))))).arg(i + 1)},
            {u"provider_uuid"_s, providerList.at(p).value(u"uuid"_s)},
            {u"extra_args"_s, generator.bounded(3) == 0 ? QJsonObject{{u"temperature"_s, 0.7}} : QJsonObject()},
            {u"created_at"_s, isoTimestamp(created)},
            {u"updated_at"_s, isoTimestamp(created + qint64(generator.bounded(30 * 24 * 3600)) * 1000000)},
        };
        if (type == ModelType::Llm) {
            const QJsonArray abilitySets[] = {{}, {u"func_call"_s}, {u"vision"_s, u"func_call"_s}};
            model.insert(u"abilities"_s, abilitySets[generator.bounded(3)]);
            model.insert(u"context_length"_s, generator.bounded(2) ? QJsonValue(128000) : QJsonValue());
        }
        typed[int(type)].append(normalizedModel(type, model));
    }
    for (const ModelType type : allModelTypes)
        q->setModels(type, typed[int(type)]);
}

void FakeLangBotServer::setModels(ModelType type, const QList<QJsonObject> &models)
{
    d->stores[int(type)].replace(models, "model");
    d->modelsChanged();
}

QList<QJsonObject> FakeLangBotServer::models(ModelType type) const
{
    return d->stores[int(type)].list();
}

QJsonObject FakeLangBotServer::model(ModelType type, const QString &uuid) const
{
    return d->stores[int(type)].items.value(uuid);
}

void FakeLangBotServer::setProviders(const QList<QJsonObject> &providers)
{
    d->providerStore.replace(providers, "provider");
    d->modelsChanged();
}

QList<QJsonObject> FakeLangBotServer::providers() const
{
    return d->providerStore.list();
}

QJsonObject FakeLangBotServer::provider(const QString &uuid) const
{
    return d->providers.value(uuid);
}

void FakeLangBotServer::Impl::loadUsageDemoData()
{
    const QJsonObject usage = readResource(u":/demo/usage.json"_s);
    q->setUsageData(usage.value(u"pipelines"_s).toArray(), usage.value(u"bots"_s).toArray(),
                    usage.value(u"bases"_s).toArray());
}

} // namespace lb::demo
