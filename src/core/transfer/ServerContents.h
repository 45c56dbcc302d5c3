#pragma once

#include "api/ApiError.h"
#include "model/LlmModel.h"
#include "model/Provider.h"
#include "transfer/ModelsDocument.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace lb {

class ApiCall;
class ApiClient;

// What an export or import needs of a server, read through ApiClient: its
// providers (4.7+) and its models of every type the server has (LLM only on
// 4.0–4.6; embedding 4.7+; rerank 4.9.7+), by the client's features(); a
// client whose generation is not known yet is probed first (ServerProbe; a
// server that cannot be told is read as 4.0–4.6). One call after another;
// finished() once, with everything or the first error.
class ServerContents : public QObject
{
    Q_OBJECT
public:
    explicit ServerContents(ApiClient *client, QObject *parent = nullptr);

    // Starts reading; finished() comes from the event loop.
    void start();

    bool ok() const { return !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const QList<Provider> &providers() const { return m_providers; }
    const QList<LlmModel> &models() const { return m_models; } // each with its type()
    // The server had providers (4.7+): document() writes version 2.
    bool hasProviders() const { return m_hasProviders; }

    // The export document of what was read: version 2 (providers and every
    // model type) from a 4.7+ server, version 1 from 4.0–4.6. The one writer
    // of both faces (the command line's export and the window's).
    ModelsDocument document(const ExportSource &source, const ExportOptions &options) const;

signals:
    void finished();

private:
    void list();
    void next();
    void onCall(ApiCall *call);

    QPointer<ApiClient> m_client;
    QList<ModelType> m_types; // still to list
    bool m_providersDone = false;
    bool m_hasProviders = false;
    QList<Provider> m_providers;
    QList<LlmModel> m_models;
    ApiError m_error;
};

} // namespace lb
