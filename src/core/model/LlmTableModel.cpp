#include "LlmTableModel.h"

#include "Logging.h"

#include <QLocale>
#include <QMetaType>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

[[maybe_unused]] const int kTestOutcomeMetaType = qRegisterMetaType<TestOutcome>();

constexpr qint64 kLatencyCap = 1'000'000'000'000LL; // keeps state ranks apart

int stateRank(TestOutcome::State state)
{
    switch (state) {
    case TestOutcome::State::Ok: return 0;
    case TestOutcome::State::Failed: return 1;
    case TestOutcome::State::Cancelled: return 2;
    case TestOutcome::State::Running: return 3;
    case TestOutcome::State::Queued: return 4;
    case TestOutcome::State::Never: return 5;
    }
    return 6;
}

QString localTimeText(const QDateTime &dt, bool seconds)
{
    return dt.toLocalTime().toString(seconds ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

LlmTableModel::LlmTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int LlmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int LlmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

Qt::ItemFlags LlmTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

LlmTableModel::RowCache LlmTableModel::makeCache(const LlmModel &model)
{
    RowCache c;
    c.uuid = model.uuid();
    const QString name = model.name();
    const QString description = model.description();
    const QString requester = model.requester();
    const QString baseUrl = model.baseUrl();
    c.nameKey = name.toLower();
    c.requesterKey = requester.toLower();
    c.baseUrlKey = baseUrl.toLower();
    c.abilitiesText = model.abilities().join(u", "_s);
    c.searchText = QStringList{name, description, requester, baseUrl}.join(u'\n').toLower();
    c.updated = model.updatedAt();
    c.keyCount = model.apiKeyCount();
    return c;
}

QString LlmTableModel::lastTestText(const TestOutcome &outcome) const
{
    switch (outcome.state) {
    case TestOutcome::State::Never: return QString();
    case TestOutcome::State::Queued: return tr("queued");
    case TestOutcome::State::Running: return tr("…");
    case TestOutcome::State::Ok:
        return outcome.latencyMs >= 0 ? tr("✓ %1 ms").arg(outcome.latencyMs) : tr("✓ ok");
    case TestOutcome::State::Failed: return tr("✗ failed");
    case TestOutcome::State::Cancelled: return tr("cancelled");
    }
    return QString();
}

QString LlmTableModel::lastTestToolTip(const TestOutcome &outcome) const
{
    const QString when = outcome.finishedAt.isValid() ? localTimeText(outcome.finishedAt, true) : QString();
    QString text;
    switch (outcome.state) {
    case TestOutcome::State::Never: return QString();
    case TestOutcome::State::Queued: return tr("Waiting for a free test slot");
    case TestOutcome::State::Running: return tr("Testing…");
    case TestOutcome::State::Ok:
        text = outcome.latencyMs >= 0 ? tr("Test succeeded in %1 ms").arg(outcome.latencyMs)
                                      : tr("Test succeeded");
        break;
    case TestOutcome::State::Failed: text = tr("Test failed"); break;
    case TestOutcome::State::Cancelled: text = tr("Test cancelled"); break;
    }
    if (!when.isEmpty())
        text = tr("%1 at %2").arg(text, when);
    if (!outcome.message.isEmpty())
        text += u'\n' + outcome.message;
    return text;
}

QVariant LlmTableModel::sortValue(int row, int column) const
{
    const RowCache &c = m_cache.at(row);
    switch (column) {
    case NameColumn: return c.nameKey;
    case RequesterColumn: return c.requesterKey;
    case BaseUrlColumn: return c.baseUrlKey;
    case AbilitiesColumn: return c.abilitiesText;
    case ApiKeysColumn: return c.keyCount;
    case UpdatedColumn: return c.updated;
    case LastTestColumn: {
        const TestOutcome t = m_tests.value(c.uuid);
        const qint64 latency = t.latencyMs >= 0 ? qMin(t.latencyMs, kLatencyCap - 1) : kLatencyCap - 1;
        return QVariant::fromValue<qlonglong>(stateRank(t.state) * kLatencyCap + latency);
    }
    default: break;
    }
    return {};
}

QVariant LlmTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const LlmModel &m = m_models.at(row);
    const RowCache &c = m_cache.at(row);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return m.name();
        case RequesterColumn: return m.requester();
        case BaseUrlColumn: return m.baseUrl();
        case AbilitiesColumn: return c.abilitiesText;
        case ApiKeysColumn: return QString::number(c.keyCount); // a count, never a key
        case UpdatedColumn:
            return c.updated.isValid() ? localTimeText(c.updated, false) : m.updatedAtText();
        case LastTestColumn: return lastTestText(m_tests.value(c.uuid));
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn: {
            const QString d = m.description();
            return d.isEmpty() ? QVariant() : QVariant(d);
        }
        case BaseUrlColumn: {
            const QString u = m.baseUrl();
            return u.isEmpty() ? QVariant() : QVariant(u);
        }
        case AbilitiesColumn:
            return c.abilitiesText.isEmpty() ? QVariant() : QVariant(c.abilitiesText);
        case ApiKeysColumn: return tr("%n API key(s)", nullptr, c.keyCount);
        case UpdatedColumn: {
            if (!c.updated.isValid())
                return m.updatedAtText().isEmpty() ? QVariant() : QVariant(m.updatedAtText());
            QString tip = tr("Updated %1").arg(QLocale().toString(c.updated.toLocalTime(), QLocale::LongFormat));
            const QDateTime created = m.createdAt();
            if (created.isValid())
                tip += u'\n' + tr("Created %1").arg(QLocale().toString(created.toLocalTime(), QLocale::LongFormat));
            return tip;
        }
        case LastTestColumn: {
            const QString tip = lastTestToolTip(m_tests.value(c.uuid));
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        default: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == ApiKeysColumn || column == LastTestColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UuidRole: return c.uuid;
    case SortRole: return sortValue(row, column);
    case TestStateRole: return int(m_tests.value(c.uuid).state);
    case SearchTextRole: return c.searchText;
    default: break;
    }
    return {};
}

QVariant LlmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case RequesterColumn: return tr("Requester");
        case BaseUrlColumn: return tr("Base URL");
        case AbilitiesColumn: return tr("Abilities");
        case ApiKeysColumn: return tr("API keys");
        case UpdatedColumn: return tr("Updated");
        case LastTestColumn: return tr("Last test");
        default: break;
        }
    } else if (role == Qt::ToolTipRole && section == ApiKeysColumn) {
        return tr("Number of API keys (keys themselves are never shown)");
    }
    return {};
}

void LlmTableModel::setModels(const QList<LlmModel> &models)
{
    // 1. The new list, without records we cannot key.
    QList<LlmModel> incoming;
    incoming.reserve(models.size());
    QHash<QString, qsizetype> incomingPos;
    incomingPos.reserve(models.size());
    for (const LlmModel &m : models) {
        const QString uuid = m.uuid();
        if (uuid.isEmpty()) {
            qCWarning(lcModel) << "skipping a model without uuid, name:" << m.name();
            continue;
        }
        if (incomingPos.contains(uuid)) {
            qCWarning(lcModel) << "skipping a second model with uuid" << uuid;
            continue;
        }
        incomingPos.insert(uuid, incoming.size());
        incoming.append(m);
    }

    // 2. Remove vanished rows, in contiguous runs from the bottom so the rows
    //    of the runs still to come keep their numbers.
    bool removed = false;
    for (int row = int(m_models.size()) - 1; row >= 0; --row) {
        if (incomingPos.contains(m_cache.at(row).uuid))
            continue;
        const int last = row;
        while (row > 0 && !incomingPos.contains(m_cache.at(row - 1).uuid))
            --row;
        const int first = row;
        beginRemoveRows({}, first, last);
        m_indexStale = true;
        removed = true;
        for (int r = first; r <= last; ++r)
            m_tests.remove(m_cache.at(r).uuid);
        m_models.remove(first, last - first + 1);
        m_cache.remove(first, last - first + 1);
        endRemoveRows();
    }
    if (removed)
        rebuildIndex();

    // 3. Update the rows that stay, in place; one dataChanged per run.
    const int lastColumn = ColumnCount - 1;
    int runStart = -1;
    const int count = int(m_models.size());
    for (int row = 0; row < count; ++row) {
        const LlmModel &fresh = incoming.at(incomingPos.value(m_cache.at(row).uuid));
        const bool changed = fresh != m_models.at(row);
        if (changed) {
            m_models[row] = fresh;
            m_cache[row] = makeCache(fresh);
            if (runStart < 0)
                runStart = row;
        } else if (runStart >= 0) {
            emit dataChanged(index(runStart, 0), index(row - 1, lastColumn));
            runStart = -1;
        }
    }
    if (runStart >= 0)
        emit dataChanged(index(runStart, 0), index(count - 1, lastColumn));

    // 4. Append the new ones, in the server's order, as one batch.
    QList<qsizetype> fresh;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (!m_rowByUuid.contains(incoming.at(i).uuid()))
            fresh.append(i);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_models.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_models.reserve(first + fresh.size());
        m_cache.reserve(first + fresh.size());
        for (qsizetype i : fresh) {
            const LlmModel &m = incoming.at(i);
            m_rowByUuid.insert(m.uuid(), int(m_models.size()));
            m_models.append(m);
            m_cache.append(makeCache(m));
        }
        endInsertRows();
    }
}

void LlmTableModel::clear()
{
    beginResetModel();
    m_models.clear();
    m_cache.clear();
    m_rowByUuid.clear();
    m_tests.clear();
    m_indexStale = false;
    endResetModel();
}

int LlmTableModel::rowOf(const QString &uuid) const
{
    if (uuid.isEmpty())
        return -1;
    if (m_indexStale) { // only while rows are being removed
        for (int row = 0; row < m_cache.size(); ++row) {
            if (m_cache.at(row).uuid == uuid)
                return row;
        }
        return -1;
    }
    return m_rowByUuid.value(uuid, -1);
}

bool LlmTableModel::removeModel(const QString &uuid)
{
    const int row = rowOf(uuid);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_models.removeAt(row);
    m_cache.removeAt(row);
    m_tests.remove(uuid);
    rebuildIndex();
    endRemoveRows();
    return true;
}

void LlmTableModel::setTestOutcome(const QString &uuid, const TestOutcome &outcome)
{
    const int row = rowOf(uuid);
    if (row < 0) {
        qCDebug(lcModel) << "test outcome for a model no longer listed:" << uuid;
        return;
    }
    m_tests.insert(uuid, outcome);
    // The Last test column changes; TestStateRole is answered on every
    // column (for views that tint the whole row), so the range is the row.
    emit dataChanged(index(row, 0), index(row, LastTestColumn),
                     {Qt::DisplayRole, Qt::ToolTipRole, SortRole, TestStateRole});
}

TestOutcome LlmTableModel::testOutcome(const QString &uuid) const
{
    return m_tests.value(uuid);
}

void LlmTableModel::rebuildIndex()
{
    m_rowByUuid.clear();
    m_rowByUuid.reserve(m_cache.size());
    for (int row = 0; row < m_cache.size(); ++row)
        m_rowByUuid.insert(m_cache.at(row).uuid, row);
    m_indexStale = false;
}

} // namespace lb
