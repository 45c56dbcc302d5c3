#include "TestHistory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace lb {

namespace {

QJsonObject toJson(const TestOutcome &o)
{
    QJsonObject json{
        {QStringLiteral("at"), o.finishedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("ok"), o.state == TestOutcome::State::Ok},
        {QStringLiteral("ms"), double(o.latencyMs)},
    };
    if (!o.message.isEmpty())
        json.insert(QStringLiteral("message"), o.message);
    return json;
}

bool fromJson(const QJsonValue &value, TestOutcome *out)
{
    const QJsonObject json = value.toObject();
    const QDateTime at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    if (!at.isValid() || !json.value(QLatin1String("ok")).isBool())
        return false;
    out->finishedAt = at.toLocalTime();
    out->state = json.value(QLatin1String("ok")).toBool() ? TestOutcome::State::Ok : TestOutcome::State::Failed;
    // toInteger: a number past qint64 (a damaged file) is no latency, not UB.
    out->latencyMs = json.value(QLatin1String("ms")).toInteger(-1);
    out->message = json.value(QLatin1String("message")).toString();
    return true;
}

} // namespace

TestHistory::TestHistory(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_file(dir.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/test-history")
                 : dir,
             QLatin1StringView("langbot-console-test-history"), 1, QLatin1StringView("test history"))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &TestHistory::flush);
}

TestHistory::~TestHistory()
{
    flush();
}

void TestHistory::setProfile(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    flush();
    m_profileId = profileId;
    m_entries.clear();
    if (!m_profileId.isEmpty())
        load();
}

bool TestHistory::load()
{
    QJsonObject root;
    const ProfileJsonFile::Load loaded = m_file.load(m_profileId, &root);
    if (loaded != ProfileJsonFile::Load::Ok)
        return loaded == ProfileJsonFile::Load::Missing;
    const QJsonObject models = root.value(QLatin1String("models")).toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        QList<TestOutcome> list;
        for (const QJsonValue &entry : it.value().toArray()) {
            TestOutcome outcome;
            if (fromJson(entry, &outcome) && list.size() < m_depth)
                list.append(outcome);
        }
        if (!list.isEmpty())
            m_entries.insert(it.key(), list);
    }
    return true;
}

bool TestHistory::flush()
{
    m_saveTimer.stop();
    if (!m_dirty || m_profileId.isEmpty())
        return true;
    QJsonObject models;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonArray list;
        for (const TestOutcome &outcome : it.value())
            list.append(toJson(outcome));
        models.insert(it.key(), list);
    }
    if (!m_file.save(m_profileId, {{QStringLiteral("models"), models}}))
        return false;
    m_dirty = false;
    return true;
}

void TestHistory::record(const QString &uuid, const TestOutcome &outcome)
{
    if (m_profileId.isEmpty() || uuid.isEmpty()
        || (outcome.state != TestOutcome::State::Ok && outcome.state != TestOutcome::State::Failed))
        return;
    QList<TestOutcome> &list = m_entries[uuid];
    list.prepend(outcome);
    while (list.size() > m_depth)
        list.removeLast();
    m_dirty = true;
    m_saveTimer.start();
}

QList<TestOutcome> TestHistory::history(const QString &uuid) const
{
    return m_entries.value(uuid);
}

TestOutcome TestHistory::latest(const QString &uuid) const
{
    const QList<TestOutcome> list = m_entries.value(uuid);
    return list.isEmpty() ? TestOutcome() : list.first();
}

QHash<QString, TestOutcome> TestHistory::latestAll() const
{
    QHash<QString, TestOutcome> result;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        result.insert(it.key(), it.value().first());
    return result;
}

} // namespace lb
