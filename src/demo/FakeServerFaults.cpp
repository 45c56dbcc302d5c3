// Fault injection (langbot_demo_testing: tests and the benchmark, never the
// console): canned misbehaviour per route, taken when a request arrives.
#include "FakeServerInternals.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lb::demo {

namespace {

QByteArray badGatewayPage()
{
    return QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                             "</body>\r\n</html>\r\n");
}

// A well-formed JSON answer long enough to be cut in half meaningfully.
QByteArray paddedJsonBody()
{
    const QString padding(2048, u'x');
    return toCompactJson(QJsonObject{{u"code"_s, 0},
                                     {u"msg"_s, u"ok"_s},
                                     {u"data"_s, QJsonObject{{u"models"_s, QJsonArray()}, {u"padding"_s, padding}}}});
}

using Fault = FakeLangBotServer::Fault;
using FaultSpec = FakeLangBotServer::FaultSpec;

class FaultTable : public FaultInjector
{
public:
    QHash<QString, FaultSpec> faults;

    std::optional<Answer> take(const QString &route, const FakeLangBotServer::RecordedRequest &request) override
    {
        const std::optional<FaultSpec> spec = takeFault(route);
        if (!spec)
            return std::nullopt;
        return faultAnswer(*spec, request);
    }

private:
    std::optional<FaultSpec> takeFault(const QString &route)
    {
        for (const QString &key : {route, u"*"_s}) {
            auto it = faults.find(key);
            if (it == faults.end())
                continue;
            if (it->fault == Fault::None || it->times == 0) {
                faults.erase(it);
                continue;
            }
            const FaultSpec spec = *it;
            if (it->times > 0 && --it->times == 0)
                faults.erase(it);
            return spec;
        }
        return std::nullopt;
    }

    static Answer faultAnswer(const FaultSpec &fault, const FakeLangBotServer::RecordedRequest &request)
    {
        Answer a;
        switch (fault.fault) {
        case Fault::None:
            break;
        case Fault::Error500Legacy:
            return failAnswer(500, -2, fault.message.isEmpty() ? u"internal error"_s : fault.message);
        case Fault::Error500New:
            return envelopeAnswer(500, u"internal_error"_s, u"Internal server error"_s, QJsonValue::Null);
        case Fault::HtmlPage:
            return htmlAnswer(200, webUiPage());
        case Fault::Html502:
            return htmlAnswer(502, badGatewayPage());
        case Fault::MalformedJson:
            a.body = QByteArrayLiteral(R"({"code":0,"msg":"ok","data":{"models":[{"uuid":"3f6c2a1e",)"
                                       R"("name":'gpt-4o',,"api_keys":[})");
            return a;
        case Fault::TruncatedBody:
            a.kind = Answer::Kind::Truncated;
            a.body = paddedJsonBody();
            return a;
        case Fault::DropConnection:
            a.kind = Answer::Kind::Drop;
            return a;
        case Fault::Stall:
            a.kind = Answer::Kind::Stall;
            return a;
        case Fault::StallMidBody:
            a.kind = Answer::Kind::StallMidBody;
            a.body = paddedJsonBody();
            return a;
        case Fault::Garbage:
            a.kind = Answer::Kind::Stream;
            a.streamSize = std::max<qint64>(0, fault.size);
            return a;
        case Fault::Redirect: {
            QUrl location = fault.redirectTo;
            if (location.path().isEmpty()) {
                location.setPath(request.path);
                location.setQuery(request.query.isEmpty() ? QString() : request.query, QUrl::TolerantMode);
            }
            a = htmlAnswer(302, QByteArrayLiteral("<!doctype html>\n<title>Redirecting...</title>\n"));
            a.extraHeaders.append({QByteArrayLiteral("Location"), location.toEncoded()});
            return a;
        }
        case Fault::Status:
            a.status = fault.status;
            a.body = fault.body;
            return a;
        }
        return a;
    }
};

FaultTable &faultTable(std::unique_ptr<FaultInjector> &faults)
{
    if (!faults)
        faults = std::make_unique<FaultTable>();
    return static_cast<FaultTable &>(*faults);
}

} // namespace

void FakeLangBotServer::setFault(const QString &route, const FaultSpec &spec)
{
    if (spec.fault == Fault::None || spec.times == 0)
        faultTable(d->faults).faults.remove(route);
    else
        faultTable(d->faults).faults.insert(route, spec);
}

void FakeLangBotServer::setFault(const QString &route, Fault fault, int times)
{
    FaultSpec spec;
    spec.fault = fault;
    spec.times = times;
    setFault(route, spec);
}

void FakeLangBotServer::clearFaults()
{
    faultTable(d->faults).faults.clear();
}

} // namespace lb::demo
