#include "ImportRunner.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QDateTime>
#include <QMetaObject>

namespace lb {

ImportRunner::ImportRunner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ImportRunner::~ImportRunner()
{
    // A write still on its way is left to finish; its answer no longer reaches us.
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
}

QString ImportRunner::createdWithoutKeysText()
{
    return tr("no API keys sent; add them before the model is used");
}

QString ImportRunner::notAppliedText(const QString &why)
{
    return tr("not applied: %1").arg(why);
}

bool ImportRunner::start(const ImportPlan &plan)
{
    if (m_running || !m_client)
        return false;
    m_plan = plan;
    m_results = QList<std::optional<ImportReportEntry>>(plan.size());
    m_report.entries.clear();
    m_report.targetUrl = m_client->settings().baseUrl;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_report.finishedAt = QDateTime();
    m_index = 0;
    m_total = plan.count(ImportAction::Create) + plan.count(ImportAction::Update);
    m_completed = 0;
    m_running = true;
    m_finished = false;
    m_cancelled = false;
    QMetaObject::invokeMethod(this, &ImportRunner::next, Qt::QueuedConnection);
    return true;
}

void ImportRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Between rows (nothing on its way): stop now. Otherwise the answer of the
    // row being sent comes first.
    if (!m_call)
        QMetaObject::invokeMethod(this, &ImportRunner::next, Qt::QueuedConnection);
}

std::optional<ImportReportEntry> ImportRunner::result(qsizetype row) const
{
    return m_results.value(row);
}

void ImportRunner::record(qsizetype row, const ImportReportEntry &entry)
{
    m_results[row] = entry;
    m_report.add(entry);
    emit rowFinished(row, entry);
}

void ImportRunner::next()
{
    if (!m_running || m_call)
        return;
    // Skipped rows are recorded in their place, so the report reads in
    // document order.
    while (m_index < m_plan.size() && m_plan.row(m_index).action == ImportAction::Skip) {
        const ImportRow &row = m_plan.row(m_index);
        record(m_index,
               ImportReportEntry{row.name(), row.targetUuid(), row.action, ImportOutcome::Skipped, row.reason});
        ++m_index;
    }
    if (m_index >= m_plan.size()) {
        finish();
        return;
    }
    if (m_cancelled) {
        finishRemaining(tr("the import was cancelled before this model was sent"));
        return;
    }
    if (!m_client) {
        finishRemaining(tr("the connection to the server was closed"));
        return;
    }
    const qsizetype index = m_index;
    const ImportRow &row = m_plan.row(index);
    ApiCall *call = row.action == ImportAction::Create ? m_client->createModel(row.body)
                                                       : m_client->updateModel(row.targetUuid(), row.body);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, index] { onCallFinished(call, index); });
    // A call destroyed without an answer (its client went away) is a failure
    // too, not a row left hanging.
    connect(call, &QObject::destroyed, this, [this, index] {
        if (m_running && m_index == index && !m_results.at(index))
            onCallFinished(nullptr, index);
    });
    emit rowStarted(index);
}

void ImportRunner::onCallFinished(ApiCall *call, qsizetype index)
{
    if (index != m_index || m_results.at(index))
        return;
    m_call = nullptr;
    if (call)
        disconnect(call, nullptr, this, nullptr);
    const ImportRow &row = m_plan.row(index);
    const bool create = row.action == ImportAction::Create;
    ImportReportEntry entry{row.name(), row.targetUuid(), row.action, ImportOutcome::Failed, QString()};
    if (!call) {
        entry.message = tr("the request ended without an answer; check the server's model list");
    } else if (call->ok()) {
        entry.outcome = create ? ImportOutcome::Created : ImportOutcome::Updated;
        if (create) {
            entry.uuid = ApiClient::stringFromData(call->data(), QStringLiteral("uuid"));
            if (row.needsKeys())
                entry.message = createdWithoutKeysText();
        }
    } else {
        entry.message = call->error().message();
    }
    ++m_index;
    ++m_completed;
    record(index, entry);
    emit progressChanged(m_completed, m_total);
    next();
}

void ImportRunner::finishRemaining(const QString &why)
{
    for (; m_index < m_plan.size(); ++m_index) {
        const ImportRow &row = m_plan.row(m_index);
        const bool write = row.action != ImportAction::Skip;
        record(m_index,
               ImportReportEntry{row.name(), row.targetUuid(), row.action, ImportOutcome::Skipped,
                                 write ? notAppliedText(why) : row.reason});
    }
    finish();
}

void ImportRunner::finish()
{
    m_running = false;
    m_finished = true;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    emit finished();
}

} // namespace lb
