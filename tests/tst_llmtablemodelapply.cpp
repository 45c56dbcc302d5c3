// Tests of lb::LlmTableModel::applyModels(): the new list prepared on a
// worker and applied in batches, so the event loop runs between them; it ends
// like setModels(), the proxy takes each batch whole, a replaced or cancelled
// apply never emits, selections and persistent indexes survive; all under
// QAbstractItemModelTester.

#include "ModelFixtures.h"
#include "model/LlmModel.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lb;
using namespace lb::testsupport;
using Tester = QAbstractItemModelTester;

class TestLlmTableModelApply : public QObject
{
    Q_OBJECT

private:
    using Rig = ModelRig;

private slots:
    void applyEndsLikeSetModels_data();
    void applyEndsLikeSetModels();
    void applyInsertsInBatchesTheProxyTakesWhole_data();
    void applyInsertsInBatchesTheProxyTakesWhole();
    void applyLetsTheEventLoopRun();
    void applyReplacedOrCancelledNeverEmits();
    void applyToleratesChangesMeanwhile();
    void applyKeepsSelectionAndPersistentIndexes();
    void destroyedWhilePreparing();
};

void TestLlmTableModelApply::applyEndsLikeSetModels_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("size");
    // (QAbstractItemModelTester checks a lot on every signal: sizes stay
    // small, but above the first batch so there are several.)
    QTest::newRow("unsorted, small") << -1 << int(Qt::AscendingOrder) << 40;
    QTest::newRow("unsorted") << -1 << int(Qt::AscendingOrder) << 1100;
    QTest::newRow("name") << int(LlmTableModel::NameColumn) << int(Qt::AscendingOrder) << 1100;
    QTest::newRow("updated, descending") << int(LlmTableModel::UpdatedColumn) << int(Qt::DescendingOrder) << 1100;
    QTest::newRow("last test") << int(LlmTableModel::LastTestColumn) << int(Qt::AscendingOrder) << 1100;
}

void TestLlmTableModelApply::applyEndsLikeSetModels()
{
    // The same sequence of lists through setModels() and applyModels(): the
    // tables end with the same rows, the proxies in the same order, and
    // QAbstractItemModelTester watches every batch.
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(int, size);
    Rig sync;
    Rig async;
    for (Rig *rig : {&sync, &async}) {
        if (sortColumn >= 0)
            rig->proxy.sort(sortColumn, Qt::SortOrder(order));
    }
    QList<LlmModel> first = numbered(0, size);
    first.append(fiveModels());
    // Next: some gone (scattered and in a block), some changed, new ones in
    // between and at the end.
    QList<LlmModel> second;
    for (int i = 0; i < first.size(); ++i) {
        if (i % 41 == 1 || (i > size / 2 && i < size / 2 + size / 10))
            continue;
        LlmModel m = first.at(i);
        if (i % 37 == 0)
            m.setName(m.name() + u" v2"_s);
        if (i % 53 == 0)
            m.setApiKeys({});
        second.append(m);
        if (i % 43 == 0)
            second.append(numbered(100'000 + i, 1).first());
    }
    second.append(numbered(200'000, size * 3 / 4));
    const QList<QList<LlmModel>> lists{first, second, first, {}, second};
    for (const QList<LlmModel> &list : lists) {
        sync.model.setModels(list);
        QVERIFY(applyAndWait(async.model, list));
        QCOMPARE(async.model.rowCount(), sync.model.rowCount());
        QCOMPARE(contentsOf(async.model), contentsOf(sync.model));
        QCOMPARE(uuidsOf(async.proxy), uuidsOf(sync.proxy));
        for (int r = 0; r < async.model.rowCount(); ++r)
            QCOMPARE(async.model.rowOf(async.model.modelAt(r).uuid()), r);
        // A test outcome after the merge lands on the right row.
        if (!list.isEmpty()) {
            TestOutcome t;
            t.state = TestOutcome::State::Ok;
            t.latencyMs = 5;
            sync.model.setTestOutcome(list.at(list.size() / 2).uuid(), t);
            async.model.setTestOutcome(list.at(list.size() / 2).uuid(), t);
            QCOMPARE(uuidsOf(async.proxy), uuidsOf(sync.proxy));
        }
    }
}

void TestLlmTableModelApply::applyInsertsInBatchesTheProxyTakesWhole_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::newRow("name") << int(LlmTableModel::NameColumn) << int(Qt::AscendingOrder);
    QTest::newRow("name, descending") << int(LlmTableModel::NameColumn) << int(Qt::DescendingOrder);
    QTest::newRow("requester (all equal)") << int(LlmTableModel::RequesterColumn) << int(Qt::AscendingOrder);
    QTest::newRow("key count") << int(LlmTableModel::ApiKeysColumn) << int(Qt::DescendingOrder);
    QTest::newRow("updated") << int(LlmTableModel::UpdatedColumn) << int(Qt::AscendingOrder);
    QTest::newRow("unsorted") << -1 << int(Qt::AscendingOrder);
}

void TestLlmTableModelApply::applyInsertsInBatchesTheProxyTakesWhole()
{
    // Into an empty table, new rows come in the proxy's order: every batch
    // the model inserts is one block of the proxy (not one per row).
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    constexpr int n = 20'000;
    LlmTableModel model;
    LlmSortFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(sortColumn, Qt::SortOrder(order));
    QCOMPARE(model.appendOrderColumn(), sortColumn);
    QCOMPARE(model.appendOrder(), Qt::SortOrder(order));
    QList<LlmModel> list = numbered(0, n);
    for (int i = 0; i < n; i += 3) // not in sort order at the server
        std::swap(list[i], list[n - 1 - i]);
    QSignalSpy modelInserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy proxyInserted(&proxy, &QAbstractItemModel::rowsInserted);
    QVERIFY(applyAndWait(model, list));
    QCOMPARE(model.rowCount(), n);
    QCOMPARE(proxy.rowCount(), n);
    QVERIFY2(modelInserted.size() > 1, "expected batches");
    QCOMPARE(proxyInserted.size(), modelInserted.size());
    if (sortColumn >= 0) {
        QStringList sourceOrder; // the model's rows are in the proxy's order
        for (int r = 0; r < n; ++r)
            sourceOrder << model.modelAt(r).uuid();
        QCOMPARE(uuidsOf(proxy), sourceOrder);
    } else {
        QCOMPARE(model.modelAt(0).uuid(), list.first().uuid()); // the server's order
        QCOMPARE(model.modelAt(n - 1).uuid(), list.last().uuid());
    }
}

void TestLlmTableModelApply::applyLetsTheEventLoopRun()
{
    // 50,000 rows: the event loop turns between the batches.
    constexpr int n = 50'000;
    LlmTableModel model;
    LlmSortFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(LlmTableModel::NameColumn);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy applied(&model, &LlmTableModel::modelsApplied);
    ticker.start();
    model.applyModels(numbered(0, n));
    QVERIFY(model.isApplying());
    QCOMPARE(model.rowCount(), 0); // prepared on a worker first
    QVERIFY(applied.wait(60'000));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(model.rowCount(), n);
    QVERIFY(inserted.size() > 1);
    QVERIFY2(ticks >= inserted.size(), qPrintable(u"%1 ticks, %2 batches"_s.arg(ticks).arg(inserted.size())));
    QCOMPARE(proxy.index(0, 0).data().toString(), u"model 0"_s);
    QCOMPARE(proxy.index(1, 0).data().toString(), u"model 1"_s);
    QCOMPARE(proxy.index(n - 1, 0).data().toString(), u"model %1"_s.arg(n - 1));
}

void TestLlmTableModelApply::applyReplacedOrCancelledNeverEmits()
{
    Rig rig;
    rig.proxy.sort(LlmTableModel::NameColumn);
    QSignalSpy applied(&rig.model, &LlmTableModel::modelsApplied);

    // Replaced before it was prepared: only the second one lands.
    rig.model.applyModels(numbered(0, 5000));
    rig.model.applyModels(fiveModels());
    QVERIFY(applied.wait(30'000));
    QTest::qWait(100);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(uuidsOf(rig.model), (QStringList{u"u-a"_s, u"u-b"_s, u"u-e"_s, u"u-d"_s, u"u-c"_s}));

    // Replaced while its batches run (the first batch is in, the rest not).
    applied.clear();
    QSignalSpy inserted(&rig.model, &QAbstractItemModel::rowsInserted);
    rig.model.applyModels(numbered(0, 20'000));
    QTRY_VERIFY_WITH_TIMEOUT(inserted.size() >= 1, 30'000);
    QVERIFY(rig.model.isApplying());
    QVERIFY(rig.model.rowCount() < 20'005);
    rig.model.applyModels(numbered(10, 3));
    QVERIFY(applied.wait(30'000));
    QTest::qWait(100);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(uuidsOf(rig.proxy), (QStringList{u"uuid-000010"_s, u"uuid-000011"_s, u"uuid-000012"_s}));

    // setModels() and clear() end one that runs: no signal, their rows win.
    applied.clear();
    rig.model.applyModels(numbered(0, 20'000));
    rig.model.setModels(fiveModels());
    QVERIFY(!rig.model.isApplying());
    QTest::qWait(300);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(rig.model.rowCount(), 5);
    rig.model.applyModels(numbered(0, 20'000));
    QTRY_VERIFY_WITH_TIMEOUT(rig.model.rowCount() > 5, 30'000);
    rig.model.clear();
    QVERIFY(!rig.model.isApplying());
    QTest::qWait(300);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(rig.model.rowCount(), 0);
    QCOMPARE(rig.proxy.rowCount(), 0);
}

void TestLlmTableModelApply::applyToleratesChangesMeanwhile()
{
    // Rows removed and tested while the batches run. (Big, so no
    // QAbstractItemModelTester: it would take minutes.)
    struct
    {
        LlmTableModel model;
        LlmSortFilterProxy proxy;
    } rig;
    rig.proxy.setSourceModel(&rig.model);
    rig.proxy.sort(LlmTableModel::NameColumn);
    constexpr int n = 20'000;
    QList<LlmModel> first = numbered(0, n);
    rig.model.setModels(first);
    QList<LlmModel> next;
    for (int i = 0; i < n; ++i) {
        if (i % 4 == 0)
            continue; // removed
        LlmModel m = first.at(i);
        if (i % 5 == 0)
            m.setRequester(u"changed"_s);
        next.append(m);
    }
    next.append(numbered(n, n / 2));
    QSignalSpy applied(&rig.model, &LlmTableModel::modelsApplied);
    int interruptions = 0;
    QStringList removedMeanwhile;
    auto meddle = [&] {
        if (!rig.model.isApplying() || rig.model.rowCount() < 10)
            return;
        ++interruptions;
        const int row = (interruptions * 7919) % rig.model.rowCount();
        const QString uuid = rig.model.modelAt(row).uuid();
        QVERIFY(rig.model.removeModel(uuid));
        removedMeanwhile << uuid;
        const int other = (interruptions * 104729) % rig.model.rowCount();
        TestOutcome t;
        t.state = TestOutcome::State::Running;
        rig.model.setTestOutcome(rig.model.modelAt(other).uuid(), t);
        QCOMPARE(rig.model.testOutcome(rig.model.modelAt(other).uuid()).state, t.state);
    };
    QTimer meddler;
    meddler.setInterval(0);
    connect(&meddler, &QTimer::timeout, this, meddle);
    rig.model.applyModels(next);
    meddler.start();
    QVERIFY(applied.wait(240'000)); // a hang guard: under ASAN on a loaded machine this takes a minute
    meddler.stop();
    QVERIFY(interruptions > 0);

    QSet<QString> expected;
    for (const LlmModel &m : std::as_const(next))
        expected.insert(m.uuid());
    QSet<QString> got;
    for (int r = 0; r < rig.model.rowCount(); ++r) {
        const LlmModel &m = rig.model.modelAt(r);
        got.insert(m.uuid());
        QCOMPARE(rig.model.rowOf(m.uuid()), r);
        const int i = m.uuid().mid(5).toInt();
        if (i < n && i % 5 == 0)
            QCOMPARE(m.requester(), u"changed"_s);
    }
    for (const QString &uuid : std::as_const(removedMeanwhile)) {
        // A row removed meanwhile stays removed unless the list brought it new.
        if (got.contains(uuid))
            QVERIFY(expected.contains(uuid));
    }
    QVERIFY(got.size() + removedMeanwhile.size() >= expected.size());
    QVERIFY(got.size() <= expected.size());
    QCOMPARE(rig.proxy.rowCount(), rig.model.rowCount());
}

void TestLlmTableModelApply::applyKeepsSelectionAndPersistentIndexes()
{
    Rig rig;
    rig.proxy.sort(LlmTableModel::NameColumn);
    QVERIFY(applyAndWait(rig.model, numbered(0, 3000)));
    QItemSelectionModel selection(&rig.proxy);
    const QString keptUuid = u"uuid-001234"_s;
    const QModelIndex kept = rig.proxy.mapFromSource(rig.model.index(rig.model.rowOf(keptUuid), 0));
    selection.select(kept, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(kept, QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex persistent(rig.model.index(rig.model.rowOf(keptUuid), 2));
    QSignalSpy reset(&rig.model, &QAbstractItemModel::modelReset);
    QSignalSpy proxyReset(&rig.proxy, &QAbstractItemModel::modelReset);

    QList<LlmModel> next = numbered(1000, 3000); // 0-999 go, 3000-3999 come
    for (LlmModel &m : next) {
        if (m.uuid() == keptUuid)
            m.setDescription(u"changed"_s);
    }
    QVERIFY(applyAndWait(rig.model, next));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(proxyReset.size(), 0);
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.data(LlmTableModel::UuidRole).toString(), keptUuid);
    QCOMPARE(persistent.column(), 2);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(LlmTableModel::UuidRole).toString(), keptUuid);
    QCOMPARE(selection.currentIndex().data(LlmTableModel::UuidRole).toString(), keptUuid);
    QCOMPARE(rig.model.modelAt(persistent.row()).description(), u"changed"_s);
}

void TestLlmTableModelApply::destroyedWhilePreparing()
{
    // Gone before its worker is done: nothing is delivered, nothing crashes.
    for (int i = 0; i < 5; ++i) {
        auto model = std::make_unique<LlmTableModel>();
        LlmSortFilterProxy proxy;
        proxy.setSourceModel(model.get());
        proxy.sort(LlmTableModel::NameColumn);
        model->applyModels(numbered(0, 20'000));
        if (i % 2)
            QTest::qWait(i * 20);
        model.reset();
    }
    QTest::qWait(200);
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_GUILESS_MAIN(TestLlmTableModelApply)
#include "tst_llmtablemodelapply.moc"
