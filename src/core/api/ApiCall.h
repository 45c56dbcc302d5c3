#pragma once

#include "ApiError.h"
#include "Clock.h"
#include "Envelope.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <chrono>

#include <functional>
#include <memory>
#include <type_traits>

class QNetworkReply;
class QSslError;

namespace lb {

class BackgroundDelivery;

// One asynchronous request. It owns its QNetworkReply, emits finished()
// exactly once (success, error, timeout or cancel) and then deletes itself
// (deleteLater). Connect to finished() with a context object.
//
// An authenticated call answered with HTTP 401 may be sent once more after the
// client renewed its credentials (ApiClient::setReauthenticator): the same
// ApiCall then takes a new QNetworkReply, and the caller still sees one
// finished() with the final outcome. While it waits for the renewal, cancel()
// works and the time limits still apply.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    // Checks the shape of a successful envelope's data and may decode it into
    // a typed value (*decoded, e.g. QList<LlmModel>) in the same pass; returns
    // an empty string when it is fine, or what is wrong ("data.models is not a
    // list"). Made from a function QString(const QJsonValue &data, QVariant
    // *decoded), or QString(const QJsonValue &data) for a check only. It may
    // run on a worker thread: no shared state.
    class Decoder
    {
    public:
        Decoder() = default;
        Decoder(std::nullptr_t) { }
        template<typename F,
                 std::enable_if_t<std::is_invocable_r_v<QString, F &, const QJsonValue &, QVariant *>, int> = 0>
        Decoder(F f)
            : m_decode(std::move(f))
        {
        }
        template<typename F,
                 std::enable_if_t<
                     std::is_invocable_r_v<
                         QString, F &, const QJsonValue &> && !std::is_invocable_v<F &, const QJsonValue &, QVariant *>,
                     int> = 0>
        Decoder(F check)
            : m_decode([check = std::move(check)](const QJsonValue &data, QVariant *) mutable { return check(data); })
        {
        }
        explicit operator bool() const { return bool(m_decode); }
        QString operator()(const QJsonValue &data, QVariant *decoded) const { return m_decode(data, decoded); }

    private:
        std::function<QString(const QJsonValue &, QVariant *)> m_decode;
    };
    using DataCheck = Decoder;

    // Answers of at least this many bytes are decoded on a worker thread.
    static constexpr qint64 kBackgroundDecodeBytes = 256 * 1024;
    // At most this much of the answer is copied per event-loop turn.
    static constexpr qint64 kReadSliceBytes = 2 * 1024 * 1024;

    ~ApiCall() override;

    // The redirect rule: follow only within the same scheme, host and port
    // (credentials must never reach another host, nor go from https to http).
    // Returns an empty string when allowed, else why not (for people).
    static QString redirectRefusal(const QUrl &from, const QUrl &to);

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    // The X-Request-Id of the latest attempt ("lbc-<uuid>"), unique per
    // attempt; empty before the request was sent. A 4.10.7+ server logs the
    // request under it (see ApiError::requestId()).
    QString requestId() const { return m_requestId; }

    bool isFinished() const { return m_finished; }
    // True while a worker thread decodes the (complete) answer.
    bool isDecoding() const { return m_decoding != nullptr; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const QJsonValue &data() const { return m_data; }
    // What the call's decoder made of data() (e.g. QList<LlmModel> for
    // ApiClient::listModels(); see ApiClient::modelsFromCall()), or invalid.
    const QVariant &decoded() const { return m_decoded; }
    int httpStatus() const { return m_httpStatus; }
    // Wall time from sending to the end of the answer, in milliseconds
    // (including a renewal of the credentials and the second attempt).
    qint64 elapsedMs() const { return m_elapsedMs; }
    // The clock the call reads time from (its client's).
    Clock *clock() const { return Clock::orSystem(m_clock.data()); }
    // True when the call was sent again after a renewal of the credentials.
    bool wasRetried() const { return m_retried; }
    // How many times the request was sent (a read answered HTTP 429 or 503
    // is sent again after a pause; see ConnectionSettings::readRetries).
    int attempts() const { return m_attempts; }
    // Raw calls (ApiClient::requesterIcon): the answer's bytes and content
    // type as received, without envelope decoding; empty for other calls.
    const QByteArray &body() const { return m_rawBody; }
    QByteArray contentType() const { return m_contentType; }

public slots:
    // Aborts the request; finished() follows with Kind::Cancelled. Safe to call
    // more than once and after the call finished (then it does nothing).
    void cancel();

signals:
    void finished();

private:
    friend class ApiClient;
    // Asked on an HTTP 401 of an authenticated call not yet retried: true when
    // the client took the call over (it will attach a new reply or fail it).
    using AuthRetry = std::function<bool(ApiCall *call)>;

    // clock: round-trip times and retry pauses (nullptr: the system clock).
    ApiCall(QByteArray method, QString path, qint64 maxBytes, std::chrono::milliseconds deadline, Decoder decoder,
            Clock *clock, QObject *parent);
    qint64 sinceStartMs() const { return Clock::orSystem(m_clock.data())->monotonicMs() - m_startedMs; }

    // Takes (a new) reply; pinnedSha256: normalized pin or empty.
    void attachReply(QNetworkReply *reply, const QString &pinnedSha256);
    // Waiting for new credentials: no reply; waitLimit bounds the wait.
    void beginRenewalWait(std::chrono::milliseconds waitLimit);
    bool isWaitingForRenewal() const { return m_waitingForRenewal; }
    // The renewal failed: finish with the 401 that started it.
    void failRenewal();

    void onMetaDataChanged();
    void onReadyRead();
    void onRedirected(const QUrl &url);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onReplyFinished();
    // The answer decoded (here or on a worker): finish, or retry after a 401.
    ApiError transportError(QNetworkReply *reply) const;
    void decodeInBackground(const QByteArray &contentType);
    void completeAnswer(EnvelopeResult decoded, const QString &problem, const QVariant &value);
    // error with the request ids of this call (ApiError::requestId()).
    ApiError withRequestIds(ApiError error) const;
    void finishWith(const ApiError &error);
    void abortWith(ApiError::Kind kind, const QString &detail);
    void detachReply();
    ApiError makeError(ApiError::Kind kind, const QString &detail) const;
    // A read answered HTTP 429/503 with retries left: detaches the reply and
    // waits to be sent again (true), or false when it is not to be retried.
    bool retryLater(const ApiError &error);

    // What ApiClient needs to send the request again.
    QString m_rawPath; // path as given to ApiClient (before the prefix)
    QByteArray m_payload;
    QString m_requestId;                 // sent with the latest attempt
    QString m_echoedRequestId;           // the answer's X-Request-Id header
    bool m_serverLogsRequestIds = false; // a 4.10.7+ server (ApiClient::features())
    QStringList m_dropDataKeys;          // members of data never kept (scan's "debug")
    bool m_hasBody = false;
    bool m_isTest = false; // the long time limit of model tests
    quint64 m_credentialGeneration = 0;
    AuthRetry m_authRetry;

    QPointer<QNetworkReply> m_reply;
    QUrl m_requestUrl;
    QString m_pinnedSha256;
    QStringList m_tlsProblems;
    QString m_certificateSha256;
    QString m_certificateSummary;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    qint64 m_maxBytes;
    Decoder m_decoder;
    std::shared_ptr<BackgroundDelivery> m_decoding; // a worker decoding the answer
    QTimer m_deadline;
    QTimer m_renewalWait;
    QTimer m_readMore; // more of the answer is waiting: next turn
    QPointer<Clock> m_clock;
    qint64 m_startedMs = 0;

    // Set before aborting the reply, so onReplyFinished knows why it ended.
    ApiError::Kind m_abortKind = ApiError::Kind::None;
    QString m_abortDetail;

    bool m_finished = false;
    bool m_retried = false;
    bool m_waitingForRenewal = false;
    bool m_replyDone = false; // the reply finished; its last bytes may be waiting
    ApiError m_renewalError;  // the 401 that started the renewal
    ApiError m_error;
    QJsonValue m_data;
    QVariant m_decoded;
    int m_httpStatus = 0;
    qint64 m_elapsedMs = 0;
    bool m_raw = false; // no envelope: body() and contentType() keep the answer
    QByteArray m_rawBody;
    QByteArray m_contentType;

    // Sending again after HTTP 429/503 (reads only; set by ApiClient).
    std::function<void(ApiCall *call)> m_resend; // ApiClient::transmit
    int m_retriesLeft = 0;
    std::chrono::milliseconds m_retryDelay{0};
    std::chrono::milliseconds m_retryMaxDelay{0};
    std::chrono::milliseconds m_retryBudget{0}; // the waits end within this of the start
    QByteArray m_retryAfter;                    // the answer's Retry-After header
    ClockTimer m_retryWait;
    int m_attempts = 0;
};

} // namespace lb
