#pragma once

#include "ProfileFiles.h"
#include "model/TestOutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace lb {

// A small local history of test results per profile: the last N outcomes of
// each model, in the app's data dir (one JSON file per profile). It holds
// times, states, latencies and the error texts the console showed — never a
// credential (ApiError messages carry none).
class TestHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDepth = 20;

    // dir: where the files go (default: <AppDataLocation>/test-history).
    explicit TestHistory(const QString &dir = {}, QObject *parent = nullptr);
    ~TestHistory() override; // writes what is pending

    void setDepth(int depth) { m_depth = std::max(1, depth); }
    int depth() const { return m_depth; }

    // Switches to a profile's history (loads it; writes the previous one).
    void setProfile(const QString &profileId);
    QString profile() const { return m_profileId; }

    // Appends a finished outcome (Ok/Failed only; others are ignored).
    void record(const QString &uuid, const TestOutcome &outcome);
    // Newest first.
    QList<TestOutcome> history(const QString &uuid) const;
    // The newest outcome per model (State::Never when none).
    TestOutcome latest(const QString &uuid) const;
    QHash<QString, TestOutcome> latestAll() const;

    QString fileFor(const QString &profileId) const { return m_file.fileFor(profileId); }
    // Writes now (normally writes are batched, a second after the last change).
    bool flush();

private:
    bool load();

    ProfileJsonFile m_file;
    QString m_profileId;
    int m_depth = kDefaultDepth;
    QHash<QString, QList<TestOutcome>> m_entries; // newest first
    QTimer m_saveTimer;
    bool m_dirty = false;
};

} // namespace lb
