#pragma once

#include "ApiError.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

#include <functional>

class QNetworkReply;

namespace lb {

// One asynchronous request. It owns its QNetworkReply, emits finished()
// exactly once (success, error, timeout or cancel) and then deletes itself
// (deleteLater). Connect to finished() with a context object.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    // Checks the shape of a successful envelope's data; returns an empty
    // string when it is fine, or what is wrong ("data.models is not a list").
    using DataCheck = std::function<QString(const QJsonValue &data)>;

    ~ApiCall() override;

    // The redirect rule: follow only within the same scheme, host and port
    // (credentials must never reach another host, nor go from https to http).
    // Returns an empty string when allowed, else why not (for people).
    static QString redirectRefusal(const QUrl &from, const QUrl &to);

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const QJsonValue &data() const { return m_data; }
    int httpStatus() const { return m_httpStatus; }
    // Wall time from sending to the end of the answer, in milliseconds.
    qint64 elapsedMs() const { return m_elapsedMs; }

public slots:
    // Aborts the request; finished() follows with Kind::Cancelled. Safe to call
    // more than once and after the call finished (then it does nothing).
    void cancel();

signals:
    void finished();

private:
    friend class ApiClient;
    ApiCall(QNetworkReply *reply, QByteArray method, QString path, qint64 maxBytes,
            std::chrono::milliseconds deadline, DataCheck check, QObject *parent);

    void onMetaDataChanged();
    void onReadyRead();
    void onRedirected(const QUrl &url);
    void onReplyFinished();
    void finishWith(const ApiError &error);
    void abortWith(ApiError::Kind kind, const QString &detail);

    QPointer<QNetworkReply> m_reply;
    QUrl m_requestUrl;
    QStringList m_tlsProblems;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    qint64 m_maxBytes;
    DataCheck m_check;
    QTimer m_deadline;
    QElapsedTimer m_clock;

    // Set before aborting the reply, so onReplyFinished knows why it ended.
    ApiError::Kind m_abortKind = ApiError::Kind::None;
    QString m_abortDetail;

    bool m_finished = false;
    ApiError m_error;
    QJsonValue m_data;
    int m_httpStatus = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace lb
