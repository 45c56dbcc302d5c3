#pragma once

#include "ProfileFiles.h"
#include "Clock.h"
#include "model/LlmModel.h"
#include "model/Provider.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lb {

// The last model list fetched per profile, on disk (the app's cache dir), for
// offline viewing: the models of every type (each keeps its type) and, 4.7+,
// the providers. API keys are never written: each key is replaced by an empty
// string, so the table can still show how many there were; every other secret
// is dropped (SecretRedaction).
class ModelCache
{
public:
    struct Snapshot
    {
        bool valid = false;
        QList<LlmModel> models;
        QList<Provider> providers; // 4.7+ (empty for a 4.0–4.6 list)
        QDateTime fetchedAt;       // local time
        QString serverVersion;
    };

    // dir: where the files go (default: <CacheLocation>/models); clock: what
    // "now" is when save() is given no time (nullptr: the system clock).
    explicit ModelCache(const QString &dir = {}, Clock *clock = nullptr);

    QString fileFor(const QString &profileId) const { return m_file.fileFor(profileId); }
    // Writes atomically (QSaveFile). Safe to call from a worker thread.
    bool save(const QString &profileId, const QList<LlmModel> &models, const QString &serverVersion,
              const QDateTime &fetchedAt = {}, const QList<Provider> &providers = {}) const;
    Snapshot load(const QString &profileId) const;
    void remove(const QString &profileId) const;

    // The model with every key blanked (same count, same shape).
    static LlmModel redacted(const LlmModel &model);
    static Provider redacted(const Provider &provider);

private:
    ProfileJsonFile m_file;
    Clock *m_clock = nullptr;
};

} // namespace lb
