#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

// What leaves the console when a model record is printed or exported, for
// every API generation (API.md gotcha 16): a 4.7+ record nests its provider
// with the provider's keys, and extra_args may hold headers and tokens.
//
// The one rule: a secret is dropped, never replaced by a stand-in value (a
// masked "***" is never shown as a key), and the record says what was
// dropped:
//  - a list of keys (`api_keys` of the record, `provider.api_keys`) by its
//    number beside it, `api_keys_count` (an export document keeps its own
//    marker for the record's keys, see ModelsDocument);
//  - any other value by its path in the record's `redacted` list, e.g.
//    `extra_args.headers.Authorization`, in a stable order.
// Secrets are: values whose key (at any depth, case-insensitive, `-` read as
// `_`) ends with `key` (`api_key`, `access_key`, `private_key`, `X-Api-Key`)
// or `authorization`, or is `cookie`, or contains `secret`, `password`,
// `passwd`, `credential`, or `token` (not `tokens` or `tokenizer`: counts
// such as `max_tokens` are settings); the `value` of a {"name"|"key": SECRET
// NAME, "value": …} pair; any value the server masked as "***"; and the
// credentials in a URL under `base_url` or a `*_url` key: its user info and
// the query parameters named like secrets (or `key`). The URL itself stays.
namespace lb::SecretRedaction {

// Which secrets stay.
enum class Keep {
    None,       // every secret goes: list, get, export without --include-secrets
    OwnSecrets, // export --include-secrets: the record's own secrets stay; the
                // nested provider's keys and every "***" still go
};

// True for a key under which a value is a secret (see above).
bool isSecretName(QStringView name);

// url without user info and secret query parameters; *changed says whether
// anything was removed. Not a URL: returned as it is.
QString redactUrl(const QString &url, bool *changed = nullptr);

struct Result
{
    QJsonObject record;  // the record less its secrets
    QStringList removed; // paths of the dropped values (not key lists)
};

// Redacts everything but the record's own top-level `api_keys`, which the
// caller handles (an export writes its marker for them).
Result redact(const QJsonObject &record, Keep keep);

// The record with the values at `paths` (a Result's `removed`) taken back
// from `original`, the server's record of the same model: an import that
// updates a model keeps the secrets its export left out. Paths the original
// does not have stay absent.
QJsonObject restore(const QJsonObject &record, const QJsonObject &original, const QStringList &paths);

// A record for output (list --json, get): nothing secret; `api_keys`
// replaced by `api_keys_count`, and `redacted` listing the other paths when
// there are any.
QJsonObject forOutput(const QJsonObject &record);

} // namespace lb::SecretRedaction
