#pragma once

#include "model/ModelType.h"
#include "model/Provider.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QPointer>
#include <QTimer>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace lb {
class ApiCall;
class ServerWorkspace;
} // namespace lb

namespace lb::gui {

class RequestIdButton;

// "Test connection" of the provider dialog: a `_` test (API.md 6) of one
// model through the provider as the dialog holds it now (requester, base URL,
// keys), nothing saved. The model is one of the provider's saved models or a
// name typed for a new provider, with its type (those the requester serves).
// Shows the server's answer with the round-trip time, or its message with the
// request id once and a button to copy it; elapsed time while it runs, Cancel,
// and the profile's test timeout. Keys the server hides ("***", no secret
// permission) cannot be tested: a `_` test would send "***" upstream, so it
// says so instead of sending. Disabled, with the reason, without the test
// permission.
class ProviderTestPanel : public QGroupBox
{
    Q_OBJECT
public:
    // The provider as the dialog would save it ("***" where a hidden key is kept).
    using ProviderSource = std::function<Provider()>;

    ProviderTestPanel(ServerWorkspace *workspace, ProviderSource source, QWidget *parent = nullptr);
    ~ProviderTestPanel() override;

    // Offers the saved models of this provider (none for a new one).
    void setProviderUuid(const QString &uuid);
    // The types the requester serves (its spec.support_type); empty: every
    // type the server has.
    void setSupportTypes(const QStringList &supportTypes);

    // Why Test is disabled; empty when enabled.
    QString blockedReason() const;
    bool isTesting() const { return m_call != nullptr; }
    // The model the test would use.
    QString modelName() const;
    ModelType modelType() const;

    QComboBox *modelCombo() const { return m_model; }
    QComboBox *typeCombo() const { return m_type; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *resultLabel() const { return m_result; }
    RequestIdButton *requestIdButton() const { return m_requestId; }

public slots:
    void test();
    void cancel();
    void updateState();

signals:
    void finished(bool ok);

private:
    void fillModels();
    void fillTypes();
    void onModelPicked(int index);
    void showResult(const QString &text);
    void finish(ApiCall *call);

    QPointer<ServerWorkspace> m_workspace;
    ProviderSource m_source;
    QString m_providerUuid;
    QStringList m_supportTypes;
    QComboBox *m_model = nullptr;
    QComboBox *m_type = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    RequestIdButton *m_requestId = nullptr;
    QPointer<ApiCall> m_call;
    QElapsedTimer m_clock;
    QTimer m_ticker;
};

} // namespace lb::gui
