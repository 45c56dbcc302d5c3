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

} // namespace lb::ModelFields
