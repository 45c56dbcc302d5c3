#include "FakeServerInternals.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lb::demo {

FakeLangBotServer::FakeLangBotServer(QObject *parent)
    : QObject(parent)
    , d(new Impl(this))
{
    d->makeServer();

    d->apiKeys.insert(demoApiKey());
    d->user = demoUser();
    d->password = demoPassword();
    d->secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(d->secret.data()),
                                          d->secret.size() / int(sizeof(quint32)));

    d->loadRequesters();
}

FakeLangBotServer::~FakeLangBotServer()
{
    // Silence the sockets before they go: their last signals must not reach d.
    const QList<Connection *> open = d->connections;
    for (Connection *c : open) {
        if (c->socket)
            QObject::disconnect(c->socket, nullptr, c, nullptr);
        delete c;
    }
    delete d->server;
    delete d;
}

void FakeLangBotServer::setTlsCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    close();
    d->tlsCertificate = certificate;
    d->tlsKey = key;
    d->makeServer();
}

bool FakeLangBotServer::isTls() const
{
    return !d->tlsCertificate.isNull();
}

int FakeLangBotServer::tlsHandshakeFailures() const
{
    return d->tlsFailures;
}

bool FakeLangBotServer::listen(const QHostAddress &address, quint16 port)
{
    if (d->server->isListening())
        d->server->close();
    return d->server->listen(address, port);
}

void FakeLangBotServer::close()
{
    d->server->close();
    const QList<Connection *> open = d->connections;
    for (Connection *c : open) {
        if (c->socket)
            c->socket->abort();
        d->onDisconnected(c);
    }
}

quint16 FakeLangBotServer::port() const
{
    return d->server->serverPort();
}

QUrl FakeLangBotServer::url() const
{
    QUrl url;
    url.setScheme(isTls() ? u"https"_s : u"http"_s);
    const QHostAddress address = d->server->serverAddress();
    if (address == QHostAddress::LocalHostIPv6)
        url.setHost(u"::1"_s);
    else if (address.isLoopback() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
             || address == QHostAddress::AnyIPv6 || address.isNull())
        url.setHost(u"127.0.0.1"_s);
    else
        url.setHost(address.toString());
    url.setPort(port());
    return url;
}

QString FakeLangBotServer::errorString() const
{
    return d->server->errorString();
}

void FakeLangBotServer::addApiKey(const QString &key)
{
    d->apiKeys.insert(key);
}

void FakeLangBotServer::setUser(const QString &email, const QString &password)
{
    d->user = email;
    d->password = password;
}

QString FakeLangBotServer::demoApiKey()
{
    return u"lbk_demo_console_key"_s;
}

QString FakeLangBotServer::demoViewApiKey()
{
    return u"lbk_demo_console_view_only"_s;
}

QString FakeLangBotServer::demoVersion()
{
    return u"4.10"_s;
}

QStringList FakeLangBotServer::viewerPermissions()
{
    return {u"workspace.view"_s, u"member.view"_s, u"resource.view"_s};
}

QStringList FakeLangBotServer::allPermissions()
{
    return {u"workspace.view"_s,  u"workspace.update"_s,   u"workspace.delete"_s,       u"member.view"_s,
            u"member.invite"_s,   u"member.update_role"_s, u"member.remove"_s,          u"resource.view"_s,
            u"resource.manage"_s, u"runtime.operate"_s,    u"provider_secret.manage"_s, u"api_key.manage"_s,
            u"audit.view"_s,      u"data.export"_s,        u"billing_link.manage"_s};
}

bool FakeLangBotServer::setLangBotVersion(const QString &version)
{
    QString text = version.trimmed();
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text.remove(0, 1);
    static const QHash<QString, QString> shortNames{
        {u"4.6"_s, u"4.6.5"_s}, {u"4.9"_s, u"4.9.8"_s}, {u"4.10"_s, u"4.10.11"_s}};
    text = shortNames.value(text, text);
    static const QRegularExpression full(uR"(^4\.\d+\.\d+$)"_s);
    if (!full.match(text).hasMatch())
        return false;
    const ServerVersion parsed = ServerVersion::parse(u"v"_s + text);
    ApiGeneration generation = ApiGeneration::Legacy;
    if (parsed.isAtLeast(4, 10, 7))
        generation = ApiGeneration::Workspaces;
    else if (parsed.isAtLeast(4, 7, 0))
        generation = ApiGeneration::Providers;
    d->features = ServerFeatures{generation, parsed};
    d->loadRequesters();
    d->modelsChanged();
    return true;
}

QString FakeLangBotServer::langBotVersion() const
{
    return d->features.version.text();
}

ApiGeneration FakeLangBotServer::generation() const
{
    return d->features.generation;
}

ServerFeatures FakeLangBotServer::features() const
{
    return d->features;
}

QString FakeLangBotServer::demoUser()
{
    return u"admin@example.com"_s;
}

QString FakeLangBotServer::demoPassword()
{
    return u"langbot-demo"_s;
}

void FakeLangBotServer::setTokenLifetimeSeconds(qint64 seconds)
{
    d->tokenLifetime = seconds;
}

void FakeLangBotServer::revokeTokens()
{
    // A new signing secret: every token signed with the old one fails.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(d->secret.data()),
                                          d->secret.size() / int(sizeof(quint32)));
}

void FakeLangBotServer::setLatency(const QString &route, int ms)
{
    if (ms <= 0)
        d->latencies.remove(route);
    else
        d->latencies.insert(route, ms);
}

void FakeLangBotServer::setTestBehaviour(const QString &uuid, TestBehaviour behaviour, int delayMs,
                                         const QString &providerMessage)
{
    d->tests.insert(uuid, Impl::TestSpec{behaviour, delayMs, providerMessage});
}

void FakeLangBotServer::setDefaultTestDelay(int ms)
{
    d->defaultTestDelay = std::max(0, ms);
}

QList<FakeLangBotServer::RecordedRequest> FakeLangBotServer::requests() const
{
    return d->recorded;
}

int FakeLangBotServer::requestCount() const
{
    return int(d->recorded.size());
}

int FakeLangBotServer::requestCount(const QString &route) const
{
    if (route == u"*"_s)
        return requestCount();
    return d->routeCounts.value(route);
}

int FakeLangBotServer::writeRequestCount() const
{
    return d->writeCount;
}

int FakeLangBotServer::inFlight() const
{
    return d->inFlight;
}

int FakeLangBotServer::maxInFlight() const
{
    return d->maxInFlight;
}

int FakeLangBotServer::connectionCount() const
{
    return d->connectionsAccepted;
}

void FakeLangBotServer::resetCounters()
{
    d->recorded.clear();
    d->routeCounts.clear();
    d->writeCount = 0;
    d->maxInFlight = d->inFlight;
    d->connectionsAccepted = 0;
}

} // namespace lb::demo
