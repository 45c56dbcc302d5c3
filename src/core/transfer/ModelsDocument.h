#pragma once

#include "model/LlmModel.h"
#include "model/Provider.h"
#include "model/ModelFields.h"
#include "transfer/TransferDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace lb {

// Where an export came from (written as "source"; all parts optional).
struct ExportSource
{
    QString profileName;
    QUrl serverUrl;        // written without user info
    QString serverVersion; // as /api/v1/system/info says, e.g. "v4.6.5"

    friend bool operator==(const ExportSource &, const ExportSource &) = default;
};

struct ExportOptions
{
    // Off by default: api_keys are replaced by a marker object and every other
    // secret is dropped (SecretRedaction, Keep::None). On: the model's own keys
    // and secrets are written, except what a server masked as "***" (never
    // written); a nested provider's keys are never written.
    bool includeSecrets = false;
};

// One model of a models document.
struct DocumentModel
{
    enum class Keys {
        Included,    // "api_keys" holds the keys (possibly none)
        Absent,      // the record had no "api_keys" at all
        NotExported, // left out on export (marker, reason "excluded")
        Masked,      // the server masked them as "***" (marker, reason "masked")
    };

    // The record's fields: uuid (for matching), name, description, requester,
    // requester_config, abilities, extra_args, any unknown field, and api_keys
    // only when keys == Included. Never created_at / updated_at.
    LlmModel model;
    Keys keys = Keys::Included;
    int keyCount = 0; // how many keys the record had; -1 when not known
    // Paths of the secrets left out on export besides api_keys (written as
    // "redacted"; SecretRedaction), e.g. "extra_args.headers.Authorization".
    QStringList redacted;

    // Version 2: the document-local id of the model's provider (providers[].id);
    // the model's type is model.type(). Empty in version 1.
    QString provider;

    bool carriesKeys() const { return keys == Keys::Included; }
    friend bool operator==(const DocumentModel &, const DocumentModel &) = default;
};

// One provider of a version 2 document: name, requester, base_url and, with
// --include-secrets, api_keys (never "***": masked keys give the marker).
struct DocumentProvider
{
    QString id;        // document-local ("provider-1"), what models[].provider names
    Provider provider; // name, requester, base_url, api_keys only when keys == Included
    DocumentModel::Keys keys = DocumentModel::Keys::Included;
    int keyCount = 0;
    QStringList redacted; // e.g. "base_url" credentials left out

    bool carriesKeys() const { return keys == DocumentModel::Keys::Included; }
    friend bool operator==(const DocumentProvider &, const DocumentProvider &) = default;
};

// The "langbot-console/models" document (docs/export-format.md): version 1
// (a 4.0–4.6 server's LLM models, each with its requester and keys) or
// version 2 (a 4.7+ server's providers and models of every type).
class ModelsDocument : public TransferFile<ModelsDocument>
{
    Q_DECLARE_TR_FUNCTIONS(lb::ModelsDocument)
public:
    ExportSource source;
    bool secretsIncluded = false;
    int version = 1;                   // 2 when written from a 4.7+ server (fromServer with providers)
    QList<DocumentProvider> providers; // version 2 only
    QList<DocumentModel> models;

    // The provider a version 2 model names; nullptr when none (or version 1).
    const DocumentProvider *providerOf(const DocumentModel &model) const;

    // Builds a document from the server's records: drops created_at and
    // updated_at, handles api_keys per the options, sorts by name (then uuid).
    static ModelsDocument fromServer(const QList<LlmModel> &models, const ExportSource &source,
                                     const ExportOptions &options,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Version 2, from a 4.7+ server: its providers (LangBot Models left out:
    // every server has its own) and models of every type (model.type() set),
    // each pointing at its provider by a document-local id.
    static ModelsDocument fromServer(const QList<Provider> &providers, const QList<LlmModel> &models,
                                     const ExportSource &source, const ExportOptions &options,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The file: fixed key order, 2-space indentation, final newline.
    QByteArray toJson() const;

    // The document and every problem found (up to a cap); writeFile and
    // readFile come from TransferFile.
    static ReadResult read(const QByteArray &bytes, int errorCap = DocumentErrors::kDefaultCap);

    static constexpr QLatin1StringView kMaskedKey = ModelFields::kMasked; // the one "***"
};

} // namespace lb
