#include "RequesterSchema.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QSet>

namespace lb {

namespace {

const QString kName = QStringLiteral("name");

QString kindOf(const QJsonValue &value)
{
    // A requester list is a "list" to its readers; the rest as everywhere.
    if (value.isUndefined())
        return RequesterSchema::tr("missing");
    if (value.isArray())
        return RequesterSchema::tr("a list");
    return JsonText::typeName(value);
}

} // namespace

std::optional<RequesterSchema> RequesterSchema::fromJson(const QJsonValue &value, const QString &path,
                                                         SchemaErrors *errors)
{
    const auto report = [&](const QString &subPath, const QString &message) {
        if (errors)
            errors->append({subPath, message});
    };
    if (!value.isObject()) {
        report(path,
               value.isUndefined() ? tr("missing")
                                   : tr("not an object (%1); the requester is skipped").arg(kindOf(value)));
        return std::nullopt;
    }
    const QJsonObject json = value.toObject();
    const QJsonValue name = json.value(kName);
    const QString namePath = joinPath(path, kName);
    if (!name.isString()) {
        report(namePath,
               name.isUndefined() ? tr("missing; the requester is skipped")
                                  : tr("not a string; the requester is skipped"));
        return std::nullopt;
    }
    if (name.toString().isEmpty()) {
        report(namePath, tr("empty; the requester is skipped"));
        return std::nullopt;
    }

    RequesterSchema schema;
    schema.m_json = json;
    schema.m_name = name.toString();
    schema.m_label
        = I18nText::fromJson(json.value(QLatin1String("label")), joinPath(path, QStringLiteral("label")), errors);
    schema.m_description = I18nText::fromJson(json.value(QLatin1String("description")),
                                              joinPath(path, QStringLiteral("description")), errors);

    const QJsonValue icon = json.value(QLatin1String("icon"));
    if (icon.isString())
        schema.m_icon = icon.toString();
    else if (!icon.isUndefined() && !icon.isNull())
        report(joinPath(path, QStringLiteral("icon")), tr("not a string; ignored"));

    const QString specPath = joinPath(path, QStringLiteral("spec"));
    const QJsonValue specValue = json.value(QLatin1String("spec"));
    if (!specValue.isObject()) {
        report(specPath,
               specValue.isUndefined() ? tr("missing; the requester has no fields")
                                       : tr("not an object; the requester has no fields"));
        return schema;
    }
    const QJsonObject spec = specValue.toObject();

    const QString configPath = joinPath(specPath, QStringLiteral("config"));
    const QJsonValue config = spec.value(QLatin1String("config"));
    if (config.isArray()) {
        const QJsonArray list = config.toArray();
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString fieldPath = indexPath(configPath, i);
            std::optional<FieldSpec> field = FieldSpec::fromJson(list.at(i), fieldPath, errors);
            if (!field)
                continue;
            if (seen.contains(field->name())) {
                report(joinPath(fieldPath, kName),
                       tr("\"%1\" is already a field; the repeat is skipped").arg(field->name()));
                continue;
            }
            seen.insert(field->name());
            schema.m_fields.append(*field);
        }
    } else if (!config.isUndefined() && !config.isNull()) {
        report(configPath, tr("not a list; the requester has no fields"));
    }

    const QString supportPath = joinPath(specPath, QStringLiteral("support_type"));
    const QJsonValue support = spec.value(QLatin1String("support_type"));
    if (support.isString()) {
        schema.m_supportTypes.append(support.toString());
    } else if (support.isArray()) {
        const QJsonArray list = support.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).isString())
                schema.m_supportTypes.append(list.at(i).toString());
            else
                report(indexPath(supportPath, i), tr("not a string; ignored"));
        }
    } else if (!support.isUndefined() && !support.isNull()) {
        report(supportPath, tr("not a list; ignored"));
    }

    const QJsonValue category = spec.value(QLatin1String("provider_category"));
    if (category.isString())
        schema.m_providerCategory = category.toString();
    else if (!category.isUndefined() && !category.isNull())
        report(joinPath(specPath, QStringLiteral("provider_category")), tr("not a string; ignored"));

    return schema;
}

QString RequesterSchema::reasonText(GenericReason reason, const QString &requesterName, const QString &detail)
{
    QString why;
    switch (reason) {
    case GenericReason::ApiKeyOnly:
        why = tr("LangBot describes requester settings only to a signed-in user, and this profile "
                 "uses an API key (no copy from an earlier sign-in is saved).");
        break;
    case GenericReason::Offline:
        why = tr("The server cannot be reached and no saved copy of its requester settings exists.");
        break;
    case GenericReason::UnknownRequester:
        why = tr("The server does not describe the requester \"%1\".").arg(requesterName);
        break;
    case GenericReason::FetchFailed:
        why = tr("The requester settings could not be fetched.");
        break;
    }
    if (!detail.isEmpty())
        why += QLatin1Char(' ') + tr("(%1)").arg(detail);
    return why + QLatin1Char(' ')
        + tr("Only the base URL and the timeout have their own fields; the other settings are "
             "edited as JSON.");
}

RequesterSchema RequesterSchema::generic(const QString &requesterName, GenericReason reason, const QString &detail)
{
    RequesterSchema schema;
    schema.m_name = requesterName;
    schema.m_supportTypes = {QStringLiteral("llm")};
    schema.m_genericReason = reason;
    schema.m_genericReasonText = reasonText(reason, requesterName, detail);

    FieldSpec baseUrl(QStringLiteral("base_url"), FieldSpec::Type::String);
    baseUrl.setLabel(I18nText::fromMap({{QStringLiteral("en_US"), QStringLiteral("Base URL")},
                                        {QStringLiteral("zh_Hans"), QStringLiteral("基础 URL")},
                                        {QStringLiteral("zh_Hant"), QStringLiteral("基礎 URL")},
                                        {QStringLiteral("ja_JP"), QStringLiteral("ベース URL")}}));
    baseUrl.setRequired(true);

    FieldSpec timeout(QStringLiteral("timeout"), FieldSpec::Type::Integer);
    timeout.setLabel(I18nText::fromMap({{QStringLiteral("en_US"), QStringLiteral("Timeout")},
                                        {QStringLiteral("zh_Hans"), QStringLiteral("超时时间")},
                                        {QStringLiteral("zh_Hant"), QStringLiteral("逾時時間")},
                                        {QStringLiteral("ja_JP"), QStringLiteral("タイムアウト")}}));
    timeout.setDefault(120);

    schema.m_fields = {baseUrl, timeout};
    return schema;
}

QString RequesterSchema::displayName(const QLocale &locale) const
{
    const QString text = m_label.resolve(locale);
    return text.isEmpty() ? m_name : text;
}

QString RequesterSchema::displayDescription(const QLocale &locale) const
{
    return m_description.resolve(locale);
}

const FieldSpec *RequesterSchema::field(const QString &name) const
{
    for (const FieldSpec &spec : m_fields) {
        if (spec.name() == name)
            return &spec;
    }
    return nullptr;
}

QJsonObject RequesterSchema::defaultConfig() const
{
    QJsonObject config;
    for (const FieldSpec &spec : m_fields)
        config.insert(spec.name(), spec.defaultValue());
    return config;
}

QJsonObject RequesterSchema::extraConfig(const QJsonObject &config) const
{
    QJsonObject extras;
    for (auto it = config.constBegin(); it != config.constEnd(); ++it) {
        if (!hasField(it.key()))
            extras.insert(it.key(), it.value());
    }
    return extras;
}

QList<FieldProblem> RequesterSchema::validateConfig(const QJsonObject &config, const QLocale &locale) const
{
    QList<FieldProblem> problems;
    for (const FieldSpec &spec : m_fields) {
        const QString message = spec.validate(config.value(spec.name()), locale);
        if (!message.isEmpty())
            problems.append({spec.name(), message});
    }
    return problems;
}

RequesterListParse parseRequesterList(const QJsonValue &data)
{
    RequesterListParse result;
    const QString listPath = QStringLiteral("requesters");
    QJsonValue list = data;
    if (data.isObject()) {
        list = data.toObject().value(listPath);
    } else if (!data.isArray()) {
        result.errors.append({QString(),
                              RequesterSchema::tr("the answer is %1, not an object with "
                                                  "\"requesters\"")
                                  .arg(kindOf(data))});
        return result;
    }
    if (!list.isArray()) {
        result.errors.append({listPath,
                              list.isUndefined() ? RequesterSchema::tr("missing")
                                                 : RequesterSchema::tr("%1, not a list").arg(kindOf(list))});
        return result;
    }
    const QJsonArray items = list.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = indexPath(listPath, i);
        std::optional<RequesterSchema> schema = RequesterSchema::fromJson(items.at(i), path, &result.errors);
        if (!schema)
            continue;
        if (seen.contains(schema->name())) {
            result.errors.append(
                {joinPath(path, kName),
                 RequesterSchema::tr("\"%1\" is listed already; the repeat is skipped").arg(schema->name())});
            continue;
        }
        seen.insert(schema->name());
        result.requesters.append(*schema);
    }
    return result;
}

RequesterParse parseRequester(const QJsonValue &data)
{
    RequesterParse result;
    const QString path = QStringLiteral("requester");
    if (!data.isObject()) {
        result.errors.append({QString(),
                              RequesterSchema::tr("the answer is %1, not an object with "
                                                  "\"requester\"")
                                  .arg(kindOf(data))});
        return result;
    }
    result.requester = RequesterSchema::fromJson(data.toObject().value(path), path, &result.errors);
    return result;
}

QList<RequesterSchema> requestersSupporting(const QList<RequesterSchema> &requesters, const QString &modelType)
{
    QList<RequesterSchema> result;
    for (const RequesterSchema &schema : requesters) {
        if (schema.supports(modelType))
            result.append(schema);
    }
    return result;
}

const RequesterSchema *findRequester(const QList<RequesterSchema> &requesters, const QString &name)
{
    for (const RequesterSchema &schema : requesters) {
        if (schema.name() == name)
            return &schema;
    }
    return nullptr;
}

} // namespace lb
