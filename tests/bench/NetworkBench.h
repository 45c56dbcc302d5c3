#pragma once

// The network figures of langbot-bench, against several servers side by
// side: the built-in fake (FakeLangBotServer) and a reference server on
// LangBot's own HTTP stack, Quart on Hypercorn (reference_server.py).

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QTextStream;

namespace bench {

// What the network figures need of a server under test.
struct BenchServer
{
    QString name; // the column's title
    QUrl url;
    std::function<void(int count)> generate;  // replaces the models by `count` synthetic ones
    std::function<void(int ms)> setTestDelay; // also restarts maxInFlight()
    std::function<int()> maxInFlight;         // most tests at once the server saw
    std::function<QStringList()> uuids;
    std::function<int()> modelCount;
};

// A python3 that imports quart and hypercorn (LANGBOT_BENCH_PYTHON,
// /usr/bin/python3, then python3 on PATH), or empty with the reason in *why.
QString findPython(QString *why);

// reference_server.py as a child process on a free loopback port.
class ReferenceServer
{
public:
    explicit ReferenceServer(QString python);
    ~ReferenceServer();
    // Starts it and waits until it answers; false (and why) when it does not.
    bool start(QString *why);
    BenchServer control();

private:
    QString m_python;
    QProcess m_process;
    QUrl m_url;
};

// Runs every network figure against each server and prints them side by
// side. python: for the plain-client yardstick (empty: none).
void runNetworkBench(const QList<BenchServer> &servers, const QString &python, bool quick, QTextStream &out);

} // namespace bench
