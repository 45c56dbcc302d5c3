#include "Fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
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

BytesFixture readBytesFixture(const QString &path)
{
    BytesFixture result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = u"test data %1 cannot be read: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.bytes = file.readAll();
    return result;
}

namespace {

// A JSON document from a file; error names the file and the problem.
struct DocumentFixture
{
    QJsonDocument document;
    QString error;
};

DocumentFixture readDocumentFixture(const QString &path)
{
    DocumentFixture result;
    const BytesFixture bytes = readBytesFixture(path);
    if (!bytes.ok()) {
        result.error = bytes.error;
        return result;
    }
    QJsonParseError parseError;
    result.document = QJsonDocument::fromJson(bytes.bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        result.error = u"test data %1 is not JSON (at byte %2: %3)"_s.arg(QDir::toNativeSeparators(path))
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
    return result;
}

} // namespace

JsonFixture readJsonFixture(const QString &path)
{
    JsonFixture result;
    const DocumentFixture json = readDocumentFixture(path);
    if (!json.error.isEmpty())
        result.error = json.error;
    else if (!json.document.isObject())
        result.error = u"test data %1 does not hold a JSON object"_s.arg(QDir::toNativeSeparators(path));
    else
        result.object = json.document.object();
    return result;
}

ModelsFixture readModelsFixture(const QString &path)
{
    ModelsFixture result;
    const DocumentFixture json = readDocumentFixture(path);
    if (!json.error.isEmpty()) {
        result.error = json.error;
        return result;
    }
    const QJsonArray array = json.document.isArray()
        ? json.document.array()
        : json.document.object().value(u"data"_s).toObject().value(u"models"_s).toArray();
    if (array.isEmpty()) {
        result.error = u"test data %1 holds no list of models"_s.arg(QDir::toNativeSeparators(path));
        return result;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        LlmModel model;
        QString error;
        if (!LlmModel::fromJson(array.at(i), &model, &error)) {
            result.error = u"test data %1: model %2: %3"_s.arg(QDir::toNativeSeparators(path)).arg(i).arg(error);
            result.models.clear();
            return result;
        }
        result.models.append(model);
    }
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
