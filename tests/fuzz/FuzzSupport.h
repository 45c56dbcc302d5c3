#pragma once
// Shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp) and their replay
// driver (FuzzReplay.cpp). Each target defines LLVMFuzzerInitialize and
// LLVMFuzzerTestOneInput; invariants that fail abort(), so libFuzzer keeps the
// input and the replay test fails.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define LB_FUZZ_CHECK(condition)                                                        \
    do {                                                                                \
        if (!(condition)) {                                                             \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition,     \
                         __FILE__, __LINE__);                                           \
            std::abort();                                                               \
        }                                                                               \
    } while (false)

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

// A value's text, to make sure it can be produced (and to keep the optimiser
// from dropping calls whose results are otherwise unused).
inline void consume(const QString &text)
{
    static volatile qsizetype sink = 0;
    sink = sink + text.size();
}

} // namespace lb::fuzz
