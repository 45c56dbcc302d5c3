// Tests of lb::LlmTableModel and lb::LlmSortFilterProxy: display and roles,
// merge by uuid (signals, persistent indexes, selections), keys never shown,
// test outcomes, filtering and sorting, all under QAbstractItemModelTester.

#include "Fixtures.h"
#include "ModelFixtures.h"
#include "model/LlmModel.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lb;
using namespace lb::testsupport;

Q_DECLARE_METATYPE(TestOutcome::State)

namespace {

using Tester = QAbstractItemModelTester;

QList<LlmModel> without(QList<LlmModel> list, const QStringList &uuids)
{
    list.removeIf([&](const LlmModel &m) { return uuids.contains(m.uuid()); });
    return list;
}

QList<std::pair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> out;
    for (const QList<QVariant> &args : spy)
        out.append({args.at(1).toInt(), args.at(2).toInt()});
    return out;
}

} // namespace

class TestLlmTableModel : public QObject
{
    Q_OBJECT

private:
    using Rig = ModelRig;

private slots:
    void headers();
    void displayOfRealRecords();
    void emptyAndUnknownCells();
    void apiKeysShowCountNeverKey();

    void testOutcomeDisplay_data();
    void testOutcomeDisplay();
    void setTestOutcomeSignals();

    void mergeAdd();
    void mergeRemoveInRunsFromBottom();
    void mergeUpdateOnlyChanged();
    void mergeMixedKeepsPersistentAndSelection();
    void mergeKeepsAndDropsOutcomes();
    void mergeSkipsBadUuids();
    void removeModelAndClear();

    void filter_data();
    void filter();
    void filterFollowsMerges();

    void sort_data();
    void sort();
    void dynamicSortOnTestOutcome();

    void largeMerge();

    // Natural sort keys and the proxy reading the caches
    void sortKeyOrder_data();
    void sortKeyOrder();
    void sortKeyIsLowerCase();
    void compareRowsMatchesSortRole();
    void filterNonAscii();
    void filterOfManyRowsKeepsSelection();
    void sortRanksFollowChanges();
    void typeAndProviderRoles();

    // (applyModels(), prepared on a worker and applied in batches: tst_llmtablemodelapply)
};

void TestLlmTableModel::headers()
{
    LlmTableModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(LlmTableModel::ColumnCount));
    QCOMPARE(model.headerData(LlmTableModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(model.headerData(LlmTableModel::ApiKeysColumn, Qt::Horizontal).toString(), u"API keys"_s);
    QCOMPARE(model.headerData(LlmTableModel::LastTestColumn, Qt::Horizontal).toString(), u"Last test"_s);
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.headerData(99, Qt::Horizontal).isValid());
}

void TestLlmTableModel::displayOfRealRecords()
{
    LB_REQUIRE_MODELS(list, testDataPath(u"model-list-v4.6.json"_s));
    Rig rig;
    rig.model.setModels(list);
    QCOMPARE(rig.model.rowCount(), 3);
    const LlmTableModel &m = rig.model;
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return m.index(row, column).data(role); };

    QCOMPARE(cell(0, LlmTableModel::NameColumn).toString(), u"gpt-4o"_s);
    QCOMPARE(cell(0, LlmTableModel::NameColumn, Qt::ToolTipRole).toString(), u"OpenAI flagship, vision and tools"_s);
    QCOMPARE(cell(0, LlmTableModel::RequesterColumn).toString(), u"openai-chat-completions"_s);
    QCOMPARE(cell(0, LlmTableModel::BaseUrlColumn).toString(), u"https://api.openai.com/v1"_s);
    QCOMPARE(cell(0, LlmTableModel::AbilitiesColumn).toString(), u"vision, func_call"_s);
    QCOMPARE(cell(0, LlmTableModel::ApiKeysColumn).toString(), u"2"_s);
    QCOMPARE(cell(2, LlmTableModel::ApiKeysColumn).toString(), u"0"_s);
    QCOMPARE(cell(0, LlmTableModel::ApiKeysColumn, LlmTableModel::SortRole).toInt(), 2);
    const QDateTime updated(QDate(2025, 6, 2), QTime(8, 0, 0, 500), Qt::UTC);
    QCOMPARE(cell(0, LlmTableModel::UpdatedColumn).toString(), updated.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    QCOMPARE(cell(0, LlmTableModel::UpdatedColumn, LlmTableModel::SortRole).toDateTime(), updated);
    QVERIFY(!cell(0, LlmTableModel::UpdatedColumn, Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(cell(0, LlmTableModel::LastTestColumn).toString(), QString());
    QCOMPARE(cell(0, LlmTableModel::LastTestColumn, LlmTableModel::TestStateRole).toInt(),
             int(TestOutcome::State::Never));
    QCOMPARE(cell(1, LlmTableModel::NameColumn, LlmTableModel::UuidRole).toString(),
             u"0c9d2e44-61a7-4d3b-8f0e-7b1a2c3d4e02"_s);
    QCOMPARE(cell(1, LlmTableModel::NameColumn, Qt::ToolTipRole), QVariant()); // empty description
    QCOMPARE(cell(0, LlmTableModel::NameColumn, LlmTableModel::SortRole).toString(), u"gpt-4o"_s);
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(cell(0, LlmTableModel::ApiKeysColumn, Qt::TextAlignmentRole).toInt(), right);
    QCOMPARE(cell(0, LlmTableModel::LastTestColumn, Qt::TextAlignmentRole).toInt(), right);
    QCOMPARE(m.rowOf(u"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70803"_s), 2);
    QCOMPARE(m.modelAt(2).name(), u"qwen2.5:7b"_s);
    QVERIFY(m.flags(m.index(0, 0)).testFlag(Qt::ItemIsSelectable));
}

void TestLlmTableModel::emptyAndUnknownCells()
{
    Rig rig;
    // Wrong types everywhere except the uuid: no crash, empty cells.
    rig.model.setModels({LlmModel(QJsonDocument::fromJson(
                                      R"({"uuid":"w","name":1,"requester":null,"requester_config":"x","api_keys":{},
            "abilities":"vision","updated_at":"not a time"})")
                                      .object())});
    QCOMPARE(rig.model.rowCount(), 1);
    QCOMPARE(rig.model.index(0, LlmTableModel::NameColumn).data().toString(), QString());
    QCOMPARE(rig.model.index(0, LlmTableModel::BaseUrlColumn).data().toString(), QString());
    QCOMPARE(rig.model.index(0, LlmTableModel::ApiKeysColumn).data().toString(), u"0"_s);
    QCOMPARE(rig.model.index(0, LlmTableModel::UpdatedColumn).data().toString(), u"not a time"_s);
    QVERIFY(!rig.model.index(0, LlmTableModel::UpdatedColumn).data(LlmTableModel::SortRole).toDateTime().isValid());
    rig.proxy.sort(LlmTableModel::UpdatedColumn);
    rig.proxy.setFilterText(u"zzz"_s);
    QCOMPARE(rig.proxy.rowCount(), 0);
}

void TestLlmTableModel::apiKeysShowCountNeverKey()
{
    Rig rig;
    rig.model.setModels(fiveModels());
    TestOutcome t;
    t.state = TestOutcome::State::Failed;
    t.message = u"401 Unauthorized"_s;
    rig.model.setTestOutcome(u"u-a"_s, t);
    QCOMPARE(rig.model.index(0, LlmTableModel::ApiKeysColumn).data().toString(), u"2"_s);
    QCOMPARE(rig.model.index(3, LlmTableModel::ApiKeysColumn).data().toString(), u"3"_s);

    const QRegularExpression secret(u"SECRET|0123456789"_s);
    for (const QAbstractItemModel *m :
         {static_cast<const QAbstractItemModel *>(&rig.model), static_cast<const QAbstractItemModel *>(&rig.proxy)}) {
        for (int r = 0; r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c) {
                for (int role = 0; role <= Qt::UserRole + 32; ++role) {
                    const QVariant v = m->index(r, c).data(role);
                    const QString text
                        = v.typeId() == QMetaType::QStringList ? v.toStringList().join(u' ') : v.toString();
                    QVERIFY2(!text.contains(secret), qPrintable(u"row %1 column %2 role %3"_s.arg(r).arg(c).arg(role)));
                }
            }
        }
        for (int c = 0; c < m->columnCount(); ++c) {
            for (int role = 0; role <= Qt::UserRole + 32; ++role)
                QVERIFY(!m->headerData(c, Qt::Horizontal, role).toString().contains(secret));
        }
    }
}

void TestLlmTableModel::testOutcomeDisplay_data()
{
    QTest::addColumn<TestOutcome::State>("state");
    QTest::addColumn<qint64>("latency");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("tipContains");

    QTest::newRow("never") << TestOutcome::State::Never << qint64(-1) << QString() << QString() << QString();
    QTest::newRow("running") << TestOutcome::State::Running << qint64(-1) << QString() << u"…"_s << u"Testing"_s;
    QTest::newRow("ok") << TestOutcome::State::Ok << qint64(512) << QString() << u"✓ 512 ms"_s << u"512 ms"_s;
    QTest::newRow("ok, message") << TestOutcome::State::Ok << qint64(7) << u"Hello"_s << u"✓ 7 ms"_s << u"Hello"_s;
    QTest::newRow("failed") << TestOutcome::State::Failed << qint64(30001) << u"Error code: 404 - Model Not Exist"_s
                            << u"✗ failed"_s << u"Model Not Exist"_s;
    QTest::newRow("cancelled") << TestOutcome::State::Cancelled << qint64(-1) << QString() << u"cancelled"_s
                               << u"cancelled"_s;
}

void TestLlmTableModel::testOutcomeDisplay()
{
    QFETCH(TestOutcome::State, state);
    QFETCH(qint64, latency);
    QFETCH(QString, message);
    QFETCH(QString, display);
    QFETCH(QString, tipContains);

    Rig rig;
    rig.model.setModels(fiveModels());
    TestOutcome t;
    t.state = state;
    t.latencyMs = latency;
    t.message = message;
    if (state != TestOutcome::State::Running && state != TestOutcome::State::Never)
        t.finishedAt = QDateTime(QDate(2025, 6, 5), QTime(14, 30, 15), Qt::UTC);
    rig.model.setTestOutcome(u"u-c"_s, t);

    const QModelIndex cell = rig.model.index(2, LlmTableModel::LastTestColumn);
    QCOMPARE(cell.data().toString(), display);
    QCOMPARE(cell.data(LlmTableModel::TestStateRole).toInt(), int(state));
    QCOMPARE(rig.model.index(2, 0).data(LlmTableModel::TestStateRole).toInt(), int(state));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(tipContains, Qt::CaseInsensitive), qPrintable(tip));
    if (t.finishedAt.isValid())
        QVERIFY2(tip.contains(t.finishedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)), qPrintable(tip));
    QCOMPARE(rig.model.testOutcome(u"u-c"_s).state, state);
    // Other rows untouched.
    QCOMPARE(rig.model.index(1, LlmTableModel::LastTestColumn).data().toString(), QString());
}

void TestLlmTableModel::setTestOutcomeSignals()
{
    Rig rig;
    rig.model.setModels(fiveModels());
    QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
    TestOutcome t;
    t.state = TestOutcome::State::Running;
    rig.model.setTestOutcome(u"u-d"_s, t);
    QCOMPARE(changed.size(), 1);
    const QModelIndex tl = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex br = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(tl.row(), 3);
    QCOMPARE(br.row(), 3);
    QVERIFY(tl.column() <= LlmTableModel::LastTestColumn && br.column() == LlmTableModel::LastTestColumn);

    // Unknown uuid: nothing stored, nothing emitted.
    rig.model.setTestOutcome(u"gone"_s, t);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(rig.model.testOutcome(u"gone"_s).state, TestOutcome::State::Never);
}

void TestLlmTableModel::mergeAdd()
{
    Rig rig;
    rig.proxy.sort(LlmTableModel::NameColumn);
    const QList<LlmModel> all = fiveModels();
    rig.model.setModels(all.mid(0, 3));
    QSignalSpy inserted(&rig.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&rig.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&rig.model, &QAbstractItemModel::layoutChanged);

    rig.model.setModels(all);
    QCOMPARE(ranges(inserted), (QList<std::pair<int, int>>{{3, 4}}));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(uuidsOf(rig.model), (QStringList{u"u-a"_s, u"u-b"_s, u"u-c"_s, u"u-d"_s, u"u-e"_s}));
    QCOMPARE(rig.proxy.rowCount(), 5);

    // The same list again: no signal at all.
    inserted.clear();
    rig.model.setModels(all);
    QCOMPARE(inserted.size() + removed.size() + changed.size() + reset.size(), 0);
}

void TestLlmTableModel::mergeRemoveInRunsFromBottom()
{
    Rig rig;
    rig.proxy.sort(LlmTableModel::UpdatedColumn, Qt::DescendingOrder);
    const QList<LlmModel> all = numbered(0, 10);
    rig.model.setModels(all);
    QSignalSpy aboutToRemove(&rig.model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(&rig.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&rig.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);

    // Drop rows 1-2, 5 and 9.
    QList<LlmModel> keep;
    for (int i : {0, 3, 4, 6, 7, 8})
        keep.append(all.at(i));
    rig.model.setModels(keep);
    const QList<std::pair<int, int>> expected{{9, 9}, {5, 5}, {1, 2}};
    QCOMPARE(ranges(aboutToRemove), expected);
    QCOMPARE(ranges(removed), expected);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(rig.model.rowCount(), 6);
    QCOMPARE(rig.proxy.rowCount(), 6);
    for (int i = 0; i < keep.size(); ++i) {
        QCOMPARE(rig.model.modelAt(i), keep.at(i));
        QCOMPARE(rig.model.rowOf(keep.at(i).uuid()), i);
    }
    QCOMPARE(rig.model.rowOf(all.at(5).uuid()), -1);

    // Everything goes.
    rig.model.setModels({});
    QCOMPARE(rig.model.rowCount(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestLlmTableModel::mergeUpdateOnlyChanged()
{
    Rig rig;
    rig.proxy.sort(LlmTableModel::NameColumn);
    QList<LlmModel> list = fiveModels();
    rig.model.setModels(list);
    QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&rig.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&rig.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);

    list[1].setName(u"Zeta"_s);           // row 1
    list[2].setApiKeys({u"k"_s, u"j"_s}); // row 2 (same run as 1)
    list[4].setDescription(u"new"_s);     // row 4
    rig.model.setModels(list);
    QCOMPARE(changed.size(), 2);
    auto rangeOf = [&](int i) {
        const QModelIndex tl = changed.at(i).at(0).value<QModelIndex>();
        const QModelIndex br = changed.at(i).at(1).value<QModelIndex>();
        return QList<int>{tl.row(), tl.column(), br.row(), br.column()};
    };
    QCOMPARE(rangeOf(0), (QList<int>{1, 0, 2, LlmTableModel::ColumnCount - 1}));
    QCOMPARE(rangeOf(1), (QList<int>{4, 0, 4, LlmTableModel::ColumnCount - 1}));
    QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);
    QCOMPARE(rig.model.index(1, 0).data().toString(), u"Zeta"_s);
    QCOMPARE(rig.model.index(2, LlmTableModel::ApiKeysColumn).data().toString(), u"2"_s);
    // The proxy re-sorted "Zeta" to the end.
    QCOMPARE(rig.proxy.index(4, 0).data().toString(), u"Zeta"_s);
}

void TestLlmTableModel::mergeMixedKeepsPersistentAndSelection()
{
    Rig rig;
    rig.proxy.sort(LlmTableModel::RequesterColumn);
    rig.model.setModels(numbered(0, 20));
    QItemSelectionModel sourceSelection(&rig.model);
    QItemSelectionModel proxySelection(&rig.proxy);

    const QString keptUuid = u"uuid-000012"_s;
    const int keptRow = rig.model.rowOf(keptUuid);
    QCOMPARE(keptRow, 12);
    const QPersistentModelIndex persistent(rig.model.index(keptRow, LlmTableModel::AbilitiesColumn));
    const QModelIndex proxyIdx = rig.proxy.mapFromSource(rig.model.index(keptRow, 0));
    const QPersistentModelIndex proxyPersistent(proxyIdx);
    sourceSelection.select(rig.model.index(keptRow, 0),
                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    proxySelection.select(proxyIdx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    sourceSelection.setCurrentIndex(rig.model.index(keptRow, 0), QItemSelectionModel::NoUpdate);

    QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&rig.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&rig.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&rig.model, &QAbstractItemModel::dataChanged);

    // Remove 0-4 and 15, update 12 and 13, add 20-24.
    QList<LlmModel> next;
    for (const LlmModel &m : numbered(5, 10))
        next.append(m);
    next.append(numbered(16, 4));
    for (LlmModel &m : next) {
        if (m.uuid() == keptUuid || m.uuid() == u"uuid-000013"_s)
            m.setRequester(u"aaa-first"_s);
    }
    next.append(numbered(20, 5));
    rig.model.setModels(next);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(ranges(removed), (QList<std::pair<int, int>>{{15, 15}, {0, 4}}));
    QCOMPARE(ranges(inserted), (QList<std::pair<int, int>>{{14, 18}}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(rig.model.rowCount(), 19);

    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.data(LlmTableModel::UuidRole).toString(), keptUuid);
    QCOMPARE(persistent.column(), int(LlmTableModel::AbilitiesColumn));
    QCOMPARE(persistent.row(), rig.model.rowOf(keptUuid));
    QCOMPARE(persistent.row(), 7);
    QVERIFY(proxyPersistent.isValid());
    QCOMPARE(proxyPersistent.data(LlmTableModel::UuidRole).toString(), keptUuid);
    QCOMPARE(proxyPersistent.data().toString(), u"model 12"_s);

    const QModelIndexList rows = sourceSelection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(LlmTableModel::UuidRole).toString(), keptUuid);
    QCOMPARE(sourceSelection.currentIndex().data(LlmTableModel::UuidRole).toString(), keptUuid);
    const QModelIndexList proxyRows = proxySelection.selectedRows();
    QCOMPARE(proxyRows.size(), 1);
    QCOMPARE(proxyRows.first().data(LlmTableModel::UuidRole).toString(), keptUuid);
    // Sorted on requester, the updated rows now lead.
    QCOMPARE(rig.proxy.index(0, 0).data().toString(), u"model 12"_s);
    QCOMPARE(rig.proxy.index(1, 0).data().toString(), u"model 13"_s);

    // A selected row that vanishes leaves the selection empty, not wrong.
    rig.model.setModels(without(next, {keptUuid}));
    QVERIFY(!persistent.isValid());
    QVERIFY(sourceSelection.selectedRows().isEmpty());
    QVERIFY(proxySelection.selectedRows().isEmpty());
    QCOMPARE(reset.size(), 0);
}

void TestLlmTableModel::mergeKeepsAndDropsOutcomes()
{
    Rig rig;
    rig.model.setModels(fiveModels());
    TestOutcome ok;
    ok.state = TestOutcome::State::Ok;
    ok.latencyMs = 42;
    rig.model.setTestOutcome(u"u-b"_s, ok);
    rig.model.setTestOutcome(u"u-c"_s, ok);

    QList<LlmModel> next = without(fiveModels(), {u"u-c"_s});
    next[0].setName(u"changed"_s);
    rig.model.setModels(next);
    QCOMPARE(rig.model.testOutcome(u"u-b"_s).latencyMs, 42);
    QCOMPARE(rig.model.index(rig.model.rowOf(u"u-b"_s), LlmTableModel::LastTestColumn).data().toString(), u"✓ 42 ms"_s);
    QCOMPARE(rig.model.testOutcome(u"u-c"_s).state, TestOutcome::State::Never);

    // It comes back: no stale result.
    rig.model.setModels(fiveModels());
    QCOMPARE(rig.model.index(rig.model.rowOf(u"u-c"_s), LlmTableModel::LastTestColumn).data().toString(), QString());
}

void TestLlmTableModel::mergeSkipsBadUuids()
{
    Rig rig;
    QList<LlmModel> list = fiveModels();
    LlmModel dup = list.at(1);
    dup.setName(u"duplicate"_s);
    list.append(dup);
    list.append(LlmModel(QJsonObject{{u"name"_s, u"no uuid"_s}}));
    list.append(LlmModel(QJsonObject{{u"uuid"_s, 17}, {u"name"_s, u"number uuid"_s}}));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"second model with uuid.*u-b"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"without uuid.*no uuid"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"without uuid.*number uuid"_s));
    rig.model.setModels(list);
    QCOMPARE(rig.model.rowCount(), 5);
    QCOMPARE(rig.model.index(1, 0).data().toString(), u"beta"_s); // the first one wins
}

void TestLlmTableModel::removeModelAndClear()
{
    Rig rig;
    rig.model.setModels(fiveModels());
    QSignalSpy removed(&rig.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);
    TestOutcome ok;
    ok.state = TestOutcome::State::Ok;
    rig.model.setTestOutcome(u"u-b"_s, ok);

    QVERIFY(rig.model.removeModel(u"u-b"_s));
    QCOMPARE(ranges(removed), (QList<std::pair<int, int>>{{1, 1}}));
    QVERIFY(!rig.model.removeModel(u"u-b"_s));
    QVERIFY(!rig.model.removeModel(QString()));
    QCOMPARE(rig.model.rowOf(u"u-b"_s), -1);
    QCOMPARE(rig.model.rowOf(u"u-c"_s), 1);
    QCOMPARE(rig.model.rowOf(u"u-e"_s), 3);
    QCOMPARE(rig.model.testOutcome(u"u-b"_s).state, TestOutcome::State::Never);
    QCOMPARE(rig.proxy.rowCount(), 4);

    rig.model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(rig.model.rowCount(), 0);
    QCOMPARE(rig.model.rowOf(u"u-a"_s), -1);
    rig.model.setModels(fiveModels());
    QCOMPARE(rig.model.rowCount(), 5);
}

void TestLlmTableModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("uuids"); // in source order

    const QStringList all{u"u-a"_s, u"u-b"_s, u"u-c"_s, u"u-d"_s, u"u-e"_s};
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("blank") << u"   "_s << all;
    QTest::newRow("name, other case") << u"ALPHA"_s << QStringList{u"u-a"_s};
    QTest::newRow("name part") << u"gAmMa"_s << QStringList{u"u-c"_s, u"u-d"_s};
    QTest::newRow("description") << u"flagship model"_s << QStringList{u"u-a"_s};
    QTest::newRow("description 2") << u"claude"_s << QStringList{u"u-b"_s};
    QTest::newRow("requester") << u"Deepseek-Chat"_s << QStringList{u"u-d"_s};
    QTest::newRow("requester and url") << u"anthropic"_s << QStringList{u"u-b"_s};
    QTest::newRow("base url") << u"127.0.0.1:11434"_s << QStringList{u"u-c"_s};
    QTest::newRow("base url path") << u"/PAAS/v4"_s << QStringList{u"u-e"_s};
    QTest::newRow("common") << u"chat"_s << QStringList{u"u-a"_s, u"u-c"_s, u"u-d"_s, u"u-e"_s};
    QTest::newRow("keys are not searchable") << u"sk-SECRET"_s << QStringList();
    QTest::newRow("no match") << u"nothing like this"_s << QStringList();
    QTest::newRow("not across fields") << u"alpha flagship"_s << QStringList();
}

void TestLlmTableModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, uuids);

    Rig rig;
    rig.model.setModels(fiveModels());
    rig.proxy.setFilterText(text);
    QCOMPARE(rig.proxy.filterText(), text.trimmed());
    QCOMPARE(uuidsOf(rig.proxy), uuids);
    rig.proxy.setFilterText(QString());
    QCOMPARE(rig.proxy.rowCount(), 5);
}

void TestLlmTableModel::filterFollowsMerges()
{
    Rig rig;
    rig.proxy.sort(LlmTableModel::NameColumn);
    rig.model.setModels(fiveModels());
    rig.proxy.setFilterText(u"gamma"_s);
    QCOMPARE(rig.proxy.rowCount(), 2);

    QList<LlmModel> next = fiveModels();
    next[0].setName(u"Gamma prime"_s);                                      // now matches
    next[2].setName(u"Epsilon"_s);                                          // no longer matches
    next.append(makeModel({"u-f", "gamma ray", "x", "", {}, {}, nullptr})); // new, matches
    rig.model.setModels(next);
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"u-d"_s, u"u-a"_s, u"u-f"_s}));

    rig.model.setModels(without(next, {u"u-d"_s}));
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"u-a"_s, u"u-f"_s}));
}

void TestLlmTableModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");

    auto l = [](std::initializer_list<const char *> ids) {
        QStringList out;
        for (const char *id : ids)
            out.append(u"u-"_s + QLatin1StringView(id));
        return out;
    };
    QTest::newRow("name (case, numbers)") << int(LlmTableModel::NameColumn) << l({"a", "b", "e", "d", "c"});
    QTest::newRow("requester") << int(LlmTableModel::RequesterColumn) << l({"b", "d", "c", "a", "e"});
    QTest::newRow("base url") << int(LlmTableModel::BaseUrlColumn) << l({"c", "b", "d", "a", "e"});
    QTest::newRow("abilities") << int(LlmTableModel::AbilitiesColumn) << l({"b", "c", "e", "d", "a"});
    QTest::newRow("key count, ties by name") << int(LlmTableModel::ApiKeysColumn) << l({"b", "e", "c", "a", "d"});
    QTest::newRow("updated, missing first") << int(LlmTableModel::UpdatedColumn) << l({"d", "e", "b", "c", "a"});
    QTest::newRow("last test") << int(LlmTableModel::LastTestColumn) << l({"c", "a", "b", "e", "d"});
}

void TestLlmTableModel::sort()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);

    Rig rig;
    rig.model.setModels(fiveModels());
    auto outcome = [](TestOutcome::State s, qint64 ms) {
        TestOutcome t;
        t.state = s;
        t.latencyMs = ms;
        return t;
    };
    rig.model.setTestOutcome(u"u-a"_s, outcome(TestOutcome::State::Ok, 500));
    rig.model.setTestOutcome(u"u-b"_s, outcome(TestOutcome::State::Failed, 20));
    rig.model.setTestOutcome(u"u-c"_s, outcome(TestOutcome::State::Ok, 100));
    rig.model.setTestOutcome(u"u-e"_s, outcome(TestOutcome::State::Running, -1));

    rig.proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(uuidsOf(rig.proxy), ascending);
    rig.proxy.sort(column, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(uuidsOf(rig.proxy), descending);

    // Sorting and filtering together.
    rig.proxy.sort(column, Qt::AscendingOrder);
    rig.proxy.setFilterText(u"chat"_s);
    QStringList filtered = ascending;
    filtered.removeAll(u"u-b"_s);
    QCOMPARE(uuidsOf(rig.proxy), filtered);
}

void TestLlmTableModel::dynamicSortOnTestOutcome()
{
    Rig rig;
    rig.model.setModels(fiveModels());
    rig.proxy.sort(LlmTableModel::LastTestColumn);
    TestOutcome t;
    t.state = TestOutcome::State::Ok;
    t.latencyMs = 900;
    rig.model.setTestOutcome(u"u-d"_s, t);
    QCOMPARE(rig.proxy.index(0, 0).data(LlmTableModel::UuidRole).toString(), u"u-d"_s);
    t.latencyMs = 90;
    rig.model.setTestOutcome(u"u-e"_s, t);
    QCOMPARE(rig.proxy.index(0, 0).data(LlmTableModel::UuidRole).toString(), u"u-e"_s);
    QCOMPARE(rig.proxy.index(1, 0).data(LlmTableModel::UuidRole).toString(), u"u-d"_s);
}

void TestLlmTableModel::largeMerge()
{
    // 100,000 rows behind a sorted proxy: the merge is linear, not quadratic.
    constexpr int n = 100'000;
    LlmTableModel model;
    LlmSortFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(LlmTableModel::NameColumn);

    QElapsedTimer timer;
    timer.start();
    model.setModels(numbered(0, n));
    const qint64 load = timer.restart();
    QCOMPARE(proxy.rowCount(), n);

    // Drop the first 1,000, change every 10th name, add 1,000 new.
    QList<LlmModel> next = numbered(1'000, n - 1'000);
    for (int i = 0; i < next.size(); i += 10)
        next[i].setName(next.at(i).name() + u" v2"_s);
    next.append(numbered(n, 1'000));
    timer.restart();
    model.setModels(next);
    const qint64 merge = timer.restart();
    QCOMPARE(model.rowCount(), n);
    QCOMPARE(proxy.rowCount(), n);
    QCOMPARE(model.rowOf(u"uuid-%1"_s.arg(n + 999, 6, 10, QChar(u'0'))), n - 1);

    proxy.setFilterText(u"model 4242"_s);
    const qint64 filter = timer.restart();
    QVERIFY(proxy.rowCount() >= 1);
    qInfo("100k rows: load+sort %lld ms, merge %lld ms, filter %lld ms", load, merge, filter);
    QVERIFY2(load + merge + filter < 60'000, "far too slow for 100,000 rows");
}

void TestLlmTableModel::sortKeyOrder_data()
{
    QTest::addColumn<QStringList>("ascending"); // each sorts before (or equal to) the next
    QTest::newRow("numbers by value") << QStringList{u"gpt-4"_s, u"gpt-4o"_s, u"GPT-40"_s, u"gpt-400"_s};
    QTest::newRow("model 9 < model 10") << QStringList{u"model 9"_s, u"model 10"_s, u"Model 11"_s, u"model 100"_s};
    QTest::newRow("versions") << QStringList{u"v1.2"_s, u"v1.10"_s, u"v2"_s, u"v10.0.1"_s};
    QTest::newRow("zero and prefixes") << QStringList{u"a"_s, u"a0"_s, u"a1"_s, u"a1b"_s, u"a2"_s, u"ab"_s};
    QTest::newRow("leading zeros") << QStringList{u"x 007"_s, u"x 7"_s, u"x 8"_s, u"x 0010"_s};
    QTest::newRow("long numbers") << QStringList{u"n 99999999"_s, u"n 123456789"_s, u"n 999999999"_s, u"n 1000000000"_s,
                                                 u"n 12345678901234567890123"_s};
    QTest::newRow("dates in names") << QStringList{u"claude-3-5-haiku-20241022"_s, u"claude-3-7-sonnet"_s,
                                                   u"claude-sonnet-4-20250514"_s};
    QTest::newRow("punctuation by code") << QStringList{u"a b"_s, u"a-b"_s, u"a.b"_s, u"a1"_s, u"a:b"_s, u"ab"_s};
    QTest::newRow("CJK by code point") << QStringList{u"模型 2"_s, u"模型 10"_s, u"通义千问"_s};
    QTest::newRow("case-insensitive") << QStringList{u"alpha"_s, u"Beta"_s, u"gamma"_s, u"ÖL"_s, u"öm"_s};
}

void TestLlmTableModel::sortKeyOrder()
{
    QFETCH(QStringList, ascending);
    for (qsizetype i = 0; i + 1 < ascending.size(); ++i) {
        const QString a = LlmTableModel::sortKey(ascending.at(i));
        const QString b = LlmTableModel::sortKey(ascending.at(i + 1));
        QVERIFY2(a.compare(b) <= 0, qPrintable(ascending.at(i) + u" vs "_s + ascending.at(i + 1)));
    }
    QCOMPARE(LlmTableModel::sortKey(u"x 007"_s), LlmTableModel::sortKey(u"x 7"_s));
    QVERIFY(LlmTableModel::sortKey(u"x 8"_s) != LlmTableModel::sortKey(u"x 7"_s));
}

void TestLlmTableModel::sortKeyIsLowerCase()
{
    QCOMPARE(LlmTableModel::sortKey(u"DeepSeek-Chat"_s), u"deepseek-chat"_s);
    QCOMPARE(LlmTableModel::sortKey(u"ÄÖÜ Модель"_s), u"äöü модель"_s);
    QCOMPARE(LlmTableModel::sortKey(QString()), QString());
    // Digit runs: length, then the digits without leading zeros.
    QCOMPARE(LlmTableModel::sortKey(u"gpt-4o"_s), u"gpt-14o"_s);
    QCOMPARE(LlmTableModel::sortKey(u"a0"_s), u"a0"_s);
    QCOMPARE(LlmTableModel::sortKey(u"r 0042"_s), u"r 242"_s);
    QCOMPARE(LlmTableModel::sortKey(u"123456789"_s), u"919123456789"_s);
}

void TestLlmTableModel::compareRowsMatchesSortRole()
{
    // compareRows() orders like the values of SortRole (ties on the name).
    Rig rig;
    QList<LlmModel> list = fiveModels();
    list.append(numbered(8, 4));
    rig.model.setModels(list);
    TestOutcome ok;
    ok.state = TestOutcome::State::Ok;
    ok.latencyMs = 300;
    rig.model.setTestOutcome(u"u-c"_s, ok);
    const int n = rig.model.rowCount();
    for (int column = 0; column < LlmTableModel::ColumnCount; ++column) {
        for (int a = 0; a < n; ++a) {
            for (int b = 0; b < n; ++b) {
                const int c = rig.model.compareRows(a, b, column);
                QCOMPARE(c == 0, a == b || rig.model.compareRows(b, a, column) == 0);
                QCOMPARE(c<0, rig.model.compareRows(b, a, column)> 0);
                if (column == LlmTableModel::ApiKeysColumn || column == LlmTableModel::UpdatedColumn) {
                    const QVariant va = rig.model.index(a, column).data(LlmTableModel::SortRole);
                    const QVariant vb = rig.model.index(b, column).data(LlmTableModel::SortRole);
                    if (va != vb && va.isValid() && vb.isValid()
                        && (column != LlmTableModel::UpdatedColumn
                            || (va.toDateTime().isValid() && vb.toDateTime().isValid())))
                        QCOMPARE(c < 0, QVariant::compare(va, vb) == QPartialOrdering::Less);
                }
            }
        }
    }
}

void TestLlmTableModel::filterNonAscii()
{
    Rig rig;
    rig.model.setModels(
        {makeModel(
             {"u-x", "Ünïcode Модель", "openai", "https://例子.测试/v1", {}, {}, nullptr, "Große Beschreibung 中文"}),
         makeModel({"u-y", "plain", "openai", "https://a.example", {}, {}, nullptr})});
    for (const QString &text : {u"ünï"_s, u"ÜNÏ"_s, u"модель"_s, u"МОДЕЛЬ"_s, u"中文"_s, u"例子.测试"_s, u"große"_s,
                                u"GROSSE BESCHREIBUNG"_s.toLower().replace(u"ss"_s, u"ß"_s)}) {
        rig.proxy.setFilterText(text);
        QCOMPARE(uuidsOf(rig.proxy), QStringList{u"u-x"_s});
    }
    rig.proxy.setFilterText(u"OPENAI"_s);
    QCOMPARE(rig.proxy.rowCount(), 2);
}

void TestLlmTableModel::filterOfManyRowsKeepsSelection()
{
    // Thousands of rows hidden or shown at once take the rebuild path (a
    // layout change): the result, the selection and persistent indexes are
    // those of the row-by-row path.
    Rig rig;
    rig.proxy.sort(LlmTableModel::NameColumn, Qt::DescendingOrder);
    rig.model.setModels(numbered(0, 3000));
    QItemSelectionModel selection(&rig.proxy);
    const auto select = [&](const QString &uuid) {
        const QModelIndex idx = rig.proxy.mapFromSource(rig.model.index(rig.model.rowOf(uuid), 0));
        selection.select(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection.setCurrentIndex(idx, QItemSelectionModel::NoUpdate);
        return QPersistentModelIndex(idx);
    };
    const QPersistentModelIndex kept = select(u"uuid-000042"_s);
    QSignalSpy layout(&rig.proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&rig.proxy, &QAbstractItemModel::rowsRemoved);

    rig.proxy.setFilterText(u"model 42"_s); // 3000 -> 11 rows
    QCOMPARE(rig.proxy.rowCount(), 11);
    QCOMPARE(layout.size(), 1); // rebuilt, not removed run by run
    QCOMPARE(removed.size(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(LlmTableModel::UuidRole).toString(), u"uuid-000042"_s);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.currentIndex().data(LlmTableModel::UuidRole).toString(), u"uuid-000042"_s);
    QStringList names;
    for (int r = 0; r < rig.proxy.rowCount(); ++r)
        names << rig.proxy.index(r, 0).data().toString();
    QCOMPARE(
        names,
        (QStringList{u"model 429"_s, u"model 428"_s, u"model 427"_s, u"model 426"_s, u"model 425"_s, u"model 424"_s,
                     u"model 423"_s, u"model 422"_s, u"model 421"_s, u"model 420"_s, u"model 42"_s}));

    rig.proxy.setFilterText(u"model"_s); // all back
    QCOMPARE(rig.proxy.rowCount(), 3000);
    QVERIFY(kept.isValid());
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(LlmTableModel::UuidRole).toString(), u"uuid-000042"_s);
    QCOMPARE(rig.proxy.index(0, 0).data().toString(), u"model 2999"_s);

    // A selected row that is filtered out leaves the selection empty.
    rig.proxy.setFilterText(u"model 7"_s);
    QVERIFY(!kept.isValid());
    QVERIFY(selection.selectedRows().isEmpty());
    rig.proxy.setFilterText(QString());
    QCOMPARE(rig.proxy.rowCount(), 3000);
}

void TestLlmTableModel::sortRanksFollowChanges()
{
    // Typing a filter ranks the rows once; every change of the rows drops the
    // ranks, so the order stays that of a proxy sorting from scratch.
    Rig rig;
    const auto check = [&](int column) {
        // The reference: a table of its own with the same rows and outcomes.
        LlmTableModel copy;
        copy.setModels(rig.model.models());
        for (const LlmModel &m : rig.model.models())
            copy.setTestOutcome(m.uuid(), rig.model.testOutcome(m.uuid()));
        LlmSortFilterProxy fresh;
        fresh.setSourceModel(&copy);
        fresh.setFilterText(rig.proxy.filterText());
        fresh.sort(column, rig.proxy.sortOrder());
        QCOMPARE(uuidsOf(rig.proxy), uuidsOf(fresh));
        QVERIFY(rig.proxy.rowCount() > 0);
    };
    for (int column :
         {int(LlmTableModel::NameColumn), int(LlmTableModel::LastTestColumn), int(LlmTableModel::UpdatedColumn)}) {
        rig.model.setModels(numbered(0, 300));
        rig.proxy.sort(column, Qt::DescendingOrder);
        rig.proxy.setFilterText(u"model"_s);
        check(column);
        QList<LlmModel> next = numbered(0, 300);
        for (int i = 0; i < next.size(); i += 3)
            next[i].setName(u"a renamed model %1"_s.arg(i));
        rig.model.setModels(next);
        check(column);
        rig.proxy.setFilterText(u"model 1"_s);
        check(column);
        TestOutcome t;
        t.state = TestOutcome::State::Ok;
        t.latencyMs = 3;
        rig.model.setTestOutcome(next.at(10).uuid(), t);
        rig.model.setTestOutcome(next.at(100).uuid(), t);
        check(column);
        rig.proxy.setFilterText(u"model"_s);
        check(column);
        QVERIFY(rig.model.removeModel(next.at(5).uuid()));
        rig.proxy.setFilterText(u"mode"_s);
        check(column);
        QVERIFY(applyAndWait(rig.model, numbered(150, 300)));
        check(column);
        rig.proxy.setFilterText(u"model 2"_s);
        check(column);
        rig.model.clear();
    }
}

// Every type in the one table: TypeRole and ProviderUuidRole say what a row
// is and which provider it uses; a change of type alone is a change.
void TestLlmTableModel::typeAndProviderRoles()
{
    LlmTableModel table;
    Tester tester(&table, Tester::FailureReportingMode::QtTest);
    LlmModel chat(QJsonObject{{u"uuid"_s, u"c"_s}, {u"name"_s, u"chat"_s}, {u"provider_uuid"_s, u"p1"_s}});
    LlmModel embedding(QJsonObject{{u"uuid"_s, u"e"_s}, {u"name"_s, u"embed"_s}, {u"provider_uuid"_s, u"p2"_s}});
    embedding.setType(lb::ModelType::Embedding);
    LlmModel legacy(QJsonObject{{u"uuid"_s, u"l"_s}, {u"name"_s, u"old"_s}});
    table.setModels({chat, embedding, legacy});
    QCOMPARE(table.rowCount(), 3);
    const auto role = [&](const QString &uuid, int r) { return table.index(table.rowOf(uuid), 0).data(r).toString(); };
    QCOMPARE(role(u"c"_s, LlmTableModel::TypeRole), u"llm"_s);
    QCOMPARE(role(u"e"_s, LlmTableModel::TypeRole), u"embedding"_s);
    QCOMPARE(role(u"c"_s, LlmTableModel::ProviderUuidRole), u"p1"_s);
    QCOMPARE(role(u"e"_s, LlmTableModel::ProviderUuidRole), u"p2"_s);
    QCOMPARE(role(u"l"_s, LlmTableModel::ProviderUuidRole), QString());

    QSignalSpy changed(&table, &LlmTableModel::dataChanged);
    LlmModel rerank = embedding;
    rerank.setType(lb::ModelType::Rerank);
    table.setModels({chat, rerank, legacy});
    QVERIFY(changed.count() > 0);
    QCOMPARE(role(u"e"_s, LlmTableModel::TypeRole), u"rerank"_s);
    QCOMPARE(table.modelAt(table.rowOf(u"e"_s)).type(), lb::ModelType::Rerank);
}

QTEST_GUILESS_MAIN(TestLlmTableModel)
#include "tst_llmtablemodel.moc"
