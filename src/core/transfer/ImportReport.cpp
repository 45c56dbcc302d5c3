#include "ImportReport.h"

#include "transfer/JsonWriter.h"
#include "transfer/TransferJson.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

constexpr ImportOutcome kOutcomes[]
    = {ImportOutcome::Created, ImportOutcome::Updated, ImportOutcome::Skipped, ImportOutcome::Failed};

// The stored key and the translated name of each outcome, by ImportOutcome's value.
struct OutcomeWords
{
    const char *key;
    const char *name;
};
constexpr OutcomeWords kOutcomeWords[] = {
    {"created", QT_TRANSLATE_NOOP("lb::ImportReport", "created")},
    {"updated", QT_TRANSLATE_NOOP("lb::ImportReport", "updated")},
    {"skipped", QT_TRANSLATE_NOOP("lb::ImportReport", "skipped")},
    {"failed", QT_TRANSLATE_NOOP("lb::ImportReport", "failed")},
};
static_assert(std::size(kOutcomeWords) == std::size(kOutcomes));

QString timeText(const QDateTime &time)
{
    return time.isValid() ? TransferJson::utcText(time) : QString();
}

} // namespace

void ImportReport::add(const ImportRow &row, ImportOutcome outcome, const QString &message, const QString &uuid)
{
    entries.append(
        ImportReportEntry{row.name(), uuid.isEmpty() ? row.targetUuid() : uuid, row.action, outcome, message});
}

void ImportReport::addSkipped(const ImportPlan &plan)
{
    for (const ImportRow &row : plan.rows()) {
        if (row.action == ImportAction::Skip)
            add(row, ImportOutcome::Skipped, row.reason);
    }
}

int ImportReport::count(ImportOutcome outcome) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [outcome](const ImportReportEntry &e) { return e.outcome == outcome; }));
}

QString ImportReport::actionKey(ImportAction action)
{
    // By ImportAction's value.
    static constexpr const char *keys[] = {"create", "update", "skip"};
    static_assert(std::size(keys) == int(ImportAction::Skip) + 1);
    return QLatin1String(keys[int(action)]);
}

QString ImportReport::outcomeKey(ImportOutcome outcome)
{
    return QLatin1String(kOutcomeWords[int(outcome)].key);
}

QString ImportReport::outcomeName(ImportOutcome outcome)
{
    return tr(kOutcomeWords[int(outcome)].name);
}

QByteArray ImportReport::toJson() const
{
    JsonWriter w;
    w.beginObject();
    w.field(u"format"_s, TransferFormat::kImportReport);
    w.field(u"version"_s, TransferFormat::kImportReportVersion);
    w.field(u"generator"_s, TransferJson::generatorName());
    w.field(u"started_at"_s, timeText(startedAt));
    w.field(u"finished_at"_s, timeText(finishedAt));
    w.field(u"source_file"_s, sourceFile);
    w.key(u"target"_s);
    w.beginObject();
    w.field(u"profile"_s, targetProfile);
    w.field(u"server_url"_s, targetUrl.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded));
    w.endObject();
    w.key(u"summary"_s);
    w.beginObject();
    for (const ImportOutcome o : kOutcomes)
        w.field(outcomeKey(o), count(o));
    w.endObject();
    w.key(u"results"_s);
    w.beginArray();
    for (const ImportReportEntry &e : entries) {
        w.beginObject();
        w.field(u"name"_s, e.name);
        w.field(u"uuid"_s, e.uuid);
        w.field(u"action"_s, actionKey(e.action));
        w.field(u"outcome"_s, outcomeKey(e.outcome));
        w.field(u"message"_s, e.message);
        if (e.provider)
            w.field(u"kind"_s, u"provider"_s); // model entries carry no "kind" (version 1 readers)
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

QString ImportReport::toText() const
{
    QStringList lines;
    lines.append(tr("Import report (%1)").arg(TransferJson::generatorName()));
    if (!sourceFile.isEmpty())
        lines.append(tr("Source file: %1").arg(sourceFile));
    const QString url = targetUrl.adjusted(QUrl::RemoveUserInfo).toDisplayString();
    if (!targetProfile.isEmpty() || !url.isEmpty())
        lines.append(tr("Target: %1")
                         .arg(targetProfile.isEmpty() ? url
                                  : url.isEmpty()     ? targetProfile
                                                      : tr("%1 (%2)").arg(targetProfile, url)));
    if (startedAt.isValid())
        lines.append(tr("Started: %1").arg(timeText(startedAt)));
    if (finishedAt.isValid())
        lines.append(tr("Finished: %1").arg(timeText(finishedAt)));
    lines.append(tr("Result: %1 created, %2 updated, %3 skipped, %4 failed")
                     .arg(count(ImportOutcome::Created))
                     .arg(count(ImportOutcome::Updated))
                     .arg(count(ImportOutcome::Skipped))
                     .arg(count(ImportOutcome::Failed)));
    lines.append(QString());

    qsizetype width = 0;
    for (const ImportOutcome o : kOutcomes)
        width = std::max(width, outcomeName(o).size());
    for (const ImportReportEntry &e : entries) {
        QString line = outcomeName(e.outcome).leftJustified(width) + u"  "_s
            + (e.provider ? tr("provider %1").arg(e.name) : e.name);
        if (!e.uuid.isEmpty())
            line += u" ["_s + e.uuid + u']';
        if (!e.message.isEmpty())
            line += u" — "_s + e.message;
        lines.append(line);
    }
    return lines.join(u'\n') + u'\n';
}

ImportReport::Format ImportReport::formatFor(const QString &path)
{
    return path.endsWith(u".json", Qt::CaseInsensitive) ? Format::Json : Format::Text;
}

bool ImportReport::save(const QString &path, QString *error) const
{
    const QByteArray bytes = formatFor(path) == Format::Json ? toJson() : toText().toUtf8();
    return TransferJson::writeFile(path, bytes, error);
}

} // namespace lb
