#pragma once

#include "model/LlmModel.h"
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

    bool carriesKeys() const { return keys == Keys::Included; }
    friend bool operator==(const DocumentModel &, const DocumentModel &) = default;
};

// The "langbot-console/models" document, version 1 (docs/export-format.md).
class ModelsDocument : public TransferFile<ModelsDocument>
{
    Q_DECLARE_TR_FUNCTIONS(lb::ModelsDocument)
public:
    ExportSource source;
    bool secretsIncluded = false;
    QList<DocumentModel> models;

    // Builds a document from the server's records: drops created_at and
    // updated_at, handles api_keys per the options, sorts by name (then uuid).
    static ModelsDocument fromServer(const QList<LlmModel> &models, const ExportSource &source,
                                     const ExportOptions &options,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The file: fixed key order, 2-space indentation, final newline.
    QByteArray toJson() const;

    // The document and every problem found (up to a cap); writeFile and
    // readFile come from TransferFile.
    static ReadResult read(const QByteArray &bytes, int errorCap = DocumentErrors::kDefaultCap);

    static constexpr QLatin1StringView kMaskedKey{"***"};
};

} // namespace lb
