#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lb {

// The three generations of LangBot's model API (API.md, "Three generations").
// A connection finds out which one it talks to; a user never picks it.
enum class ApiGeneration {
    Unknown,    // not detected yet
    Legacy,     // 4.0–4.6: a model carries requester, requester_config, api_keys
    Providers,  // 4.7–4.10.6: models point at providers; no roles, no masking
    Workspaces, // 4.10.7+: as Providers, plus roles and permissions, "***", request ids
};

// A server version as system/info reports it ("v4.10.8", "4.6.5-beta"):
// parsed with or without the "v", split on "." and "-"; the raw text is kept
// for display. Missing parts read as 0; an unparsable text is invalid.
class ServerVersion
{
public:
    ServerVersion() = default;
    static ServerVersion parse(const QString &text);

    bool isValid() const { return m_valid; }
    QString text() const { return m_text; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }

    // True when valid and at least major.minor.patch.
    bool isAtLeast(int major, int minor, int patch = 0) const;

private:
    QString m_text;
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    bool m_valid = false;
};

// What one server can do, from its generation and version (API.md 1).
struct ServerFeatures
{
    ApiGeneration generation = ApiGeneration::Unknown;
    ServerVersion version;

    bool hasProviders() const
    {
        return generation == ApiGeneration::Providers || generation == ApiGeneration::Workspaces;
    }
    bool hasPermissions() const { return generation == ApiGeneration::Workspaces; }
    bool masksSecrets() const { return generation == ApiGeneration::Workspaces; }
    // Rerank models and provider scans: 4.9.7+ (all of 4.10.7+).
    bool hasRerank() const;
    bool canScanModels() const { return hasRerank(); }
    // context_length in model bodies: 4.10.2+.
    bool hasContextLength() const;
    // reasoning_config in model bodies: 4.10.7+.
    bool hasReasoningConfig() const { return generation == ApiGeneration::Workspaces; }
};

// The generation system/info's data suggests (API.md 1, step 1):
// invitation_delivery or mcp_stdio_enabled -> Workspaces; else
// disable_models_service -> Providers; else Legacy. The authenticated probe of
// /api/v1/provider/providers decides when it disagrees.
ApiGeneration generationFromSystemInfo(const QJsonObject &data);

// "LangBot 4.0–4.6", "LangBot 4.7–4.10.6", "LangBot 4.10.7+", "unknown" (translated).
QString generationName(ApiGeneration generation);
// Stable id for --json output and files: "4.0", "4.7", "4.10.7", "unknown".
QString generationId(ApiGeneration generation);

} // namespace lb
