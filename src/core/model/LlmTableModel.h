#pragma once

#include "LlmModel.h"
#include "Provider.h"
#include "TestOutcome.h"
#include "usage/ModelUsage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <limits>
#include <memory>
#include <optional>

namespace lb {

class BackgroundDelivery;

namespace detail {
// Values LlmTableModel derives from one record, computed when the record
// changes (on a worker thread for applyModels) so sorting and filtering
// 100,000 rows never re-read the JSON.
struct LlmRowCache
{
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    QString uuid;
    QString nameKey; // LlmTableModel::sortKey()s
    QString requesterKey;
    QString baseUrlKey;
    QString providerKey; // the provider's name (4.7+)
    int typeRank = 0;    // int(ModelType)
    QString searchText;  // lower case, fields separated by '\n'
    // The rest only once `complete`: applyModels() fills it on its worker;
    // setModels() leaves it to the first read (sorting on, or showing, the
    // abilities, key count or update time of the row).
    bool complete = false;
    QString abilitiesKey;
    QString abilitiesText;    // "vision, func_call"
    qint64 updated = kNoTime; // ms since the epoch; kNoTime when unknown
    int keyCount = 0;
};
} // namespace detail

// The server's LLM models as a table. setModels() and applyModels() merge by
// uuid: rows that stay are updated in place (dataChanged), vanished rows are
// removed, new rows are appended, so selections and scroll positions survive
// a refresh (never a model reset).
//
// Two ways to hand over a list:
// - setModels(): synchronous, all at once; new rows are appended in the
//   server's order. For small lists, tests and the command line.
// - applyModels(): for the GUI. The per-row work (sort keys, search text,
//   comparison with the rows already shown) runs on a worker thread; the rows
//   then change on this object's thread in batches, a few milliseconds per
//   event-loop turn, so 100,000 rows never freeze the window. New rows are
//   appended in the order of appendOrder() (LlmSortFilterProxy keeps it equal
//   to its sort), which lets a sorted proxy take each batch as one block.
//   modelsApplied() says when the table holds the list.
class LlmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RequesterColumn,
        BaseUrlColumn,
        AbilitiesColumn,
        ApiKeysColumn,
        UpdatedColumn,
        LastTestColumn,
        TypeColumn,     // LLM, Embedding, Rerank (4.7+; the window hides it on 4.0–4.6)
        ProviderColumn, // the provider's name (4.7+; the window hides it on 4.0–4.6)
        UsedByColumn,   // how many pipelines use the model (setUsage); "—" while unknown
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole + 1, // QString
        SortRole,                    // a value that sorts naturally per column
        TestStateRole,               // int(TestOutcome::State)
        SearchTextRole,              // name, description, requester, base URL (lower case)
        TypeRole,                    // modelTypeId() of the record: "llm", "embedding", "rerank"
        ProviderUuidRole,            // the provider it uses (4.7+); empty on 4.0–4.6
        UsageCountRole,              // int: usageCount() of the row (-1: not known)
    };
    Q_ENUM(Column)

    explicit LlmTableModel(QObject *parent = nullptr);
    ~LlmTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Merges by uuid, synchronously (see above). Ends an applyModels() still
    // running: its list is dropped, it never emits modelsApplied().
    void setModels(const QList<LlmModel> &models);
    // Merges by uuid, asynchronously and in batches (see above); emits
    // modelsApplied() once the table holds the list. A second call (or
    // setModels() or clear()) before that replaces the first one, which then
    // never emits. Rows may be read, removed (removeModel) and given test
    // outcomes meanwhile; the table grows and changes while it runs.
    void applyModels(const QList<LlmModel> &models);
    // True from applyModels() to modelsApplied().
    bool isApplying() const;

    void clear(); // also ends an applyModels() still running
    const QList<LlmModel> &models() const { return m_models; }
    const LlmModel &modelAt(int row) const { return m_models.at(row); }
    int rowOf(const QString &uuid) const; // -1 when absent
    bool removeModel(const QString &uuid);

    // The server's providers (4.7+): a model's Provider, Requester, Base URL
    // and API keys columns read its provider, found by provider_uuid here,
    // else the provider nested in the model. 4.0–4.6 rows (no provider_uuid)
    // read their own fields. Rows whose provider changed get dataChanged.
    void setProviders(const QList<Provider> &providers);
    // The provider a row reads (see setProviders); none for a 4.0–4.6 record.
    std::optional<Provider> providerOf(const LlmModel &model) const;
    // "LLM", "Embedding", "Rerank" (translated).
    static QString typeName(ModelType type);

    // Where the models are used (ServerWorkspace sets it after each read),
    // for the Used by column; note: why it is unknown or incomplete.
    void setUsage(const ModelUsage &usage, const QString &note);
    const ModelUsage &usage() const { return m_usage; }
    QString usageNote() const { return m_usageNote; }
    // The pipelines (and unsearched knowledge bases) using the model; -1
    // when that is not known (no index, or a list missing and no use found).
    int usageCount(const QString &uuid) const;
    // Unused models can be told apart: the index is known and complete.
    bool canTellUnused() const { return m_usage.isKnown() && m_usage.isComplete(); }

    void setTestOutcome(const QString &uuid, const TestOutcome &outcome);
    TestOutcome testOutcome(const QString &uuid) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // --- sorting and filtering without QVariant (for LlmSortFilterProxy) ---
    // <0, 0 or >0 as row `left` sorts before, with or after row `right` on
    // `column` (the order of SortRole); ties break on the name. Strings
    // compare by their sortKey().
    int compareRows(int left, int right, int column) const;
    // True when the row's search text (name, description, requester, base
    // URL, lower case) contains `lowerCaseText`, which must be lower case.
    bool rowContains(int row, QStringView lowerCaseText) const;

    // Ranks every row on `column` once (the order of compareRows()), so that
    // later comparisons on that column are integer ones, until the rows or
    // their data change. For sorting the same rows over and over: a proxy
    // rebuilding its order at every keystroke of a filter.
    void prepareSortRanks(int column) const;

    // The natural sort key of a text: lower case (QString::toLower), and each
    // run of ASCII digits written as its length (one digit; longer lengths
    // nested the same way) then its digits without leading zeros. So a plain
    // QString::compare puts "gpt-4" < "gpt-4o" < "gpt-40" < "GPT-400" and
    // "model 9" < "model 10". Everything else compares by UTF-16 code unit:
    // no locale collation, so CJK text sorts by code point (not by pinyin or
    // stroke) and punctuation by its code (space < '-' < '.' < digits < ':'
    // < letters).
    static QString sortKey(const QString &text);

    // The order applyModels() appends new rows in: column (or -1 for the
    // server's order) and direction. LlmSortFilterProxy sets it to its sort.
    void setAppendOrder(int column, Qt::SortOrder order = Qt::AscendingOrder);
    int appendOrderColumn() const { return m_appendColumn; }
    Qt::SortOrder appendOrder() const { return m_appendOrder; }

signals:
    // An applyModels() finished: the table holds its list.
    void modelsApplied();

private:
    static constexpr qint64 kNoTime = detail::LlmRowCache::kNoTime;

    using RowCache = detail::LlmRowCache;
    struct Prepared;
    struct Apply;
    struct StepBudget;

    using ProviderHash = QHash<QString, Provider>;
    static std::optional<Provider> providerOf(const LlmModel &model, const ProviderHash &providers);
    static RowCache makeCache(const LlmModel &model, const QString &uuid, bool complete, const ProviderHash &providers);
    static void completeCache(RowCache *cache, const LlmModel &model, const ProviderHash &providers);
    // What the provider-dependent columns show and sort by.
    QVariant providerColumnData(const LlmModel &model, int column, int role) const;
    // What the Used by column shows (LlmTableModelUsage.cpp).
    QVariant usageColumnData(const QString &uuid, int role) const;
    int compareUsage(const RowCache &l, const RowCache &r) const;
    // The row's cache with everything in it (completed now if need be).
    const RowCache &completeRow(int row) const;
    // Compares on a column that does not depend on test outcomes, then on the name.
    static int compareCaches(const RowCache &l, const RowCache &r, int column);
    // Thread-safe: the incoming list keyed, de-duplicated and compared with
    // the current rows (a snapshot), new rows ordered for appending.
    static std::shared_ptr<Prepared> prepare(const QList<LlmModel> &incoming, const QList<LlmModel> &currentModels,
                                             const QHash<QString, int> &currentRows, int appendColumn,
                                             Qt::SortOrder appendOrder, bool complete, const ProviderHash &providers);

    // Runs the pending apply for up to budgetNs (< 0: to its end); true when done.
    bool runApply(qint64 budgetNs);
    // The three phases of an apply; each true when it is over with time left.
    bool applyRemovals(const StepBudget &budget);
    bool applyUpdates(const StepBudget &budget);
    bool applyAppends(const StepBudget &budget);
    void applyStep();
    void cancelApply();
    void startApply(std::shared_ptr<Prepared> prepared, bool batched);

    qint64 sortValueOfTest(const QString &uuid) const;
    QVariant sortValue(int row, int column) const;
    QString lastTestText(const TestOutcome &outcome) const;
    QString lastTestToolTip(const TestOutcome &outcome) const;
    void rebuildIndex();

    QList<LlmModel> m_models;
    mutable QList<RowCache> m_cache; // parallel to m_models (completed on reads)
    QHash<QString, int> m_rowByUuid;
    QHash<QString, TestOutcome> m_tests;
    ProviderHash m_providers; // by uuid (see setProviders)
    ModelUsage m_usage;       // see setUsage
    QString m_usageNote;
    bool m_indexStale = false; // true while a merge removes rows

    void invalidateRanks() { m_rankColumn = -1; }

    mutable QList<int> m_ranks;    // per row, on m_rankColumn (see prepareSortRanks)
    mutable int m_rankColumn = -1; // -1: no ranks
    int m_appendColumn = -1;
    Qt::SortOrder m_appendOrder = Qt::AscendingOrder;
    std::unique_ptr<Apply> m_apply;                  // the merge under way
    std::shared_ptr<BackgroundDelivery> m_preparing; // the worker preparing one
    QTimer m_applyTimer;                             // drives the batches
};

} // namespace lb

Q_DECLARE_TYPEINFO(lb::detail::LlmRowCache, Q_RELOCATABLE_TYPE);
