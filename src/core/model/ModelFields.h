#pragma once

#include <QLatin1StringView>

// The field names of a MODEL record (API.md), for the model value, its edits,
// the import plan and the models document.
namespace lb::ModelFields {

inline constexpr QLatin1StringView kUuid("uuid");
inline constexpr QLatin1StringView kName("name");
inline constexpr QLatin1StringView kDescription("description");
inline constexpr QLatin1StringView kRequester("requester");
inline constexpr QLatin1StringView kRequesterConfig("requester_config");
inline constexpr QLatin1StringView kBaseUrl("base_url");
inline constexpr QLatin1StringView kApiKeys("api_keys");
inline constexpr QLatin1StringView kKeys("keys"); // inside an api_keys group
inline constexpr QLatin1StringView kAbilities("abilities");
inline constexpr QLatin1StringView kExtraArgs("extra_args");
inline constexpr QLatin1StringView kCreatedAt("created_at");
inline constexpr QLatin1StringView kUpdatedAt("updated_at");

// LangBot 4.7+ (API.md 4 and 5)
inline constexpr QLatin1StringView kProviderUuid("provider_uuid");
inline constexpr QLatin1StringView kProvider("provider"); // nested in a model, read-only
inline constexpr QLatin1StringView kWorkspaceUuid("workspace_uuid");
inline constexpr QLatin1StringView kContextLength("context_length");
inline constexpr QLatin1StringView kReasoningConfig("reasoning_config");
inline constexpr QLatin1StringView kLevel("level"); // inside reasoning_config
inline constexpr QLatin1StringView kReasoningCapabilities("reasoning_capabilities");
inline constexpr QLatin1StringView kLevels("levels");                    // inside reasoning_capabilities
inline constexpr QLatin1StringView kPreferedRanking("prefered_ranking"); // the server's spelling
inline constexpr QLatin1StringView kReasoningAbility("reasoning");
inline constexpr QLatin1StringView kProviderDefaultLevel("provider_default");
// A secret the server masked (4.10.7+): exactly this text.
inline constexpr QLatin1StringView kMasked("***");

} // namespace lb::ModelFields
