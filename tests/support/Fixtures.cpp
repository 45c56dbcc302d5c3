#include "Fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace lb::testsupport {

QString testDataPath(const QString &name)
{
    return QDir(QStringLiteral(LANGBOT_SOURCE_DIR "/tests/data")).filePath(name);
}

QString requestersFixturePath()
{
    return QStringLiteral(LANGBOT_SOURCE_DIR "/resources/demo/requesters.json");
}

JsonFixture readJsonFixture(const QString &path)
{
    JsonFixture result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = u"test data %1 cannot be read: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = u"test data %1 is not JSON (at byte %2: %3)"_s.arg(QDir::toNativeSeparators(path))
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = u"test data %1 does not hold a JSON object"_s.arg(QDir::toNativeSeparators(path));
        return result;
    }
    result.object = document.object();
    return result;
}

RequestersFixture readRequestersFixture(const QString &path)
{
    RequestersFixture result;
    const JsonFixture json = readJsonFixture(path);
    if (!json.ok()) {
        result.error = json.error;
        return result;
    }
    result.data = json.object.value(u"data"_s);
    RequesterListParse parsed = parseRequesterList(result.data);
    if (parsed.requesters.isEmpty()) {
        result.error = u"test data %1 holds no requesters"_s.arg(QDir::toNativeSeparators(path));
        return result;
    }
    result.requesters = std::move(parsed.requesters);
    return result;
}

} // namespace lb::testsupport
