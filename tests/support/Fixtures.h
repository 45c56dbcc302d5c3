#pragma once

// Test data read from the repository only (tests/data, resources/demo):
// nothing outside the source tree or the build folder. A file that is
// missing or damaged is an error that names it, never a crash.

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

struct JsonFixture
{
    QJsonObject object;
    QString error; // empty when read; else what went wrong and with which file
    bool ok() const { return error.isEmpty(); }
};

// Reads a JSON object from a file; error names the file and the problem.
JsonFixture readJsonFixture(const QString &path);

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

// In a test function: the bundled requester list into `var`
// (RequestersFixture), or a failure naming the file.
#define LB_REQUIRE_REQUESTERS(var) \
    const ::lb::testsupport::RequestersFixture var = ::lb::testsupport::readRequestersFixture(); \
    QVERIFY2(var.ok(), qPrintable(var.error))
