// Fuzz target: one model record (LlmModel::fromJson) and everything the
// console does with a record a server sent: accessors of both shapes, edits
// that keep the shape, the CREATE/UPDATE bodies, and the server's times (the
// fast parser must agree with the QDateTime one).
#include "FuzzSupport.h"

#include "model/LlmModel.h"

#include <QDateTime>

using namespace lb;

namespace {

void checkTime(const QString &text)
{
    const QDateTime slow = LlmModel::parseServerTime(text);
    const std::optional<qint64> fast = LlmModel::parseServerTimeMSecs(text);
    LB_FUZZ_CHECK(slow.isValid() == fast.has_value());
    if (fast)
        LB_FUZZ_CHECK(*fast == slow.toMSecsSinceEpoch());
}

void exercise(const QJsonValue &value)
{
    LlmModel model;
    QString why;
    if (!LlmModel::fromJson(value, &model, &why)) {
        LB_FUZZ_CHECK(!why.isEmpty());
        return;
    }
    LB_FUZZ_CHECK(!model.uuid().trimmed().isEmpty());
    fuzz::consume(model.name() + model.description() + model.requester() + model.baseUrl());
    const QStringList keys = model.apiKeys();
    LB_FUZZ_CHECK(model.apiKeyCount() == keys.size());
    const QStringList abilities = model.abilities();
    QStringList unique = abilities;
    LB_FUZZ_CHECK(unique.removeDuplicates() == 0);
    fuzz::consume(QString::number(model.extraArgs().size() + model.requesterConfig().size()));
    checkTime(model.createdAtText());
    checkTime(model.updatedAtText());
    fuzz::consume(model.createdAt().toString(Qt::ISODate));

    // The bodies never carry the server's own fields.
    const QJsonObject create = model.createBody();
    const QJsonObject update = model.updateBody();
    for (const char *key : {"uuid", "created_at", "updated_at"}) {
        LB_FUZZ_CHECK(!create.contains(QLatin1String(key)));
        LB_FUZZ_CHECK(!update.contains(QLatin1String(key)));
    }
    LB_FUZZ_CHECK(!update.contains(QLatin1String("requester")));
    LB_FUZZ_CHECK(create.value(QLatin1String("api_keys")).isArray());

    // Edits keep the shape and what was there.
    const LlmModel::ListShape keyShape = model.apiKeysShape();
    const LlmModel::ListShape abilityShape = model.abilitiesShape();
    LlmModel edited = model;
    edited.setApiKeys(keys);
    LB_FUZZ_CHECK(edited.apiKeys() == keys);
    if (!keys.isEmpty())
        LB_FUZZ_CHECK(edited.apiKeysShape() == keyShape);
    edited.setAbilities(abilities);
    LB_FUZZ_CHECK(edited.abilities() == abilities);
    if (!abilities.isEmpty())
        LB_FUZZ_CHECK(edited.abilitiesShape() == abilityShape);
    edited.setName(model.name() + QLatin1String(" (edited)"));
    LB_FUZZ_CHECK(edited.uuid() == model.uuid());
    // Unknown fields survive the edits.
    for (auto it = model.json().begin(); it != model.json().end(); ++it) {
        static const QStringList touched{QStringLiteral("api_keys"), QStringLiteral("abilities"),
                                         QStringLiteral("name")};
        if (!touched.contains(it.key()))
            LB_FUZZ_CHECK(edited.json().value(it.key()) == it.value());
    }
}

} // namespace

LB_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    // Short inputs are times as text, too.
    if (size <= 64)
        checkTime(QString::fromUtf8(bytes));

    QJsonValue value;
    if (!fuzz::parseJson(bytes, &value))
        return 0;
    for (const QJsonValue &candidate : fuzz::candidates(value, {"model", "models"})) {
        if (candidate.isArray()) {
            const QJsonArray list = candidate.toArray();
            for (const QJsonValue &entry : list)
                exercise(entry);
        } else {
            exercise(candidate);
        }
    }
    return 0;
}
