#include "ApiCall.h"

#include "Envelope.h"
#include "Logging.h"

#include <QNetworkReply>
#include <QSslError>

namespace lb {

namespace {

// Qt's network-layer errors (no usable HTTP answer) are numbered below 200;
// HTTP-level ones (4xx/5xx mapped) are 201 and up.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

ApiCall::ApiCall(QNetworkReply *reply, QByteArray method, QString path, qint64 maxBytes,
                 std::chrono::milliseconds deadline, DataCheck check, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_check(std::move(check))
{
    m_clock.start();
    m_requestUrl = reply->request().url();

    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(reply, &QIODevice::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::redirected, this, &ApiCall::onRedirected);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsProblems << e.errorString();
    });
#endif

    if (deadline.count() > 0) {
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(deadline);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            abortWith(ApiError::Kind::Timeout,
                      tr("no complete answer within %1 s").arg(m_deadline.interval() / 1000));
        });
        m_deadline.start();
    }
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    abortWith(ApiError::Kind::Cancelled, {});
}

void ApiCall::abortWith(ApiError::Kind kind, const QString &detail)
{
    if (m_finished || !m_reply)
        return;
    m_abortKind = kind;
    m_abortDetail = detail;
    m_reply->abort(); // emits finished() synchronously -> onReplyFinished
}

void ApiCall::onMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes) {
        abortWith(ApiError::Kind::BadResponse,
                  tr("the answer is %1 MiB, more than the limit of %2 MiB")
                      .arg(length.toLongLong() / (1024 * 1024))
                      .arg(m_maxBytes / (1024 * 1024)));
    }
}

void ApiCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes) {
        m_body.clear();
        abortWith(ApiError::Kind::BadResponse,
                  tr("the answer is larger than the limit of %1 MiB").arg(m_maxBytes / (1024 * 1024)));
    }
}

QString ApiCall::redirectRefusal(const QUrl &from, const QUrl &to)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.scheme() == QLatin1String("https") ? 443 : 80;
    };
    if (from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https")) {
        return tr("the server redirected from https to insecure %1 (%2); not followed")
            .arg(to.scheme(), hostOf(to));
    }
    const bool sameOrigin = to.scheme() == from.scheme()
        && to.host().compare(from.host(), Qt::CaseInsensitive) == 0
        && to.port(defaultPort(to)) == from.port(defaultPort(from));
    if (!sameOrigin) {
        return tr("the server redirected to another address (%1); not followed, so the "
                  "credentials were not sent there. Use the final address as the server URL")
            .arg(to.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)
                     .toDisplayString());
    }
    return {};
}

void ApiCall::onRedirected(const QUrl &target)
{
    const QString refusal = redirectRefusal(m_requestUrl, target);
    if (!refusal.isEmpty()) {
        abortWith(ApiError::Kind::BadResponse, refusal);
        return;
    }
    qCDebug(lcApi) << "following a redirect within" << hostOf(target);
    emit m_reply->redirectAllowed();
}

void ApiCall::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    m_deadline.stop();
    m_elapsedMs = m_clock.elapsed();

    QNetworkReply *reply = m_reply;
    if (reply->bytesAvailable() > 0 && m_abortKind == ApiError::Kind::None)
        onReadyRead();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString server = hostOf(m_requestUrl);

    auto errorOf = [&](ApiError::Kind kind, const QString &detail) {
        ApiError e(kind, m_method, m_path);
        e.setServer(server).setHttpStatus(m_httpStatus).setDetail(detail);
        return e;
    };

    if (m_abortKind != ApiError::Kind::None) {
        finishWith(errorOf(m_abortKind, m_abortDetail));
        return;
    }

    if (isTransportError(netError) || (m_httpStatus == 0 && netError != QNetworkReply::NoError)) {
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
            finishWith(errorOf(ApiError::Kind::Network,
                               tr("connection refused (is LangBot running at %1?)").arg(server)));
            return;
        case QNetworkReply::HostNotFoundError:
            finishWith(errorOf(ApiError::Kind::Network,
                               tr("unknown host “%1”").arg(m_requestUrl.host())));
            return;
        case QNetworkReply::RemoteHostClosedError:
            finishWith(errorOf(ApiError::Kind::Network,
                               m_httpStatus > 0
                                   ? tr("the connection closed before the answer was complete")
                                   : tr("the server closed the connection without answering")));
            return;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // Qt's transfer timeout
            finishWith(errorOf(ApiError::Kind::Timeout,
                               tr("no data for %1 s").arg(reply->request().transferTimeout() / 1000)));
            return;
        case QNetworkReply::SslHandshakeFailedError:
            finishWith(errorOf(ApiError::Kind::Tls,
                               m_tlsProblems.isEmpty() ? reply->errorString()
                                                       : m_tlsProblems.join(QLatin1String("; "))));
            return;
        default:
            finishWith(errorOf(ApiError::Kind::Network, reply->errorString()));
            return;
        }
    }

    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    EnvelopeResult decoded = decodeEnvelope(m_httpStatus, contentType, m_body, m_method, m_path);
    m_body.clear();
    if (decoded.error) {
        decoded.error.setServer(server);
        finishWith(decoded.error);
        return;
    }
    if (m_check) {
        const QString problem = m_check(decoded.data);
        if (!problem.isEmpty()) {
            finishWith(errorOf(ApiError::Kind::BadResponse, problem));
            return;
        }
    }
    m_data = decoded.data;
    finishWith(ApiError());
}

void ApiCall::finishWith(const ApiError &error)
{
    m_finished = true;
    m_error = error;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (error)
        qCDebug(lcApi).noquote() << error.message();
    else
        qCDebug(lcApi).noquote() << m_method << m_path << "ok in" << m_elapsedMs << "ms";
    emit finished();
    deleteLater();
}

} // namespace lb
