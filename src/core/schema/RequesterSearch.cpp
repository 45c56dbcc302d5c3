#include "RequesterSearch.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

struct AliasEntry
{
    QLatin1StringView prefix; // a requester name starting with this (then '-' or end)
    const char16_t *words;    // space-separated
};

// Brands people search by, for the providers LangBot ships requesters for.
constexpr AliasEntry kAliases[] = {
    {"openai"_L1, u"gpt chatgpt o1 o3 o4"},
    {"anthropic"_L1, u"claude"},
    {"gemini"_L1, u"google bard"},
    {"deepseek"_L1, u"深度求索"},
    {"moonshot"_L1, u"kimi 月之暗面"},
    {"zhipuai"_L1, u"zhipu glm chatglm bigmodel 智谱"},
    {"volcark"_L1, u"volcengine doubao bytedance ark 火山 豆包"},
    {"bailian"_L1, u"aliyun alibaba dashscope qwen tongyi 通义 百炼 阿里"},
    {"siliconflow"_L1, u"silicon 硅基流动"},
    {"xai"_L1, u"grok x.ai"},
    {"ollama"_L1, u"local llama self-hosted"},
    {"lmstudio"_L1, u"local lm studio self-hosted"},
    {"openrouter"_L1, u"router"},
    {"modelscope"_L1, u"魔搭"},
    {"gitee-ai"_L1, u"gitee 模力方舟"},
    {"new-api"_L1, u"newapi one-api oneapi gateway"},
    {"302-ai"_L1, u"302"},
    {"ppio"_L1, u"派欧云"},
    {"compshare"_L1, u"优云智算 ucloud"},
    {"shengsuanyun"_L1, u"胜算云"},
    {"jiekouai"_L1, u"接口ai"},
    {"tokenpony"_L1, u"小马算力"},
    {"qhaigc"_L1, u"启航"},
};

void addWords(QStringList *out, const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (!lower.isEmpty())
        out->append(lower);
}

void addI18n(QStringList *out, const I18nText &text)
{
    const QStringList languages = text.languages();
    for (const QString &language : languages)
        addWords(out, text.text(language));
}

void addAliasValue(QStringList *out, const QJsonValue &value)
{
    if (value.isString()) {
        const QStringList words = value.toString().split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts);
        for (const QString &word : words)
            addWords(out, word);
    } else if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (const QJsonValue &item : list)
            addAliasValue(out, item);
    } else if (value.isObject()) { // an i18n map of aliases
        const QJsonObject map = value.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            addAliasValue(out, it.value());
    }
}

} // namespace

QStringList builtInRequesterAliases(const QString &requesterName)
{
    const QString name = requesterName.toLower();
    QStringList words;
    for (const AliasEntry &entry : kAliases) {
        if (name.startsWith(entry.prefix)
            && (name.size() == entry.prefix.size() || name.at(entry.prefix.size()) == u'-')) {
            words += QString::fromUtf16(entry.words).split(u' ', Qt::SkipEmptyParts);
        }
    }
    return words;
}

QStringList requesterKeywords(const RequesterSchema &schema)
{
    QStringList words;
    addWords(&words, schema.name());
    const QStringList parts = schema.name().split(u'-', Qt::SkipEmptyParts);
    if (parts.size() > 1) {
        for (const QString &part : parts)
            addWords(&words, part);
    }
    addI18n(&words, schema.label());
    addI18n(&words, schema.description());
    addWords(&words, schema.providerCategory());
    const QJsonObject json = schema.json();
    const QJsonObject spec = json.value(QLatin1String("spec")).toObject();
    for (const QLatin1StringView key : {"alias"_L1, "aliases"_L1, "keywords"_L1}) {
        addAliasValue(&words, json.value(key));
        addAliasValue(&words, spec.value(key));
    }
    for (const QString &alias : builtInRequesterAliases(schema.name()))
        addWords(&words, alias);
    words.removeDuplicates();
    return words;
}

bool keywordsMatch(const QStringList &keywords, const QString &query)
{
    const QStringList terms = query.toLower().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        bool found = false;
        for (const QString &keyword : keywords) {
            if (keyword.contains(term)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool requesterMatches(const RequesterSchema &schema, const QString &query)
{
    return keywordsMatch(requesterKeywords(schema), query);
}

} // namespace lb
