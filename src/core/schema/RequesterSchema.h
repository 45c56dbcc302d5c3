#pragma once

#include "schema/FieldSpec.h"
#include "schema/I18nText.h"
#include "schema/SchemaError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace lb {

struct FieldProblem
{
    QString field;   // FieldSpec::name(); empty for the whole config
    QString message; // for people, names the field by its label
    friend bool operator==(const FieldProblem &a, const FieldProblem &b)
    {
        return a.field == b.field && a.message == b.message;
    }
};

// One requester (the provider behind a model) as GET /api/v1/provider/requesters
// describes it: name, label and description (i18n maps), icon file name, the
// fields of requester_config (spec.config), the model types it serves
// (spec.support_type) and spec.provider_category. The REQ object is kept as
// received (json()).
//
// Keys of a model's requester_config that no field describes are "extras": they
// are kept and edited together as one raw JSON object (extraConfig()).
class RequesterSchema
{
    Q_DECLARE_TR_FUNCTIONS(lb::RequesterSchema)
public:
    // Why the generic schema stands in for the server's.
    enum class GenericReason {
        ApiKeyOnly,       // the profile has only an API key; schemas need a user login
        Offline,          // the server cannot be reached and nothing is cached
        UnknownRequester, // the server's list has no such requester
        FetchFailed,      // the schema call failed (detail: the error text)
    };

    RequesterSchema() = default;

    // Parses one REQ; path names it in errors ("requesters[3]"). nullopt only
    // when unusable (not an object, no name); the rest is reported and kept.
    static std::optional<RequesterSchema> fromJson(const QJsonValue &value, const QString &path = {},
                                                   SchemaErrors *errors = nullptr);

    // The schema used when the server's is not available: base_url (string,
    // URL, required), timeout (integer, default 120); the rest of
    // requester_config is edited as raw JSON (extras). detail: optional text
    // added to the reason (an error message).
    static RequesterSchema generic(const QString &requesterName, GenericReason reason, const QString &detail = {});

    QString name() const { return m_name; }
    I18nText label() const { return m_label; }
    I18nText description() const { return m_description; }
    QString displayName(const QLocale &locale = QLocale()) const; // label, else name
    QString displayDescription(const QLocale &locale = QLocale()) const;
    QString iconName() const { return m_icon; } // e.g. "openai.svg"
    QStringList supportTypes() const { return m_supportTypes; }
    bool supports(const QString &modelType) const { return m_supportTypes.contains(modelType); }
    QString providerCategory() const { return m_providerCategory; }
    QJsonObject json() const { return m_json; }

    const QList<FieldSpec> &fields() const { return m_fields; }
    const FieldSpec *field(const QString &name) const; // nullptr when absent
    bool hasField(const QString &name) const { return field(name) != nullptr; }

    bool isGeneric() const { return m_genericReason.has_value(); }
    std::optional<GenericReason> genericReason() const { return m_genericReason; }
    // The sentence the GUI shows above a generic form; empty otherwise.
    QString genericReasonText() const { return m_genericReasonText; }

    // requester_config of a new model: every field's defaultValue().
    QJsonObject defaultConfig() const;
    // The keys of config that no field describes.
    QJsonObject extraConfig(const QJsonObject &config) const;
    // One problem per invalid field, in field order.
    QList<FieldProblem> validateConfig(const QJsonObject &config, const QLocale &locale = QLocale()) const;

    void setName(const QString &name) { m_name = name; }
    void setLabel(const I18nText &label) { m_label = label; }
    void setDescription(const I18nText &description) { m_description = description; }
    void setIconName(const QString &icon) { m_icon = icon; }
    void setSupportTypes(const QStringList &types) { m_supportTypes = types; }
    void setProviderCategory(const QString &category) { m_providerCategory = category; }
    void setFields(const QList<FieldSpec> &fields) { m_fields = fields; }

    // The reason sentence, as generic() stores it.
    static QString reasonText(GenericReason reason, const QString &requesterName, const QString &detail = {});

private:
    QString m_name;
    I18nText m_label;
    I18nText m_description;
    QString m_icon;
    QList<FieldSpec> m_fields;
    QStringList m_supportTypes;
    QString m_providerCategory;
    QJsonObject m_json;
    std::optional<GenericReason> m_genericReason;
    QString m_genericReasonText;
};

// What the requester calls answer, parsed. Paths in errors are relative to the
// envelope's data: "requesters[3].spec.config[1].type", "requester.label".
struct RequesterListParse
{
    QList<RequesterSchema> requesters; // in server order, the usable ones
    SchemaErrors errors;
    bool hasErrors() const { return !errors.isEmpty(); }
};

struct RequesterParse
{
    std::optional<RequesterSchema> requester;
    SchemaErrors errors;
};

// data of GET /api/v1/provider/requesters: {"requesters": [REQ...]}. A bare
// list is accepted too. A repeated name is reported and skipped.
RequesterListParse parseRequesterList(const QJsonValue &data);
// data of GET /api/v1/provider/requesters/{name}: {"requester": REQ}.
RequesterParse parseRequester(const QJsonValue &data);

// The requesters that serve a model type ("llm", "text-embedding", "rerank"),
// in the given order.
QList<RequesterSchema> requestersSupporting(const QList<RequesterSchema> &requesters,
                                            const QString &modelType = QStringLiteral("llm"));
// nullptr when absent.
const RequesterSchema *findRequester(const QList<RequesterSchema> &requesters, const QString &name);

} // namespace lb
