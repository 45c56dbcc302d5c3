#include "ModelViewProxy.h"

#include "model/LlmTableModel.h"
#include "testing/TestHistory.h"

#include "settings/Appearance.h"

#include <QLocale>

namespace lb::gui {

namespace {

constexpr int kToolTipEntries = 10;

bool isResult(TestOutcome::State state)
{
    return state == TestOutcome::State::Ok || state == TestOutcome::State::Failed || state == TestOutcome::State::Never;
}

} // namespace

ModelViewProxy::ModelViewProxy(QObject *parent)
    : LlmSortFilterProxy(parent)
{
    m_refilter.setSingleShot(true);
    m_refilter.setInterval(200);
    connect(&m_refilter, &QTimer::timeout, this, [this] { invalidateRowsFilter(); });
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        if (QAbstractItemModel *source = sourceModel())
            connect(source, &QAbstractItemModel::dataChanged, this, &ModelViewProxy::onSourceDataChanged);
    });
}

void ModelViewProxy::setRequiredAbilities(const QStringList &abilities)
{
    if (abilities == m_abilities)
        return;
    m_abilities = abilities;
    m_refilter.stop();
    invalidateRowsFilter();
}

void ModelViewProxy::setStatusFilter(Statuses statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    m_refilter.stop();
    invalidateRowsFilter();
}

void ModelViewProxy::setUnusedOnly(bool unusedOnly)
{
    if (unusedOnly == m_unusedOnly)
        return;
    m_unusedOnly = unusedOnly;
    m_refilter.stop();
    invalidateRowsFilter();
}

void ModelViewProxy::setSettledState(const QString &uuid, TestOutcome::State state)
{
    m_settled.insert(uuid, isResult(state) ? state : TestOutcome::State::Never);
}

void ModelViewProxy::clearSettledState(const QString &uuid)
{
    m_settled.remove(uuid);
}

void ModelViewProxy::clearSettledStates()
{
    m_settled.clear();
}

TestOutcome::State ModelViewProxy::settledState(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, LlmTableModel::LastTestColumn);
    const auto shown = static_cast<TestOutcome::State>(index.data(LlmTableModel::TestStateRole).toInt());
    if (shown == TestOutcome::State::Ok || shown == TestOutcome::State::Failed)
        return shown;
    const auto it = m_settled.constFind(index.data(LlmTableModel::UuidRole).toString());
    return it == m_settled.cend() ? TestOutcome::State::Never : *it;
}

ModelViewProxy::Status ModelViewProxy::statusOf(TestOutcome::State settled)
{
    switch (settled) {
    case TestOutcome::State::Ok:
        return StatusOk;
    case TestOutcome::State::Failed:
        return StatusFailed;
    default:
        break;
    }
    return StatusNever;
}

void ModelViewProxy::setHistory(TestHistory *history)
{
    m_history = history;
}

bool ModelViewProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!LlmSortFilterProxy::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (m_statuses && !(m_statuses & statusOf(settledState(sourceRow))))
        return false;
    if (m_unusedOnly
        && sourceModel()->index(sourceRow, LlmTableModel::UsedByColumn).data(LlmTableModel::UsageCountRole).toInt()
            != 0)
        return false;
    if (!m_abilities.isEmpty()) {
        const auto *table = qobject_cast<const LlmTableModel *>(sourceModel());
        if (!table)
            return true;
        const QStringList has = table->modelAt(sourceRow).abilities();
        for (const QString &ability : m_abilities) {
            if (!has.contains(ability))
                return false;
        }
    }
    return true;
}

void ModelViewProxy::onSourceDataChanged(const QModelIndex &, const QModelIndex &, const QList<int> &roles)
{
    // The base filters again on changes of the search text; a change of a
    // test state matters only to the status chips.
    if (m_statuses && (roles.isEmpty() || roles.contains(LlmTableModel::TestStateRole)))
        m_refilter.start();
    else if (m_unusedOnly && (roles.isEmpty() || roles.contains(LlmTableModel::UsageCountRole)))
        m_refilter.start();
}

QString ModelViewProxy::historyToolTip(const QString &uuid, TestOutcome::State current) const
{
    if (!m_history)
        return QString();
    const QList<TestOutcome> entries = m_history->history(uuid);
    if (entries.isEmpty())
        return QString();

    const QLocale locale;
    QString html = QStringLiteral("<html><body style='white-space:normal'>");
    if (current == TestOutcome::State::Running)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Testing now…").toHtmlEscaped());
    else if (current == TestOutcome::State::Queued)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Waiting for a free test slot").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Recent tests (newest first)").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const int shown = int(std::min<qsizetype>(entries.size(), kToolTipEntries));
    for (int i = 0; i < shown; ++i) {
        const TestOutcome &entry = entries.at(i);
        const bool ok = entry.state == TestOutcome::State::Ok;
        const QString when = locale.toString(entry.finishedAt.toLocalTime(), QLocale::ShortFormat);
        const QString mark = ok
            ? QStringLiteral("<span style='color:%1'>✓</span>").arg(Appearance::name(Appearance::Tone::Success))
            : QStringLiteral("<span style='color:%1'>✗</span>").arg(Appearance::name(Appearance::Tone::Failure));
        const QString latency = entry.latencyMs >= 0 ? tr("%1 ms").arg(entry.latencyMs) : QString();
        html += QStringLiteral("<tr><td style='white-space:nowrap'>%1</td><td>&nbsp;%2&nbsp;</td>"
                               "<td align='right' style='white-space:nowrap'>%3</td></tr>")
                    .arg(when.toHtmlEscaped(), mark, latency.toHtmlEscaped());
        if (!entry.message.isEmpty()) {
            html += QStringLiteral("<tr><td colspan='3' style='color:%1; padding-left:12px'>"
                                   "%2</td></tr>")
                        .arg(Appearance::name(Appearance::Tone::Failure),
                             entry.message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
    }
    html += QStringLiteral("</table>");
    if (entries.size() > shown)
        html += QStringLiteral("<p>%1</p>")
                    .arg((entries.size() - shown == 1 ? tr("… and 1 older test")
                                                      : tr("… and %1 older tests").arg(entries.size() - shown))
                             .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

QVariant ModelViewProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && index.column() == LlmTableModel::LastTestColumn && m_history) {
        const QString uuid = index.data(LlmTableModel::UuidRole).toString();
        const auto state = static_cast<TestOutcome::State>(index.data(LlmTableModel::TestStateRole).toInt());
        const QString tip = historyToolTip(uuid, state);
        if (!tip.isEmpty())
            return tip;
    }
    return LlmSortFilterProxy::data(index, role);
}

} // namespace lb::gui
