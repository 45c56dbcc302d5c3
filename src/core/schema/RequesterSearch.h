#pragma once

#include "schema/RequesterSchema.h"

#include <QString>
#include <QStringList>

namespace lb {

// Finding a requester by what people type: "claude", "openai", "智谱", "local".
//
// The words of a requester are its name (and the parts of it between dashes),
// its label in every language, its description in every language, its provider
// category, alias words the server may send ("alias", "aliases" or "keywords",
// at the top of REQ or in its spec, as a string or a list of strings), and
// built-in aliases of well-known providers (a requester whose name starts with
// "anthropic" is found by "claude", "openai" by "gpt", "zhipuai" by "glm"...).
QStringList requesterKeywords(const RequesterSchema &schema);

// The built-in alias words for a requester name (may be empty).
QStringList builtInRequesterAliases(const QString &requesterName);

// True when every word of query (split on white space, any case) is contained
// in one of the requester's keywords. An empty query matches everything.
bool requesterMatches(const RequesterSchema &schema, const QString &query);
// The same on keywords computed earlier (lower-cased, as requesterKeywords gives).
bool keywordsMatch(const QStringList &keywords, const QString &query);

} // namespace lb
