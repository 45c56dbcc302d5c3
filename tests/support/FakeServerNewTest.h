#pragma once

// The fixture of the fake server's LangBot 4.7+ tests (tst_fakeserverproviders:
// versions, providers, permissions and request ids; tst_fakeservermodels: the
// models of three types): FakeServerTest's server and helpers, with the
// version chosen per test and the ids of resources/demo/providers.json.

#include "FakeServerTest.h"

namespace lb::fakeservertest {

inline const QString kProviders = u"/api/v1/provider/providers"_s;
inline const QString kOpenAi = u"3f0c1d2e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"_s;
inline const QString kDeepSeekProvider = u"7b2e9c4a-1d3f-4e5a-9b6c-8d0e2f4a6b8c"_s;
inline const QString kOllamaProvider = u"c1d3e5f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f"_s;
inline const QString kSiliconFlow = u"e4f6a8b0-3c5d-4e7f-9a1b-2c4d6e8f0a3b"_s;
inline const QString kGateway = u"5a7c9e1b-4d6f-4a8c-8e2b-3d5f7a9c1e4d"_s;
inline const QString kGpt4oNew = u"7fc1a2b3-4c5d-4e6f-8a9b-0c1d2e3f4a5b"_s;
inline const QString kGpt4oMini = u"a91d7c35-2e6f-4b08-8d3c-6f4e2b1a9c72"_s;
inline const QString kReasoner = u"2d4f6a8c-0e1b-4c3d-9f5a-7b9d1e3f5a7c"_s;
inline const QString kGatewayModel = u"6d4a2f8e-3b9c-4e1a-9d7b-1f8e4c2a6b07"_s;
inline const QString kEmbeddingSmall = u"b3c5d7e9-1f2a-4b4c-8d6e-0f1a3b5c7d9e"_s;
inline const QString kReranker = u"4e6a8c0e-2b4d-4f6a-8c0e-2b4d6f8a0c2e"_s;

inline QString modelsPath(const QString &type)
{
    return u"/api/v1/provider/models/"_s + type;
}

inline Headers viewKeyHeader()
{
    return {{"X-API-Key", FakeLangBotServer::demoViewApiKey().toUtf8()}};
}

inline QJsonArray array(const HttpResult &result, const QString &name)
{
    return result.data().value(name).toArray();
}

// The object of list `name` in the answer whose `uuid` is uuid; {} if none.
inline QJsonObject byUuid(const QJsonArray &list, const QString &uuid)
{
    for (const QJsonValue &value : list) {
        if (value.toObject().value(u"uuid"_s).toString() == uuid)
            return value.toObject();
    }
    return {};
}

} // namespace lb::fakeservertest

class FakeServerNewTest : public FakeServerTest
{
protected:
    // The server as LangBot `version`, with its demo data.
    bool useVersion(const QString &version)
    {
        if (!m_server->setLangBotVersion(version))
            return false;
        m_server->loadDemoData();
        return true;
    }
    // A 4.10.7+ 500: opaque, with the request id of its X-Request-Id header.
    static bool isOpaque500(const HttpResult &result)
    {
        const QJsonObject body = result.json();
        return result.status == 500 && body.value(u"code"_s) == u"internal_error"_s
            && body.value(u"msg"_s) == u"Internal server error"_s && !result.header("x-request-id").isEmpty()
            && body.value(u"request_id"_s).toString().toLatin1() == result.header("x-request-id");
    }
    // A 4.7–4.10.6 500: code -2 with the real text.
    static bool isLegacy500(const HttpResult &result, const QString &text)
    {
        return result.status == 500 && result.json().value(u"code"_s).toInt() == -2
            && result.json().value(u"msg"_s).toString().contains(text);
    }
    static bool isNotFoundResource(const HttpResult &result)
    {
        return result.status == 404 && result.json().value(u"code"_s) == u"resource_not_found"_s;
    }
};
