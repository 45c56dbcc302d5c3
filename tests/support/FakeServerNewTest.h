#pragma once

// The fixture of the fake server's LangBot 4.7+ tests (tst_fakeserverproviders:
// versions, providers, permissions and request ids; tst_fakeservermodels: the
// models of three types): FakeServerTest's server and helpers, with the
// version chosen per test and the ids of the demo data (DemoIds.h).

#include "DemoIds.h"
#include "FakeServerTest.h"

namespace lb::fakeservertest {

using namespace lb::demoids;

inline const QString kProviders = u"/api/v1/provider/providers"_s;

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
