#include "LlmTableModel.h"

#include "BackgroundDelivery.h"
#include "Logging.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMetaType>

#include <algorithm>
#include <iterator>
#include <numeric>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

[[maybe_unused]] const int kTestOutcomeMetaType = qRegisterMetaType<TestOutcome>();

constexpr qint64 kLatencyCap = 1'000'000'000'000LL; // keeps state ranks apart

// An applyModels() batch: how long one event-loop turn may work on it, and
// how many rows the first batch takes before the speed is known.
constexpr qint64 kStepBudgetNs = 6'000'000;
constexpr qsizetype kFirstBatchRows = 1000;
constexpr qsizetype kMinBatchRows = 16;
constexpr qsizetype kMaxBatchRows = 50'000;
// Fewer records than this are freed right away, more on a worker thread.
constexpr qsizetype kDisposeInBackground = 512;

int stateRank(TestOutcome::State state)
{
    switch (state) {
    case TestOutcome::State::Ok:
        return 0;
    case TestOutcome::State::Failed:
        return 1;
    case TestOutcome::State::Cancelled:
        return 2;
    case TestOutcome::State::Running:
        return 3;
    case TestOutcome::State::Queued:
        return 4;
    case TestOutcome::State::Never:
        return 5;
    }
    return 6;
}

qint64 testSortValue(const TestOutcome &t)
{
    const qint64 latency = t.latencyMs >= 0 ? qMin(t.latencyMs, kLatencyCap - 1) : kLatencyCap - 1;
    return stateRank(t.state) * kLatencyCap + latency;
}

const qint64 kNeverTestedSortValue = testSortValue(TestOutcome());

QString localTimeText(const QDateTime &dt, bool seconds)
{
    return dt.toLocalTime().toString(seconds ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
}

template<typename T>
int compareNumbers(T a, T b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

bool isAscii(QStringView s, bool *hasUpper)
{
    bool upper = false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return false;
        upper |= u >= u'A' && u <= u'Z';
    }
    *hasUpper = upper;
    return true;
}

// Appends s in lower case: ASCII directly (the usual case, and most of the
// time a table of 100,000 rows spends preparing), anything else through
// QString::toLower.
void appendLowerCase(QString *out, const QString &s)
{
    bool hasUpper = false;
    if (!isAscii(s, &hasUpper)) {
        out->append(s.toLower());
        return;
    }
    if (!hasUpper) {
        out->append(s);
        return;
    }
    const qsizetype at = out->size();
    out->resize(at + s.size());
    char16_t *d = reinterpret_cast<char16_t *>(out->data()) + at;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        *d++ = u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
    }
}

QString lowerCase(const QString &s)
{
    bool hasUpper = false;
    if (!isAscii(s, &hasUpper))
        return s.toLower();
    if (!hasUpper)
        return s; // shared, no copy
    QString out;
    out.reserve(s.size());
    appendLowerCase(&out, s);
    return out;
}

// A run of digits (no leading zeros; empty for zero) as its length, then the
// digits. Lengths above 8 are written as '9' and the length encoded the same
// way, so every length sorts by value and the key starts with a digit (it
// compares with non-digits as the digits it stands for would). Returns the
// end of what it wrote; `out` has room for digits.size() + 12.
char16_t *writeNumberKey(char16_t *out, QStringView digits)
{
    const qsizetype length = digits.size();
    if (length <= 8) {
        *out++ = char16_t(u'0' + length);
    } else {
        *out++ = u'9';
        const QString lengthText = QString::number(length);
        out = writeNumberKey(out, lengthText);
    }
    std::copy(digits.utf16(), digits.utf16() + length, out);
    return out + length;
}

// sortKey() of a text already in lower case.
QString numberKey(const QString &lower)
{
    const char16_t *begin = reinterpret_cast<const char16_t *>(lower.constData());
    const char16_t *end = begin + lower.size();
    const auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    const char16_t *firstDigit = std::find_if(begin, end, isDigit);
    if (firstDigit == end)
        return lower; // shared, no copy
    // Each run grows by at most one character (plus the nested length of a
    // run longer than 8, at most 12 more), so this is room enough.
    QString key(lower.size() * 2 + 12, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(key.data());
    out = std::copy(begin, firstDigit, out);
    for (const char16_t *p = firstDigit; p < end;) {
        if (!isDigit(*p)) {
            *out++ = *p++;
            continue;
        }
        const char16_t *runEnd = std::find_if_not(p, end, isDigit);
        while (p < runEnd && *p == u'0')
            ++p;
        out = writeNumberKey(out, QStringView(p, runEnd));
        p = runEnd;
    }
    key.truncate(out - reinterpret_cast<const char16_t *>(key.constData()));
    return key;
}

// Destroys what a merge took out (old records) where it costs the GUI nothing.
template<typename List>
void disposeList(List &&garbage)
{
    if (garbage.size() >= kDisposeInBackground)
        BackgroundDelivery::dispose(std::exchange(garbage, {}));
    else
        garbage.clear();
}

} // namespace

// What prepare() makes of an incoming list, on any thread.
struct LlmTableModel::Prepared
{
    enum State : quint8 {
        New,     // not in the table when prepared: to append
        Changed, // in the table, different: to update
        Same,    // in the table, equal: nothing to do (record dropped)
        Done,    // applied
    };
    QList<LlmModel> models;       // keyed, first of each uuid, server order;
    QList<RowCache> caches;       //   only Changed ones keep record and cache
    QList<State> states;          // parallel
    QHash<QString, int> position; // uuid -> index in models
    QList<LlmModel> freshModels;  // the New ones, in append order
    QList<RowCache> freshCaches;  // parallel
};

// A merge under way: the phases run in this order; cursors survive between
// event-loop turns.
struct LlmTableModel::Apply
{
    enum class Phase { Remove, Update, Append };
    std::shared_ptr<Prepared> prepared;
    Phase phase = Phase::Remove;
    int removeCursor = std::numeric_limits<int>::max(); // next row to look at, going up
    int updateCursor = 0;                               // next row to look at, going down
    qsizetype appendCursor = 0;                         // next of prepared->freshModels
    bool batched = false;
    double nsPerRow[3] = {0, 0, 0}; // measured cost of a row, per phase
    QList<LlmModel> garbage;        // old records, freed after the step

    // How many rows the next batch of a phase may take.
    qsizetype rowsFitting(qint64 remainingNs, Phase phase) const
    {
        if (!batched)
            return std::numeric_limits<qsizetype>::max();
        const double cost = nsPerRow[int(phase)];
        if (cost <= 0)
            return kFirstBatchRows;
        return std::clamp(qsizetype(double(std::max<qint64>(remainingNs, 0)) / cost), kMinBatchRows, kMaxBatchRows);
    }
    // Quick to rise, slow to fall: one slow batch makes the next ones small.
    void measured(qint64 ns, qsizetype rows, Phase phase)
    {
        if (rows > 0) {
            double &cost = nsPerRow[int(phase)];
            cost = std::max({double(ns) / double(rows), cost * 0.7, 1.0});
        }
    }
};

LlmTableModel::LlmTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &LlmTableModel::applyStep);
}

LlmTableModel::~LlmTableModel()
{
    if (m_preparing)
        m_preparing->revoke();
    if (m_apply)
        BackgroundDelivery::dispose(std::move(m_apply->prepared));
    disposeList(m_models);
    disposeList(m_cache);
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

QString LlmTableModel::sortKey(const QString &text)
{
    return numberKey(lowerCase(text));
}

LlmTableModel::RowCache LlmTableModel::makeCache(const LlmModel &model, const QString &uuid, bool complete,
                                                 const ProviderHash &providers)
{
    RowCache c;
    c.uuid = uuid;
    c.typeRank = int(model.type());
    const std::optional<Provider> provider = providerOf(model, providers);
    const QString name = lowerCase(model.name());
    const QString description = model.description();
    const QString requester = lowerCase(provider ? provider->requester() : model.requester());
    const QString baseUrl = provider
        ? (Provider::isMaskedUrl(provider->baseUrl()) ? QString() : lowerCase(provider->baseUrl()))
        : lowerCase(model.baseUrl());
    c.nameKey = numberKey(name);
    c.requesterKey = numberKey(requester);
    c.baseUrlKey = numberKey(baseUrl);
    if (provider)
        c.providerKey = sortKey(provider->name());
    // As QStringList{name, description, requester, baseUrl}.join('\n').toLower().
    QString search;
    search.reserve(name.size() + description.size() + requester.size() + baseUrl.size() + 3);
    search.append(name).append(u'\n');
    appendLowerCase(&search, description);
    search.append(u'\n').append(requester).append(u'\n').append(baseUrl);
    c.searchText = std::move(search);
    if (complete)
        completeCache(&c, model, providers);
    return c;
}

void LlmTableModel::completeCache(RowCache *cache, const LlmModel &model, const ProviderHash &providers)
{
    cache->abilitiesText = model.abilities().join(u", "_s);
    cache->abilitiesKey = sortKey(cache->abilitiesText);
    cache->updated = LlmModel::parseServerTimeMSecs(model.updatedAtText()).value_or(kNoTime);
    const std::optional<Provider> provider = providerOf(model, providers);
    cache->keyCount = provider ? int(provider->apiKeys().size()) : model.apiKeyCount();
    cache->complete = true;
}

const LlmTableModel::RowCache &LlmTableModel::completeRow(int row) const
{
    RowCache &cache = m_cache[row];
    if (!cache.complete)
        completeCache(&cache, m_models.at(row), m_providers);
    return cache;
}

int LlmTableModel::compareCaches(const RowCache &l, const RowCache &r, int column)
{
    int c = 0;
    switch (column) {
    case NameColumn:
        return l.nameKey.compare(r.nameKey);
    case RequesterColumn:
        c = l.requesterKey.compare(r.requesterKey);
        break;
    case BaseUrlColumn:
        c = l.baseUrlKey.compare(r.baseUrlKey);
        break;
    case AbilitiesColumn:
        c = l.abilitiesKey.compare(r.abilitiesKey);
        break;
    case ApiKeysColumn:
        c = compareNumbers(l.keyCount, r.keyCount);
        break;
    case UpdatedColumn:
        c = compareNumbers(l.updated, r.updated);
        break; // unknown first
    case TypeColumn:
        c = compareNumbers(l.typeRank, r.typeRank);
        break;
    case ProviderColumn:
        c = l.providerKey.compare(r.providerKey);
        break;
    default:
        break; // LastTestColumn: the caller knows the outcomes
    }
    return c != 0 ? c : l.nameKey.compare(r.nameKey);
}

qint64 LlmTableModel::sortValueOfTest(const QString &uuid) const
{
    const auto it = m_tests.constFind(uuid);
    return it == m_tests.cend() ? kNeverTestedSortValue : testSortValue(*it);
}

void LlmTableModel::prepareSortRanks(int column) const
{
    const int n = int(m_cache.size());
    if (column < 0 || column >= ColumnCount || (column == m_rankColumn && m_ranks.size() == n))
        return;
    m_rankColumn = -1; // compare for real below
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return compareRows(a, b, column) < 0; });
    m_ranks.resize(n);
    int rank = 0;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && compareRows(order.at(i - 1), order.at(i), column) != 0)
            ++rank; // equal rows share a rank
        m_ranks[order.at(i)] = rank;
    }
    m_rankColumn = column;
}

int LlmTableModel::compareRows(int left, int right, int column) const
{
    if (column == m_rankColumn) {
        Q_ASSERT(m_ranks.size() == m_cache.size());
        return compareNumbers(m_ranks.at(left), m_ranks.at(right));
    }
    const bool extras = column == AbilitiesColumn || column == ApiKeysColumn || column == UpdatedColumn;
    const RowCache &l = extras ? completeRow(left) : m_cache.at(left);
    const RowCache &r = extras ? completeRow(right) : m_cache.at(right);
    if (column == LastTestColumn) {
        const int c = m_tests.isEmpty() ? 0 : compareNumbers(sortValueOfTest(l.uuid), sortValueOfTest(r.uuid));
        return c != 0 ? c : l.nameKey.compare(r.nameKey);
    }
    return column == UsedByColumn ? compareUsage(l, r) : compareCaches(l, r, column);
}

bool LlmTableModel::rowContains(int row, QStringView lowerCaseText) const
{
    return QStringView(m_cache.at(row).searchText).contains(lowerCaseText, Qt::CaseSensitive);
}
QString LlmTableModel::lastTestText(const TestOutcome &outcome) const
{
    switch (outcome.state) {
    case TestOutcome::State::Never:
        return QString();
    case TestOutcome::State::Queued:
        return tr("queued");
    case TestOutcome::State::Running:
        return tr("…");
    case TestOutcome::State::Ok:
        return outcome.latencyMs >= 0 ? tr("✓ %1 ms").arg(outcome.latencyMs) : tr("✓ ok");
    case TestOutcome::State::Failed:
        return tr("✗ failed");
    case TestOutcome::State::Cancelled:
        return tr("cancelled");
    }
    return QString();
}

QString LlmTableModel::lastTestToolTip(const TestOutcome &outcome) const
{
    const QString when = outcome.finishedAt.isValid() ? localTimeText(outcome.finishedAt, true) : QString();
    QString text;
    switch (outcome.state) {
    case TestOutcome::State::Never:
        return QString();
    case TestOutcome::State::Queued:
        return tr("Waiting for a free test slot");
    case TestOutcome::State::Running:
        return tr("Testing…");
    case TestOutcome::State::Ok:
        text = outcome.latencyMs >= 0 ? tr("Test succeeded in %1 ms").arg(outcome.latencyMs) : tr("Test succeeded");
        break;
    case TestOutcome::State::Failed:
        text = tr("Test failed");
        break;
    case TestOutcome::State::Cancelled:
        text = tr("Test cancelled");
        break;
    }
    if (!when.isEmpty())
        text = tr("%1 at %2").arg(text, when);
    if (!outcome.message.isEmpty())
        text += u'\n' + outcome.message;
    return text;
}

QVariant LlmTableModel::sortValue(int row, int column) const
{
    // For views and other readers; LlmSortFilterProxy sorts with compareRows().
    const RowCache &c = completeRow(row);
    const LlmModel &m = m_models.at(row);
    switch (column) {
    case NameColumn:
        return m.name().toLower();
    case RequesterColumn:
    case BaseUrlColumn:
    case ProviderColumn:
        return providerColumnData(m, column, Qt::DisplayRole).toString().toLower();
    case TypeColumn:
        return c.typeRank;
    case AbilitiesColumn:
        return c.abilitiesText;
    case ApiKeysColumn:
        return c.keyCount;
    case UpdatedColumn:
        return c.updated == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(c.updated, Qt::UTC);
    case LastTestColumn:
        return QVariant::fromValue<qlonglong>(sortValueOfTest(c.uuid));
    case UsedByColumn:
        return usageCount(c.uuid);
    default:
        break;
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
    const bool extras = column == AbilitiesColumn || column == ApiKeysColumn || column == UpdatedColumn;
    const RowCache &c = extras ? completeRow(row) : m_cache.at(row);
    if (column == UsedByColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::TextAlignmentRole))
        return usageColumnData(c.uuid, role);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return m.name();
        case RequesterColumn:
        case BaseUrlColumn:
        case TypeColumn:
        case ProviderColumn:
            return providerColumnData(m, column, role);
        case AbilitiesColumn:
            return c.abilitiesText;
        case ApiKeysColumn:
            return QString::number(c.keyCount); // a count, never a key
        case UpdatedColumn:
            return c.updated != kNoTime ? localTimeText(QDateTime::fromMSecsSinceEpoch(c.updated, Qt::UTC), false)
                                        : m.updatedAtText();
        case LastTestColumn:
            return lastTestText(m_tests.value(c.uuid));
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn: {
            const QString d = m.description();
            return d.isEmpty() ? QVariant() : QVariant(d);
        }
        case BaseUrlColumn:
        case ApiKeysColumn:
        case ProviderColumn:
            return providerColumnData(m, column, role);
        case AbilitiesColumn:
            return c.abilitiesText.isEmpty() ? QVariant() : QVariant(c.abilitiesText);
        case UpdatedColumn: {
            if (c.updated == kNoTime)
                return m.updatedAtText().isEmpty() ? QVariant() : QVariant(m.updatedAtText());
            const QDateTime updated = QDateTime::fromMSecsSinceEpoch(c.updated, Qt::UTC);
            QString tip = tr("Updated %1").arg(QLocale().toString(updated.toLocalTime(), QLocale::LongFormat));
            const QDateTime created = m.createdAt();
            if (created.isValid())
                tip += u'\n' + tr("Created %1").arg(QLocale().toString(created.toLocalTime(), QLocale::LongFormat));
            return tip;
        }
        case LastTestColumn: {
            const QString tip = lastTestToolTip(m_tests.value(c.uuid));
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == ApiKeysColumn || column == LastTestColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UuidRole:
        return c.uuid;
    case SortRole:
        return sortValue(row, column);
    case TestStateRole:
        return int(m_tests.value(c.uuid).state);
    case SearchTextRole:
        return c.searchText;
    case TypeRole:
        return modelTypeId(m_models.at(row).type());
    case ProviderUuidRole:
        return m_models.at(row).providerUuid();
    case UsageCountRole:
        return usageCount(c.uuid);
    default:
        break;
    }
    return {};
}

QVariant LlmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    static const char *const titles[]
        = {QT_TR_NOOP("Name"),     QT_TR_NOOP("Requester"), QT_TR_NOOP("Base URL"),  QT_TR_NOOP("Abilities"),
           QT_TR_NOOP("API keys"), QT_TR_NOOP("Updated"),   QT_TR_NOOP("Last test"), QT_TR_NOOP("Type"),
           QT_TR_NOOP("Provider"), QT_TR_NOOP("Used by")};
    static_assert(std::size(titles) == ColumnCount);
    if (role == Qt::DisplayRole) {
        return tr(titles[section]);
    } else if (role == Qt::ToolTipRole && section == ApiKeysColumn) {
        return tr("Number of API keys (keys themselves are never shown)");
    } else if (role == Qt::ToolTipRole && section == UsedByColumn) {
        return usageColumnData(QString(), role);
    }
    return {};
}

// --- merging ------------------------------------------------------------------

std::shared_ptr<LlmTableModel::Prepared> LlmTableModel::prepare(const QList<LlmModel> &incoming,
                                                                const QList<LlmModel> &currentModels,
                                                                const QHash<QString, int> &currentRows,
                                                                int appendColumn, Qt::SortOrder appendOrder,
                                                                bool complete, const ProviderHash &providers)
{
    auto p = std::make_shared<Prepared>();
    p->models.reserve(incoming.size());
    p->caches.reserve(incoming.size());
    p->states.reserve(incoming.size());
    p->position.reserve(incoming.size());
    QList<qsizetype> appendList;
    for (const LlmModel &m : incoming) {
        QString uuid = m.uuid();
        if (uuid.isEmpty()) {
            qCWarning(lcModel) << "skipping a model without uuid, name:" << m.name();
            continue;
        }
        const qsizetype before = p->position.size();
        int &slot = p->position[uuid];
        if (p->position.size() == before) {
            qCWarning(lcModel) << "skipping a second model with uuid" << uuid;
            continue;
        }
        const int index = int(p->models.size());
        slot = index;
        const int row = currentRows.value(uuid, -1);
        const Prepared::State state
            = row < 0 ? Prepared::New : (m == currentModels.at(row) ? Prepared::Same : Prepared::Changed);
        p->states.append(state);
        if (state == Prepared::Same) {
            p->models.append(LlmModel()); // the row keeps its record
            p->caches.append(RowCache());
            continue;
        }
        p->models.append(m);
        p->caches.append(makeCache(m, uuid, complete, providers));
        if (state == Prepared::New)
            appendList.append(index);
    }
    if (appendColumn >= 0 && appendColumn < ColumnCount) {
        // The proxy's order (test outcomes: none yet for new rows, so by
        // name). Only applyModels() orders, and its caches are complete.
        Q_ASSERT(complete);
        const QList<RowCache> &caches = p->caches;
        const bool ascending = appendOrder == Qt::AscendingOrder;
        std::stable_sort(appendList.begin(), appendList.end(), [&](qsizetype a, qsizetype b) {
            const int c = compareCaches(caches.at(a), caches.at(b), appendColumn);
            return ascending ? c < 0 : c > 0;
        });
    }
    if (appendList.size() == p->models.size() && (appendColumn < 0 || appendColumn >= ColumnCount)) {
        // All new, in the server's order: the lists as they are (nothing is
        // Changed, so nothing else reads them by index).
        p->freshModels = std::exchange(p->models, {});
        p->freshCaches = std::exchange(p->caches, {});
        return p;
    }
    // Laid out in append order, so the batches read memory in sequence.
    p->freshModels.reserve(appendList.size());
    p->freshCaches.reserve(appendList.size());
    for (const qsizetype i : std::as_const(appendList)) {
        p->freshModels.append(std::exchange(p->models[i], LlmModel()));
        p->freshCaches.append(std::exchange(p->caches[i], RowCache()));
    }
    return p;
}

void LlmTableModel::setModels(const QList<LlmModel> &models)
{
    cancelApply();
    startApply(prepare(models, m_models, m_rowByUuid, -1, Qt::AscendingOrder, false, m_providers), false);
}

void LlmTableModel::applyModels(const QList<LlmModel> &models)
{
    cancelApply();
    auto delivery = std::make_shared<BackgroundDelivery>(this);
    m_preparing = delivery;
    // The worker gets copies (shared, not deep) of the current rows to compare
    // with; it lets go of them before the result comes back, so the table
    // never has to detach its lists.
    BackgroundDelivery::run([this, delivery, incoming = models, current = m_models, rows = m_rowByUuid,
                             column = m_appendColumn, order = m_appendOrder, providers = m_providers]() mutable {
        if (delivery->isRevoked())
            return;
        std::shared_ptr<Prepared> prepared = prepare(incoming, current, rows, column, order, true, providers);
        providers = {};
        incoming = {};
        current = {};
        rows = {};
        delivery->deliver([this, delivery, prepared] {
            if (m_preparing != delivery) { // replaced or cancelled meanwhile
                BackgroundDelivery::dispose(prepared);
                return;
            }
            m_preparing.reset();
            startApply(prepared, true);
        });
    });
}

bool LlmTableModel::isApplying() const
{
    return m_preparing || (m_apply && m_apply->batched);
}

void LlmTableModel::setAppendOrder(int column, Qt::SortOrder order)
{
    m_appendColumn = column;
    m_appendOrder = order;
}

void LlmTableModel::startApply(std::shared_ptr<Prepared> prepared, bool batched)
{
    m_apply = std::make_unique<Apply>();
    m_apply->prepared = std::move(prepared);
    m_apply->batched = batched;
    if (batched) {
        applyStep();
        return;
    }
    runApply(-1);
    disposeList(m_apply->garbage);
    if (m_apply->prepared->states.size() >= kDisposeInBackground)
        BackgroundDelivery::dispose(std::move(m_apply->prepared));
    m_apply.reset();
}

void LlmTableModel::applyStep()
{
    if (!m_apply)
        return;
    const bool done = runApply(kStepBudgetNs);
    disposeList(m_apply->garbage);
    if (!done) {
        m_applyTimer.start(); // the next batch on the next event-loop turn
        return;
    }
    BackgroundDelivery::dispose(std::move(m_apply->prepared));
    m_apply.reset();
    emit modelsApplied();
}

void LlmTableModel::cancelApply()
{
    m_applyTimer.stop();
    if (m_preparing) {
        m_preparing->revoke();
        m_preparing.reset();
    }
    if (m_apply) {
        if (m_indexStale)
            rebuildIndex();
        disposeList(m_apply->garbage);
        BackgroundDelivery::dispose(std::move(m_apply->prepared));
        m_apply.reset();
    }
}

// The time one call of runApply may take (< 0: no limit).
struct LlmTableModel::StepBudget
{
    explicit StepBudget(qint64 budgetNs)
        : ns(budgetNs)
    {
        clock.start();
    }
    qint64 remainingNs() const { return ns < 0 ? std::numeric_limits<qint64>::max() : ns - clock.nsecsElapsed(); }
    bool outOfTime() const { return ns >= 0 && clock.nsecsElapsed() >= ns; }

    qint64 ns;
    QElapsedTimer clock;
};

bool LlmTableModel::runApply(qint64 budgetNs)
{
    invalidateRanks(); // rows are about to change
    const StepBudget budget(budgetNs);
    Apply &a = *m_apply;
    if (a.phase == Apply::Phase::Remove && !applyRemovals(budget))
        return false;
    if (a.phase == Apply::Phase::Update && !applyUpdates(budget))
        return false;
    return applyAppends(budget);
}

// 1. Removes vanished rows, in contiguous runs from the bottom so the rows of
//    the runs still to come keep their numbers; true when the phase is over
//    with time left.
bool LlmTableModel::applyRemovals(const StepBudget &budget)
{
    Apply &a = *m_apply;
    const Prepared &p = *a.prepared;
    const auto keeps = [&](int row) { return p.position.contains(m_cache.at(row).uuid); };
    int row = std::min(a.removeCursor, int(m_models.size()) - 1);
    int scanned = 0;
    while (row >= 0) {
        if (keeps(row)) {
            --row;
            if ((++scanned & 1023) == 0 && budget.outOfTime())
                break;
            continue;
        }
        const qsizetype maxRows = a.rowsFitting(budget.remainingNs(), Apply::Phase::Remove);
        const int last = row;
        while (row > 0 && last - row + 1 < maxRows && !keeps(row - 1))
            --row;
        const int first = row;
        QElapsedTimer timer;
        timer.start();
        beginRemoveRows({}, first, last);
        m_indexStale = true;
        for (int r = first; r <= last; ++r) {
            m_tests.remove(m_cache.at(r).uuid);
            a.garbage.append(std::move(m_models[r]));
        }
        m_models.remove(first, last - first + 1);
        m_cache.remove(first, last - first + 1);
        endRemoveRows();
        a.measured(timer.nsecsElapsed(), last - first + 1, Apply::Phase::Remove);
        row = first - 1;
        if (budget.outOfTime())
            break;
    }
    a.removeCursor = row;
    if (row >= 0)
        return false;
    if (m_indexStale)
        rebuildIndex();
    a.phase = Apply::Phase::Update;
    return !budget.outOfTime();
}

// 2. Updates the rows that stay, in place, one dataChanged per run; true when
//    the phase is over.
bool LlmTableModel::applyUpdates(const StepBudget &budget)
{
    Apply &a = *m_apply;
    Prepared &p = *a.prepared;
    const int lastColumn = ColumnCount - 1;
    const int count = int(m_models.size());
    const qsizetype maxRows = a.rowsFitting(budget.remainingNs(), Apply::Phase::Update);
    QElapsedTimer timer;
    timer.start();
    qsizetype updated = 0;
    int runStart = -1;
    int row = a.updateCursor;
    while (row < count) {
        const int i = p.position.value(m_cache.at(row).uuid, -1);
        if (i >= 0 && p.states.at(i) == Prepared::Changed) {
            a.garbage.append(std::exchange(m_models[row], std::move(p.models[i])));
            m_cache[row] = std::move(p.caches[i]);
            p.states[i] = Prepared::Done;
            if (runStart < 0)
                runStart = row;
            ++updated;
        } else if (runStart >= 0) {
            emit dataChanged(index(runStart, 0), index(row - 1, lastColumn));
            runStart = -1;
            if (budget.outOfTime()) // a sorted proxy may take a while over each run
                break;
        }
        ++row;
        if (a.batched && (updated >= maxRows || ((row & 255) == 0 && budget.outOfTime())))
            break;
    }
    if (runStart >= 0)
        emit dataChanged(index(runStart, 0), index(row - 1, lastColumn));
    a.measured(timer.nsecsElapsed(), updated, Apply::Phase::Update);
    a.updateCursor = row;
    if (row < count)
        return false;
    a.phase = Apply::Phase::Append;
    a.appendCursor = 0;
    m_models.reserve(m_models.size() + p.freshModels.size());
    m_cache.reserve(m_cache.size() + p.freshModels.size());
    m_rowByUuid.reserve(m_rowByUuid.size() + p.freshModels.size());
    return true;
}

// 3. Appends the new rows, in the append order, as one batch (setModels) or
//    as many as fit in the time of a turn; true when all are in.
bool LlmTableModel::applyAppends(const StepBudget &budget)
{
    Apply &a = *m_apply;
    Prepared &p = *a.prepared;
    const qsizetype total = p.freshModels.size();
    if (!a.batched && m_models.isEmpty() && a.appendCursor == 0 && total > 0 && total == p.states.size()) {
        // Into an empty table, in the server's order: the lists and the index
        // are the prepared ones as they are.
        beginInsertRows({}, 0, int(total) - 1);
        m_models = std::move(p.freshModels);
        m_cache = std::move(p.freshCaches);
        m_rowByUuid = std::move(p.position);
        endInsertRows();
        a.appendCursor = total;
        return true;
    }
    while (a.appendCursor < total) {
        const qsizetype maxRows = a.rowsFitting(budget.remainingNs(), Apply::Phase::Append);
        const qsizetype from = a.appendCursor;
        const qsizetype to = from + std::min(maxRows, total - from);
        a.appendCursor = to;
        qsizetype count = 0;
        for (qsizetype i = from; i < to; ++i)
            count += m_rowByUuid.contains(p.freshCaches.at(i).uuid) ? 0 : 1; // a safety net
        if (count == 0)
            continue;
        QElapsedTimer timer;
        timer.start();
        const int first = int(m_models.size());
        beginInsertRows({}, first, first + int(count) - 1);
        for (qsizetype i = from; i < to; ++i) {
            RowCache &cache = p.freshCaches[i];
            if (m_rowByUuid.contains(cache.uuid))
                continue;
            m_rowByUuid.insert(cache.uuid, int(m_models.size()));
            m_models.append(std::move(p.freshModels[i]));
            m_cache.append(std::move(cache));
        }
        endInsertRows();
        a.measured(timer.nsecsElapsed(), count, Apply::Phase::Append);
        if (budget.outOfTime())
            break;
    }
    return a.appendCursor >= total;
}

void LlmTableModel::clear()
{
    cancelApply();
    invalidateRanks();
    beginResetModel();
    disposeList(m_models);
    disposeList(m_cache);
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
    invalidateRanks();
    beginRemoveRows({}, row, row);
    m_models.removeAt(row);
    m_cache.removeAt(row);
    m_tests.remove(uuid);
    rebuildIndex();
    endRemoveRows();
    if (m_apply) { // the rows below moved up: so do the cursors
        if (row <= m_apply->removeCursor && m_apply->removeCursor != std::numeric_limits<int>::max())
            --m_apply->removeCursor;
        if (row < m_apply->updateCursor)
            --m_apply->updateCursor;
    }
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
    if (m_rankColumn == LastTestColumn)
        invalidateRanks();
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
