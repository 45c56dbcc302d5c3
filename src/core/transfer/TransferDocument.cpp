#include "TransferDocument.h"

using namespace Qt::StringLiterals;

namespace lb {

void TransferDocument::stamp(const QDateTime &now)
{
    exportedAt = QDateTime::fromString(TransferJson::utcText(now), Qt::ISODate);
    generator = TransferJson::generatorName();
}

void TransferDocument::beginDocument(JsonWriter &w, QLatin1StringView format, int version) const
{
    w.beginObject();
    w.field("format"_L1, format);
    w.field("version"_L1, version);
    w.field(kExportedAt, exportedAt.isValid() ? TransferJson::utcText(exportedAt) : QString());
    w.field(kGenerator, generator.isEmpty() ? TransferJson::generatorName() : generator);
}

bool TransferDocument::readEnvelope(const QByteArray &bytes, QLatin1StringView format, int version, QJsonObject *root,
                                    DocumentErrors *errors)
{
    if (!TransferJson::parseObject(bytes, root, errors))
        return false;
    if (TransferJson::checkHeader(*root, format, version, errors) == 0)
        return false; // the rest would be read by the wrong rules

    if (const QJsonValue v = root->value(kExportedAt); !v.isUndefined()) {
        if (!v.isString()) {
            errors->add(kExportedAt, TransferJson::expected(tr("a string"), v));
        } else if (!v.toString().isEmpty()) {
            exportedAt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            if (!exportedAt.isValid())
                errors->add(kExportedAt, tr("not an ISO-8601 time: \"%1\"").arg(v.toString()));
            else
                exportedAt = exportedAt.toUTC();
        }
    }
    if (const QJsonValue v = root->value(kGenerator); !v.isUndefined() && !v.isString())
        errors->add(kGenerator, TransferJson::expected(tr("a string"), v));
    else
        generator = v.toString();
    return true;
}

bool TransferDocument::readList(const QJsonObject &root, QLatin1StringView key, const QString &what, QJsonArray *list,
                                DocumentErrors *errors)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined()) {
        errors->add(key, tr("missing; expected %1").arg(what));
        return false;
    }
    if (!value.isArray()) {
        errors->add(key, TransferJson::expected(what, value));
        return false;
    }
    *list = value.toArray();
    return true;
}

} // namespace lb
