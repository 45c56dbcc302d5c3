#pragma once

// Test data read from the repository only (tests/data, resources/demo):
// nothing outside the source tree or the build folder. A file that is
// missing or damaged is an error that names it, never a crash.

#include "model/LlmModel.h"
#include "schema/RequesterSchema.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lb::testsupport {

// tests/data/<name>
QString testDataPath(const QString &name);
// resources/demo/requesters.json: the requester list answer of a real 4.6
// server (24 requesters), as bundled with the demo server.
QString requestersFixturePath();

struct BytesFixture
{
    QByteArray bytes;
    QString error; // empty when read; else what went wrong and with which file
    bool ok() const { return error.isEmpty(); }
};

// Reads a file's bytes; error names the file and the problem.
BytesFixture readBytesFixture(const QString &path);

struct JsonFixture
{
    QJsonObject object;
    QString error; // empty when read; else what went wrong and with which file
    bool ok() const { return error.isEmpty(); }
};

// Reads a JSON object from a file; error names the file and the problem.
JsonFixture readJsonFixture(const QString &path);

struct ModelsFixture
{
    QList<LlmModel> models;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Models from a file holding a JSON array of them, or a server's list answer
// ({"data": {"models": [...]}}); error names the file (and the bad record).
ModelsFixture readModelsFixture(const QString &path);

struct RequestersFixture
{
    QList<RequesterSchema> requesters;
    QJsonValue data; // the envelope's "data", as a server sends it
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The bundled requester list, parsed; error names the file.
RequestersFixture readRequestersFixture(const QString &path = requestersFixturePath());

} // namespace lb::testsupport

// In a test function: reads the JSON file into `var` (a QJsonObject) or
// fails the test with the message naming the file.
#define LB_REQUIRE_JSON(var, path) \
    const ::lb::testsupport::JsonFixture var##_fixture = ::lb::testsupport::readJsonFixture(path); \
    QVERIFY2(var##_fixture.ok(), qPrintable(var##_fixture.error)); \
    const QJsonObject &var = var##_fixture.object

// In a test function: reads the file's bytes into `var` (a QByteArray) or
// fails the test with the message naming the file.
#define LB_REQUIRE_BYTES(var, path) \
    const ::lb::testsupport::BytesFixture var##_fixture = ::lb::testsupport::readBytesFixture(path); \
    QVERIFY2(var##_fixture.ok(), qPrintable(var##_fixture.error)); \
    const QByteArray &var = var##_fixture.bytes

// In a test function: the models of the file into `var` (a QList<LlmModel>)
// or a failure naming the file.
#define LB_REQUIRE_MODELS(var, path) \
    const ::lb::testsupport::ModelsFixture var##_fixture = ::lb::testsupport::readModelsFixture(path); \
    QVERIFY2(var##_fixture.ok(), qPrintable(var##_fixture.error)); \
    const QList<::lb::LlmModel> &var = var##_fixture.models

// In a test function: the bundled requester list into `var`
// (RequestersFixture), or a failure naming the file.
#define LB_REQUIRE_REQUESTERS(var) \
    const ::lb::testsupport::RequestersFixture var = ::lb::testsupport::readRequestersFixture(); \
    QVERIFY2(var.ok(), qPrintable(var.error))
