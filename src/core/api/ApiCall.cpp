#include "ApiCall.h"

#include "ApiClient.h"
#include "Envelope.h"
#include "Logging.h"
#include "model/BackgroundDelivery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <algorithm>

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

ApiCall::ApiCall(QByteArray method, QString path, qint64 maxBytes, std::chrono::milliseconds deadline, Decoder decoder,
                 Clock *clock, QObject *parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_decoder(std::move(decoder))
    , m_clock(clock)
    , m_startedMs(Clock::orSystem(clock)->monotonicMs())
{
    // A coarse timer may fire up to 5% early: a "1 s" deadline would end a
    // test at 950 ms. The deadlines are few (one per call), so precise ones.
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_renewalWait.setTimerType(Qt::PreciseTimer);
    if (deadline.count() > 0) {
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(deadline);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            abortWith(ApiError::Kind::Timeout, tr("no complete answer within %1 s").arg(m_deadline.interval() / 1000));
        });
        m_deadline.start();
    }

    m_readMore.setSingleShot(true);
    m_readMore.setInterval(0);
    connect(&m_readMore, &QTimer::timeout, this, [this] {
        if (m_replyDone)
            onReplyFinished();
        else
            onReadyRead();
    });

    m_retryWait.setClock(clock);
    m_retryWait.setSingleShot(true);
    connect(&m_retryWait, &ClockTimer::timeout, this, [this] {
        if (m_resend && !m_finished)
            m_resend(this);
    });

    m_renewalWait.setSingleShot(true);
    connect(&m_renewalWait, &QTimer::timeout, this, [this] {
        abortWith(ApiError::Kind::Timeout,
                  tr("the credentials were refused and not renewed within %1 s").arg(m_renewalWait.interval() / 1000));
    });
}

void ApiCall::attachReply(QNetworkReply *reply, const QString &pinnedSha256)
{
    Q_ASSERT(!m_finished && !m_reply);
    m_reply = reply;
    m_requestUrl = reply->request().url();
    m_pinnedSha256 = pinnedSha256;
    m_body.clear();
    m_tlsProblems.clear();
    m_certificateSha256.clear();
    m_certificateSummary.clear();
    m_abortKind = ApiError::Kind::None;
    m_abortDetail.clear();
    m_replyDone = false;
    m_readMore.stop();
    m_httpStatus = 0;
    m_waitingForRenewal = false;
    m_renewalWait.stop();
    m_retryWait.stop();
    m_retryAfter.clear();
    m_echoedRequestId.clear();
    ++m_attempts;

    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(reply, &QIODevice::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::redirected, this, &ApiCall::onRedirected);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
#endif
}

void ApiCall::beginRenewalWait(std::chrono::milliseconds waitLimit)
{
    m_waitingForRenewal = true;
    // A test call keeps its overall deadline; others get a bound of their own.
    if (!m_deadline.isActive() && waitLimit.count() > 0) {
        m_renewalWait.setInterval(waitLimit);
        m_renewalWait.start();
    }
}

void ApiCall::failRenewal()
{
    if (m_finished)
        return;
    finishWith(m_renewalError);
}

void ApiCall::detachReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

ApiError ApiCall::makeError(ApiError::Kind kind, const QString &detail) const
{
    ApiError e(kind, m_method, m_path);
    e.setServer(hostOf(m_requestUrl)).setHttpStatus(m_httpStatus).setDetail(detail);
    return e;
}

ApiCall::~ApiCall()
{
    if (m_decoding)
        m_decoding->revoke();
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
    if (m_finished)
        return;
    if (m_waitingForRenewal || m_decoding || m_replyDone
        || m_retryWait.isActive()) { // nothing to abort: end right here
        finishWith(makeError(kind, detail));
        return;
    }
    if (!m_reply)
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
        return;
    }
    // Room for the whole answer at once: no copies while it grows.
    if (length.isValid() && length.toLongLong() > m_body.capacity())
        m_body.reserve(qsizetype(length.toLongLong()));
}

void ApiCall::onReadyRead()
{
    if (!m_reply)
        return;
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0)
        return;
    if (m_body.size() + available > m_maxBytes) {
        m_body.clear();
        abortWith(ApiError::Kind::BadResponse,
                  tr("the answer is larger than the limit of %1 MiB").arg(m_maxBytes / (1024 * 1024)));
        return;
    }
    // Straight into the body (readAll() would copy it once more), a slice per
    // event-loop turn: a busy thread may find tens of MB waiting at once.
    const qint64 slice = std::min(available, kReadSliceBytes);
    const qsizetype at = m_body.size();
    m_body.resize(at + qsizetype(slice));
    const qint64 got = m_reply->read(m_body.data() + at, slice);
    m_body.resize(at + qsizetype(std::max<qint64>(got, 0)));
    if (got > 0 && available > got)
        m_readMore.start();
}

QString ApiCall::redirectRefusal(const QUrl &from, const QUrl &to)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == QLatin1String("https") ? 443 : 80; };
    if (from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https")) {
        return tr("the server redirected from https to insecure %1 (%2); not followed").arg(to.scheme(), hostOf(to));
    }
    const bool sameOrigin = to.scheme() == from.scheme() && to.host().compare(from.host(), Qt::CaseInsensitive) == 0
        && to.port(defaultPort(to)) == from.port(defaultPort(from));
    if (!sameOrigin) {
        return tr("the server redirected to another address (%1); not followed, so the "
                  "credentials were not sent there. Use the final address as the server URL")
            .arg(to.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString());
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
    // The deadline keeps running: it also bounds a renewal and a second attempt
    // (finishWith stops it).
    m_elapsedMs = sinceStartMs();

    QNetworkReply *reply = m_reply;
    m_replyDone = true;
    if (reply->bytesAvailable() > 0 && m_abortKind == ApiError::Kind::None) {
        onReadyRead();
        if (m_finished)
            return; // over the size limit
        if (reply->bytesAvailable() > 0) {
            m_readMore.start(); // the rest on the next turns, then here again
            return;
        }
    }
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_retryAfter = reply->rawHeader("Retry-After");
    m_echoedRequestId = sanitizedRequestId(QString::fromUtf8(reply->rawHeader("X-Request-Id")));
    const QNetworkReply::NetworkError netError = reply->error();

    if (m_abortKind != ApiError::Kind::None) {
        finishWith(makeError(m_abortKind, m_abortDetail));
        return;
    }
    if (isTransportError(netError) || (m_httpStatus == 0 && netError != QNetworkReply::NoError)) {
        finishWith(transportError(reply));
        return;
    }

    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (m_raw) {
        // Not an envelope (an image…): kept as received.
        m_contentType = contentType;
        m_rawBody = std::exchange(m_body, {});
        if (m_httpStatus >= 200 && m_httpStatus < 300)
            finishWith(ApiError());
        else
            finishWith(makeError(ApiError::Kind::Http, tr("HTTP %1").arg(m_httpStatus)).setHttpStatus(m_httpStatus));
        return;
    }
    if (m_body.size() >= kBackgroundDecodeBytes) {
        decodeInBackground(contentType);
        return;
    }
    EnvelopeResult decoded = decodeEnvelope(m_httpStatus, contentType, m_body, m_method, m_path);
    m_body.clear();
    QString problem;
    QVariant value;
    if (!decoded.error && m_decoder)
        problem = m_decoder(decoded.data, &value);
    completeAnswer(std::move(decoded), problem, value);
}

// The error of a reply that ended without an HTTP answer (or in its middle).
ApiError ApiCall::transportError(QNetworkReply *reply) const
{
    const QString server = hostOf(m_requestUrl);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return makeError(ApiError::Kind::Network, tr("connection refused (is LangBot running at %1?)").arg(server));
    case QNetworkReply::HostNotFoundError:
        return makeError(ApiError::Kind::Network, tr("unknown host “%1”").arg(m_requestUrl.host()));
    case QNetworkReply::RemoteHostClosedError:
        return makeError(ApiError::Kind::Network,
                         m_httpStatus > 0 ? tr("the connection closed before the answer was complete")
                                          : tr("the server closed the connection without answering"));
    case QNetworkReply::ContentReSendError:
        // A write whose connection closed before any answer: Qt would send
        // it again on a new connection, which a write's body does not allow
        // (ApiClient::transmit): the server may have applied it already.
        return makeError(ApiError::Kind::Network,
                         tr("the server closed the connection without answering; the request "
                            "was not sent again (check whether the server applied it)"));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout
        return makeError(ApiError::Kind::Timeout,
                         tr("no data for %1 s").arg(reply->request().transferTimeout() / 1000));
    case QNetworkReply::SslHandshakeFailedError: {
        QString detail;
        if (m_tlsProblems.isEmpty()) {
            detail = reply->errorString();
        } else {
            detail = tr("the certificate of %1 is not trusted: %2")
                         .arg(m_requestUrl.host(), m_tlsProblems.join(QLatin1String("; ")));
            if (!m_pinnedSha256.isEmpty() && m_certificateSha256 != m_pinnedSha256)
                detail += QLatin1Char(' ') + tr("(and it is not the certificate trusted for this profile)");
        }
        ApiError e = makeError(ApiError::Kind::Tls, detail);
        e.setCertificate(m_certificateSha256, m_certificateSummary);
        return e;
    }
    default:
        return makeError(ApiError::Kind::Network, reply->errorString());
    }
}

void ApiCall::decodeInBackground(const QByteArray &contentType)
{
    // A big answer: parse and decode it on a worker thread. The reply is
    // done; the call waits for the worker (cancel() ends the wait).
    detachReply();
    auto delivery = std::make_shared<BackgroundDelivery>(this);
    m_decoding = delivery;
    struct Decoded
    {
        EnvelopeResult envelope;
        QString problem;
        QVariant value;
    };
    BackgroundDelivery::run([this, delivery, body = std::exchange(m_body, {}), contentType, status = m_httpStatus,
                             method = m_method, path = m_path, decoder = m_decoder]() mutable {
        if (delivery->isRevoked())
            return;
        auto result = std::make_shared<Decoded>();
        result->envelope = decodeEnvelope(status, contentType, body, method, path);
        body = {}; // freed here, not on the GUI thread
        if (!result->envelope.error && decoder)
            result->problem = decoder(result->envelope.data, &result->value);
        delivery->deliver([this, delivery, result] {
            if (m_decoding != delivery || m_finished)
                return; // cancelled meanwhile
            m_decoding.reset();
            completeAnswer(std::move(result->envelope), result->problem, result->value);
        });
    });
}

void ApiCall::completeAnswer(EnvelopeResult decoded, const QString &problem, const QVariant &value)
{
    if (decoded.error) {
        decoded.error.setServer(hostOf(m_requestUrl));
        if (retryLater(decoded.error))
            return;
        if (decoded.error.isAuthError() && !m_retried && m_authRetry) {
            // The credentials were refused: the client may renew them and
            // send this call once more (same object, new reply).
            m_retried = true;
            m_renewalError = decoded.error;
            m_httpStatus = 0;
            detachReply();
            // A copy: the call may finish (and drop m_authRetry) inside it.
            const AuthRetry retry = m_authRetry;
            if (retry(this))
                return;
            m_httpStatus = decoded.error.httpStatus();
        }
        finishWith(decoded.error);
        return;
    }
    if (!problem.isEmpty()) {
        finishWith(makeError(ApiError::Kind::BadResponse, problem));
        return;
    }
    m_data = decoded.data;
    if (!m_dropDataKeys.isEmpty() && m_data.isObject()) {
        QJsonObject object = m_data.toObject();
        for (const QString &key : std::as_const(m_dropDataKeys))
            object.remove(key);
        m_data = object;
    }
    m_decoded = value;
    finishWith(ApiError());
}

#ifndef QT_NO_SSL
void ApiCall::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    if (reply != m_reply || errors.isEmpty())
        return;
    const QSslConfiguration configuration = reply->sslConfiguration();
    QSslCertificate peer = configuration.peerCertificate();
    if (peer.isNull()) {
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull()) {
                peer = e.certificate();
                break;
            }
        }
    }
    const QList<QSslCertificate> chain = configuration.peerCertificateChain();
    const QString digest = peer.isNull() ? QString() : ApiClient::certificateSha256(peer);

    // The pin: the user trusts this exact certificate, so the verification
    // errors about it (or its own chain) are ignored, for this reply only.
    if (!m_pinnedSha256.isEmpty() && digest == m_pinnedSha256) {
        bool acceptable = true;
        for (const QSslError &e : errors) {
            if (e.error() == QSslError::CertificateRevoked || e.error() == QSslError::CertificateBlacklisted) {
                acceptable = false;
            }
            const QSslCertificate about = e.certificate();
            if (!about.isNull() && about != peer && !chain.contains(about))
                acceptable = false;
        }
        if (acceptable) {
            qCDebug(lcApi) << "accepting the certificate trusted for" << hostOf(m_requestUrl);
            reply->ignoreSslErrors(errors);
            return;
        }
    }

    // The specific problems (expired, wrong host name…) first, then the
    // generic "not trusted" ones.
    const auto generic = [](const QSslError &e) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return true;
        default:
            return false;
        }
    };
    QStringList problems;
    for (const bool pass : {false, true}) {
        for (const QSslError &e : errors) {
            if (generic(e) == pass && !problems.contains(e.errorString()))
                problems << e.errorString();
        }
    }
    m_tlsProblems = problems;
    m_certificateSha256 = digest;
    m_certificateSummary = ApiClient::certificateSummary(peer);
    if (!m_certificateSummary.isEmpty())
        m_certificateSummary += QLatin1String("; ");
    m_certificateSummary += tr("problem: %1").arg(problems.join(QLatin1String("; ")));
}
#else
void ApiCall::onSslErrors(QNetworkReply *, const QList<QSslError> &) { }
#endif

bool ApiCall::retryLater(const ApiError &error)
{
    const int status = error.httpStatus();
    if ((status != 429 && status != 503) || m_retriesLeft <= 0 || !m_resend || m_finished)
        return false;
    // Exponential backoff from retryDelay, unless the server says how long.
    qint64 waitMs = qint64(m_retryDelay.count()) << std::clamp(m_attempts - 1, 0, 16);
    const QByteArray after = m_retryAfter.trimmed();
    if (!after.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = after.toLongLong(&isNumber);
        if (isNumber && seconds >= 0) {
            waitMs = std::min<qint64>(seconds, 24 * 3600) * 1000;
        } else {
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date);
            if (at.isValid())
                waitMs = std::clamp<qint64>(Clock::orSystem(m_clock.data())->now().msecsTo(at), 0, 24 * 3600 * 1000);
        }
    }
    waitMs = std::min<qint64>(waitMs, m_retryMaxDelay.count());
    if (m_retryBudget.count() > 0 && sinceStartMs() + waitMs > m_retryBudget.count())
        return false; // it would not end within the call's time limit
    --m_retriesLeft;
    qCDebug(lcApi).noquote() << m_method << m_path << "answered HTTP" << status << "; sending it again in" << waitMs
                             << "ms";
    detachReply();
    m_httpStatus = 0;
    m_retryWait.start(int(waitMs));
    return true;
}

ApiError ApiCall::withRequestIds(ApiError error) const
{
    if (!error)
        return error;
    error.setOwnRequestId(m_requestId);
    if (!error.serverRequestId().isEmpty())
        return error;
    if (!m_echoedRequestId.isEmpty()) {
        error.setServerRequestId(m_echoedRequestId);
        return error;
    }
    // A 4.10.7+ server logs every request under the id it was sent with,
    // also when its answer did not come back.
    const bool reachedServer = error.kind() == ApiError::Kind::Server || error.kind() == ApiError::Kind::Http
        || error.kind() == ApiError::Kind::BadResponse || error.kind() == ApiError::Kind::Timeout;
    if (m_serverLogsRequestIds && reachedServer && m_attempts > 0)
        error.setServerRequestId(m_requestId);
    return error;
}

void ApiCall::finishWith(const ApiError &plainError)
{
    const ApiError error = withRequestIds(plainError);
    m_finished = true;
    if (m_decoding) { // cancelled or timed out while a worker decodes
        m_decoding->revoke();
        m_decoding.reset();
    }
    m_waitingForRenewal = false;
    m_deadline.stop();
    m_renewalWait.stop();
    m_readMore.stop();
    m_retryWait.stop();
    m_resend = nullptr;
    m_elapsedMs = sinceStartMs();
    m_error = error;
    m_authRetry = nullptr;
    detachReply();
    if (error)
        qCDebug(lcApi).noquote() << error.message();
    else
        qCDebug(lcApi).noquote() << m_method << m_path << "ok in" << m_elapsedMs << "ms";
    emit finished();
    deleteLater();
}

} // namespace lb
