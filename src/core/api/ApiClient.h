#pragma once

#include "ApiCall.h"
#include "ConnectionSettings.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;
class QNetworkRequest;

namespace lb {

class LlmModel;

// The client of one LangBot server session: one QNetworkAccessManager, every
// request decorated in one place (base URL and prefix, credentials, User-Agent,
// Accept, timeouts, redirect policy). Every call is asynchronous and returns an
// ApiCall the caller may cancel; none blocks.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(ConnectionSettings settings, QObject *parent = nullptr);
    ~ApiClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    void setSettings(const ConnectionSettings &settings);
    // Replaces only the credential (e.g. after login).
    void setCredential(ConnectionSettings::AuthMode mode, const QString &secret);

    // The base URL for people: no user info, no trailing slash.
    QString displayUrl() const;

    // --- the six calls of the contract -------------------------------------
    ApiCall *listModels();                                       // data.models
    ApiCall *getModel(const QString &uuid);                      // data.model
    ApiCall *createModel(const QJsonObject &createBody);         // data.uuid
    ApiCall *updateModel(const QString &uuid, const QJsonObject &updateBody);
    ApiCall *deleteModel(const QString &uuid);
    ApiCall *testModel(const QString &uuid);                     // long timeout
    // Test an unsaved configuration: POST .../llm/_/test with a CREATE body.
    ApiCall *testUnsavedModel(const QJsonObject &createBody);

    // --- server and user ---------------------------------------------------
    ApiCall *systemInfo();                                       // data.version
    ApiCall *login(const QString &user, const QString &password); // data.token
    ApiCall *checkToken();                                       // data.token

    // Cancels every call still running on this client.
    void cancelAll();
    int runningCalls() const;

    // Decoders for successful answers (data of the call above).
    static QList<LlmModel> modelsFromData(const QJsonValue &data);
    static LlmModel modelFromData(const QJsonValue &data);
    static QString stringFromData(const QJsonValue &data, const QString &key);

    static QByteArray userAgent();

signals:
    // A call started or finished; for busy indicators.
    void runningCallsChanged(int count);

private:
    enum class CallKind {
        Normal,    // no data for settings.timeout -> Timeout
        Test,      // the whole round trip is limited to settings.testTimeout
        Anonymous, // like Normal, sent without credentials
    };
    ApiCall *send(const QByteArray &method, const QString &path, const QJsonObject *body,
                  CallKind kind, ApiCall::DataCheck check);
    QUrl urlFor(const QString &path) const;

    ConnectionSettings m_settings;
    QNetworkAccessManager *m_nam;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace lb
