#pragma once
// Shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp) and their replay
// driver (FuzzReplay.cpp). Each target defines LLVMFuzzerInitialize and
// LLVMFuzzerTestOneInput; invariants that fail abort(), so libFuzzer keeps the
// input and the replay test fails.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define LB_FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort(); \
        } \
    } while (false)

// Defines LLVMFuzzerInitialize for a target that needs nothing more than
// fuzz::initialise().
#define LB_FUZZ_INITIALIZE() \
    extern "C" int LLVMFuzzerInitialize(int *, char ***) \
    { \
        ::lb::fuzz::initialise(); \
        return 0; \
    }

namespace lb::fuzz {

// One QCoreApplication for the process (some parsers use tr(), QSettings and
// QLocale), and a message handler that formats nothing to stderr: damaged
// input is expected to produce warnings, and they would drown libFuzzer's
// output. The messages are still built (QDebug streaming is exercised).
inline void initialise()
{
    if (QCoreApplication::instance())
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
            std::abort();
        }
    });
    static int argc = 1;
    static char name[] = "langbot-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv); // reachable: no leak
    Q_UNUSED(app);
}

// The input as bytes, copied (Qt may keep references to the bytes it parses).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Parses JSON (any top-level value Qt accepts: an object or an array).
inline bool parseJson(const QByteArray &bytes, QJsonValue *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    *out = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return true;
}

// The values a seed may hold the interesting part in: the value itself, an
// envelope's data, and data's first member of the given names. Lets seeds be
// whole server answers, bare data, or bare records.
inline QList<QJsonValue> candidates(const QJsonValue &value, std::initializer_list<const char *> keys)
{
    QList<QJsonValue> out{value};
    const QJsonValue data = value.toObject().value(QLatin1String("data"));
    if (!data.isUndefined())
        out.append(data);
    for (const QJsonValue &v : {value, data}) {
        for (const char *key : keys) {
            const QJsonValue member = v.toObject().value(QLatin1String(key));
            if (!member.isUndefined())
                out.append(member);
        }
    }
    return out;
}

// The target's scratch folder, made at the first call (name: the target's,
// e.g. "caches"); RAM-backed when possible: every input is written to a file.
inline QString scratchDir(const char *name)
{
    const QString pattern = QStringLiteral("/langbot-fuzz-%1-XXXXXX").arg(QLatin1String(name));
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") + pattern
                                                                       : QDir::tempPath() + pattern);
    return dir.path();
}

// Writes the input to file (replacing it).
inline void writeInput(const QString &file, const uint8_t *data, size_t size)
{
    QFile out(file);
    LB_FUZZ_CHECK(out.open(QIODevice::WriteOnly));
    LB_FUZZ_CHECK(out.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
}

// A document read from what read.document wrote, with reader (e.g.
// ModelsDocument::read): it must read without errors and write the same bytes.
template<typename ReadResult, typename Reader>
ReadResult readWrittenAgain(const ReadResult &read, Reader reader)
{
    const QByteArray written = read.document.toJson();
    const ReadResult again = reader(written);
    if (!again.ok())
        std::fprintf(stderr, "%s\n", qUtf8Printable(again.errors.toText()));
    LB_FUZZ_CHECK(again.ok());
    LB_FUZZ_CHECK(again.document.toJson() == written);
    return again;
}

// A value's text, to make sure it can be produced (and to keep the optimiser
// from dropping calls whose results are otherwise unused).
inline void consume(const QString &text)
{
    static volatile qsizetype sink = 0;
    sink = sink + text.size();
}

} // namespace lb::fuzz
