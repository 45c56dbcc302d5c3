#include "UsageLoader.h"

#include "api/ApiClient.h"

namespace lb {

UsageLoader::UsageLoader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

UsageLoader::~UsageLoader()
{
    cancel();
}

void UsageLoader::cancel()
{
    ++m_round;
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    m_pending = 0;
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

QString UsageLoader::legacyNote()
{
    return tr("LangBot 4.0–4.6 servers keep no model references this console can read: where a model is used is "
              "not known.");
}

void UsageLoader::load()
{
    cancel();
    m_usage = ModelUsage();
    m_note.clear();
    m_error = ApiError();
    m_gaps.clear();
    for (QJsonArray &list : m_lists)
        list = QJsonArray();
    if (!m_client || !m_client->features().hasProviders()) {
        if (m_client)
            m_note = legacyNote();
        // Finished all the same, as a read would: later, never inside load().
        QMetaObject::invokeMethod(
            this,
            [this, round = m_round] {
                if (round == m_round)
                    emit finished();
            },
            Qt::QueuedConnection);
        return;
    }
    const std::pair<ApiCall *, ModelUsage::Source> calls[] = {
        {m_client->listPipelines(), ModelUsage::Source::Pipelines},
        {m_client->listBots(), ModelUsage::Source::Bots},
        {m_client->listKnowledgeBases(), ModelUsage::Source::KnowledgeBases},
    };
    m_pending = 3;
    for (const auto &entry : calls) {
        // Plain copies: clang 14 (the fuzz build) cannot capture structured bindings.
        ApiCall *call = entry.first;
        const ModelUsage::Source source = entry.second;
        m_calls << call;
        connect(call, &ApiCall::finished, this, [this, call, source] { take(call, source); });
    }
}

void UsageLoader::take(ApiCall *call, ModelUsage::Source source)
{
    call->deleteLater();
    m_calls.removeAll(call);
    const ApiError &error = call->error();
    const QString member = source == ModelUsage::Source::Pipelines ? QStringLiteral("pipelines")
        : source == ModelUsage::Source::Bots                       ? QStringLiteral("bots")
                                                                   : QStringLiteral("bases");
    if (!error.isError()) {
        m_lists[int(source)] = call->data().toObject().value(member).toArray();
    } else if (error.kind() != ApiError::Kind::Cancelled) {
        m_gaps.insert(source, error.message());
        // A refusal or an absent route is a gap; anything else is also an error.
        const ApiError::Category category = error.category();
        if (category != ApiError::Category::Permission && category != ApiError::Category::NotFound
            && category != ApiError::Category::Incompatible && !m_error.isError())
            m_error = error;
    }
    if (--m_pending == 0)
        finish();
}

void UsageLoader::finish()
{
    m_usage = ModelUsage::build(m_lists[int(ModelUsage::Source::Pipelines)], m_lists[int(ModelUsage::Source::Bots)],
                                m_lists[int(ModelUsage::Source::KnowledgeBases)]);
    for (auto it = m_gaps.cbegin(); it != m_gaps.cend(); ++it)
        m_usage.setUnavailable(it.key(), it.value());
    m_note = m_usage.gaps().join(QLatin1Char('\n'));
    emit finished();
}

} // namespace lb
