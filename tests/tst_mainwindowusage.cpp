// Where models are used, in the window (issue 16), on the fake server at 4.6,
// 4.9 and 4.10: the Used by column (count, tooltip naming pipelines, roles and
// bots; "—" while unknown), the Unused chip, Where Used…, and the delete
// question naming what breaks (typed confirmation on production).

#include "MainWindowTest.h"

#include "mainwindow/FilterChipBar.h"
#include "models/WhereUsedDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

class TestMainWindowUsage : public lb::testsupport::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup()
    {
        MessageBox::setNextTypedAnswer(std::nullopt);
        tearDown();
    }

    void usedByColumn_data();
    void usedByColumn();
    void legacyServerShowsUnknown();
    void unusedChipFilters_data();
    void unusedChipFilters();
    void everyChipFitsAt1024_data();
    void everyChipFitsAt1024();
    void refusedPipelinesMakeUsageUnknown();
    void whereUsedDialogListsUses();
    void deleteNamesWhatBreaks_data();
    void deleteNamesWhatBreaks();
    void deleteOfUnusedModelSaysSo();
    void productionDeleteListsBreakageAndNeedsName();
    void deleteWithUnknownUsageSaysWhy();

private:
    // Opens the window and waits for the usage index too.
    bool openAndReadUsage()
    {
        if (!openWindow())
            return false;
        const lb::ServerWorkspace *workspace = m_window->workspace();
        auto read = [workspace] { return !workspace->isUsageLoading() && workspace->models()->usage().isKnown(); };
        QElapsedTimer clock;
        clock.start();
        while (!read() && clock.elapsed() < 10000)
            QTest::qWait(10);
        return read();
    }
    QString uuidOf(const QString &name) const
    {
        for (const lb::LlmModel &model : m_window->workspace()->models()->models()) {
            if (model.name() == name)
                return model.uuid();
        }
        return {};
    }
    QModelIndex usedByCell(const QString &name) const
    {
        const LlmTableModel *model = m_window->workspace()->models();
        return model->index(model->rowOf(uuidOf(name)), LlmTableModel::UsedByColumn);
    }
    QToolButton *unusedChip() const { return lookup<QToolButton>(*m_window, u"unusedChip"_s); }
    QAction *action(const QString &name) const { return lookup<QAction>(*m_window, name); }
    void refusePipelines()
    {
        const FakeLangBotServer::FaultSpec refusal = lb::testsupport::permissionRefusal();
        m_server->setFault(u"GET /api/v1/pipelines"_s, refusal);
    }
};

void TestMainWindowUsage::usedByColumn_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("4.9") << u"4.9"_s;
    QTest::newRow("4.10") << u"4.10"_s;
}

void TestMainWindowUsage::usedByColumn()
{
    QFETCH(QString, version);
    serveVersion(version);
    QVERIFY(openAndReadUsage());
    auto *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    QVERIFY(!view->horizontalHeader()->isSectionHidden(LlmTableModel::UsedByColumn));

    const QModelIndex gpt4o = usedByCell(u"gpt-4o"_s);
    QCOMPARE(gpt4o.data().toString(), u"1"_s);
    const QString tip = gpt4o.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"primary model of pipeline “Customer support”"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"bots: QQ support"_s), qPrintable(tip));
    const QString bge = usedByCell(u"BAAI/bge-m3"_s).data(Qt::ToolTipRole).toString();
    QVERIFY2(bge.contains(u"knowledge base “Papers”, searched by pipeline “Research”"_s), qPrintable(bge));
    QVERIFY2(bge.contains(u"Telegram sales"_s) && bge.contains(u"WeCom research"_s), qPrintable(bge));
    QCOMPARE(usedByCell(u"llama3.1:8b"_s).data().toString(), u"0"_s);
    QVERIFY(usedByCell(u"llama3.1:8b"_s).data(Qt::ToolTipRole).toString().contains(u"No pipeline"_s));
    // "Legacy FAQ" (made by 4.9.0) names gpt-4o-mini as a plain string.
    QCOMPARE(usedByCell(u"gpt-4o-mini"_s).data().toString(), u"2"_s);
    const QString mini = usedByCell(u"gpt-4o-mini"_s).data(Qt::ToolTipRole).toString();
    QVERIFY2(mini.contains(u"primary model of pipeline “Legacy FAQ”"_s), qPrintable(mini));
    QVERIFY2(mini.contains(u"bots: Discord FAQ"_s), qPrintable(mini));

    // Sortable by the count: unused first, used last.
    view->sortByColumn(LlmTableModel::UsedByColumn, Qt::AscendingOrder);
    const QAbstractItemModel *shown = view->model();
    QCOMPARE(shown->index(0, LlmTableModel::UsedByColumn).data().toString(), u"0"_s);
    QCOMPARE(shown->index(shown->rowCount() - 1, LlmTableModel::UsedByColumn).data().toString(), u"2"_s);
}

void TestMainWindowUsage::legacyServerShowsUnknown()
{
    serveVersion(u"4.6"_s);
    QVERIFY(openWindow());
    const LlmTableModel *model = m_window->workspace()->models();
    QTRY_VERIFY(!m_window->workspace()->usageNote().isEmpty());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, LlmTableModel::UsedByColumn);
        QCOMPARE(cell.data().toString(), u"—"_s); // unknown, not 0
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"4.0–4.6"_s),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
    }
    QVERIFY(model->headerData(LlmTableModel::UsedByColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"4.0–4.6"_s));
    // The 4.0–4.6 table stays as it was: no Used by column to read.
    const QTableView *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    QVERIFY(view->horizontalHeader()->isSectionHidden(LlmTableModel::UsedByColumn));
    QTest::qWait(200); // past the chips' recount
    QVERIFY(unusedChip()->isHidden());
    QVERIFY(!action(u"whereUsedAction"_s)->isVisible());
    QCOMPARE(m_server->requestCount(u"GET /api/v1/pipelines"_s), 0);
}

void TestMainWindowUsage::unusedChipFilters_data()
{
    usedByColumn_data();
}

void TestMainWindowUsage::unusedChipFilters()
{
    QFETCH(QString, version);
    serveVersion(version);
    QVERIFY(openAndReadUsage());
    QTRY_VERIFY(unusedChip()->isEnabled());
    QTRY_VERIFY(unusedChip()->isVisible());
    QCOMPARE(unusedChip()->text(), u"Unused (2)"_s);
    QVERIFY(!unusedChip()->accessibleName().isEmpty());

    QTest::mouseClick(unusedChip(), Qt::LeftButton);
    QTRY_COMPARE(proxy()->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        names << proxy()->index(row, LlmTableModel::NameColumn).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList{u"Qwen/Qwen2.5-72B-Instruct"_s, u"llama3.1:8b"_s}));

    QTest::mouseClick(unusedChip(), Qt::LeftButton);
    QTRY_COMPARE(proxy()->rowCount(), m_window->workspace()->models()->rowCount());
}

void TestMainWindowUsage::everyChipFitsAt1024_data()
{
    usedByColumn_data();
}

// On a small screen the chip row wraps: every chip, the Unused one last, is
// inside the window, whole, without scrolling.
void TestMainWindowUsage::everyChipFitsAt1024()
{
    QFETCH(QString, version);
    serveVersion(version);
    QVERIFY(openAndReadUsage());
    m_window->resize(1024, 768);
    QTRY_COMPARE(m_window->width(), 1024);
    QTRY_VERIFY(unusedChip()->isVisible() && unusedChip()->isEnabled());
    const auto *bar = lookup<lb::gui::FilterChipBar>(*m_window, u"filterChipBar"_s);
    const auto inside = [this](const QWidget *chip) {
        const QRect shown(chip->mapTo(m_window.get(), QPoint(0, 0)), chip->size());
        return m_window->rect().contains(shown) && chip->visibleRegion() == QRegion(chip->rect());
    };
    QTRY_VERIFY2(
        inside(unusedChip()),
        qPrintable(u"Unused chip at x %1, window %2 wide"_s.arg(unusedChip()->mapTo(m_window.get(), QPoint(0, 0)).x())
                       .arg(m_window->width())));
    // The ability chips follow the model list, which a slow machine may
    // still be applying: wait for every group, then check each chip.
    const auto shownChips = [bar] {
        QList<const QToolButton *> shown;
        for (const QToolButton *chip : bar->findChildren<QToolButton *>()) {
            if (chip->isVisible())
                shown << chip;
        }
        return shown;
    };
    QTRY_VERIFY2(shownChips().size() >= 9, // types, abilities, last test and Unused
                 qPrintable(u"%1 chips shown"_s.arg(shownChips().size())));
    for (const QToolButton *chip : shownChips())
        QTRY_VERIFY2(inside(chip), qPrintable(chip->objectName()));
}

void TestMainWindowUsage::refusedPipelinesMakeUsageUnknown()
{
    serveVersion(u"4.10"_s);
    refusePipelines();
    QVERIFY(openAndReadUsage());
    QVERIFY(!m_window->workspace()->models()->usage().isComplete());
    // No use found, but the pipelines were not read: unknown, not 0.
    const QModelIndex llama = usedByCell(u"llama3.1:8b"_s);
    QCOMPARE(llama.data().toString(), u"—"_s);
    QVERIFY2(llama.data(Qt::ToolTipRole).toString().contains(u"resource.view"_s),
             qPrintable(llama.data(Qt::ToolTipRole).toString()));
    // The Unused chip is off and disabled, saying why.
    QTRY_VERIFY(unusedChip()->isVisible());
    QVERIFY(!unusedChip()->isEnabled());
    QVERIFY(!unusedChip()->isChecked());
    QVERIFY2(unusedChip()->toolTip().contains(u"resource.view"_s), qPrintable(unusedChip()->toolTip()));
}

void TestMainWindowUsage::whereUsedDialogListsUses()
{
    serveVersion(u"4.10"_s);
    QVERIFY(openAndReadUsage());
    QVERIFY(m_window->selectModel(uuidOf(u"gpt-4o-mini"_s)));
    QAction *whereUsed = action(u"whereUsedAction"_s);
    QTRY_VERIFY(whereUsed->isEnabled());
    whereUsed->trigger();
    auto *dialog = m_window->findChild<lb::gui::WhereUsedDialog *>(u"whereUsedDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(dialog->summary().contains(u"“gpt-4o-mini” is used by 2 pipeline"_s), qPrintable(dialog->summary()));
    QTreeWidget *list = dialog->list();
    QVERIFY(!list->accessibleName().isEmpty());
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"fallback 1 of pipeline “Customer support”"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"QQ support"_s);
    QCOMPARE(list->topLevelItem(1)->text(0), u"primary model of pipeline “Legacy FAQ”"_s); // a plain-string model
    QCOMPARE(list->topLevelItem(1)->text(1), u"Discord FAQ"_s);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<lb::gui::WhereUsedDialog *>()); // deleted on close

    // An unused model: the dialog says so.
    QVERIFY(m_window->selectModel(uuidOf(u"llama3.1:8b"_s)));
    whereUsed->trigger();
    dialog = m_window->findChild<lb::gui::WhereUsedDialog *>(u"whereUsedDialog"_s);
    QVERIFY(dialog);
    QVERIFY2(dialog->summary().contains(u"No pipeline"_s), qPrintable(dialog->summary()));
    dialog->close();
}

void TestMainWindowUsage::deleteNamesWhatBreaks_data()
{
    usedByColumn_data();
}

void TestMainWindowUsage::deleteNamesWhatBreaks()
{
    QFETCH(QString, version);
    serveVersion(version);
    QVERIFY(openAndReadUsage());
    const QString reasoner = uuidOf(u"deepseek-reasoner"_s);
    const QString gpt4o = uuidOf(u"gpt-4o"_s);
    auto *view = lookup<QTableView>(*m_window, u"modelTable"_s);
    view->selectionModel()->clearSelection();
    for (const QString &uuid : {reasoner, gpt4o}) {
        const QModelIndex index = proxy()->mapFromSource(
            m_window->workspace()->models()->index(m_window->workspace()->models()->rowOf(uuid), 0));
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_server->resetCounters();
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    action(u"deleteAction"_s)->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.startsWith(u"Delete 2 models? This cannot be undone."_s), qPrintable(text));
    // Most severe first: the bots that stop answering, then the fallback.
    const qsizetype stops = text.indexOf(u"Pipeline “Research” loses its model “deepseek-reasoner” and has no fallback "
                                         "left: bots “Telegram sales”, “WeCom research” stop answering."_s);
    const qsizetype fallsBack = text.indexOf(
        u"Pipeline “Customer support” loses its model “gpt-4o” and answers from fallback “gpt-4o-mini”"_s);
    QVERIFY2(stops > 0 && fallsBack > stops, qPrintable(text));
    QTest::qWait(100);
    QCOMPARE(m_server->writeRequestCount(), 0);

    // Not a production profile: accepted without typing, both go.
    QSignalSpy deleted(m_window.get(), &MainWindow::modelDeleted);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    action(u"deleteAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 2, 5000);
    QVERIFY(m_server->model(reasoner).isEmpty());

    // The index is read again: deleting the fallback that answers now stops
    // the bots of "Customer support" only if no fallback is left after it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspace()->isUsageLoading(), 5000);
    QVERIFY(m_window->selectModel(uuidOf(u"gpt-4o-mini"_s)));
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    action(u"deleteAction"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"Pipeline “Customer support” loses its model “gpt-4o-mini” and answers "
                                             "from fallback “deepseek-chat”"_s),
             qPrintable(MessageBox::lastText()));
}

void TestMainWindowUsage::deleteOfUnusedModelSaysSo()
{
    serveVersion(u"4.10"_s);
    QVERIFY(openAndReadUsage());
    QVERIFY(m_window->selectModel(uuidOf(u"llama3.1:8b"_s)));
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    action(u"deleteAction"_s)->trigger();
    QCOMPARE(MessageBox::lastText(),
             u"Delete model “llama3.1:8b”? This cannot be undone.\n\n"
             "No pipeline, knowledge base or bot uses it."_s);
}

void TestMainWindowUsage::productionDeleteListsBreakageAndNeedsName()
{
    serveVersion(u"4.10"_s);
    QVERIFY(openAndReadUsage());
    lb::gui::ServerIdentity identity;
    identity.name = u"Acme production"_s;
    identity.environmentName = u"Production"_s;
    identity.color = QColor(Qt::red);
    identity.production = true;
    m_window->setIdentity(identity);
    const QString reranker = uuidOf(u"BAAI/bge-reranker-v2-m3"_s);
    QVERIFY(m_window->selectModel(reranker));
    m_server->resetCounters();

    MessageBox::setNextTypedAnswer(u"Acme"_s);
    action(u"deleteAction"_s)->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"Pipeline “Customer support” loses its rerank model “BAAI/bge-reranker-v2-m3”"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"“Acme production” is a production server."_s), qPrintable(text));
    QTest::qWait(200);
    QCOMPARE(m_server->writeRequestCount(), 0);

    QSignalSpy deleted(m_window.get(), &MainWindow::modelDeleted);
    MessageBox::setNextTypedAnswer(u"Acme production"_s);
    action(u"deleteAction"_s)->trigger();
    QVERIFY(deleted.wait(5000));
    QVERIFY(m_server->model(lb::ModelType::Rerank, reranker).isEmpty());
}

void TestMainWindowUsage::deleteWithUnknownUsageSaysWhy()
{
    serveVersion(u"4.10"_s);
    refusePipelines();
    QVERIFY(openAndReadUsage());
    QVERIFY(m_window->selectModel(uuidOf(u"deepseek-reasoner"_s)));
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    action(u"deleteAction"_s)->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"could not be checked"_s) && text.contains(u"resource.view"_s), qPrintable(text));
}

QTEST_MAIN(TestMainWindowUsage)
#include "tst_mainwindowusage.moc"
