// The model dialog's saves against a second client (tst_modeldialog holds the
// rest): a conflict is reported, never overwritten silently (overwrite,
// re-edit, cancel keeps theirs), a model deleted meanwhile, a failed save
// keeping every value, and the conflict dialog showing both sides.

#include "ModelDialogTest.h"

class TestModelConflicts : public ModelDialogTest
{
    Q_OBJECT
private slots:
    void conflictIsReportedAndCancelKeepsTheirs();
    void conflictOverwrite();
    void conflictReedit();
    void deletedMeanwhile();
    void failedSaveKeepsEverything();
    void conflictDialogShowsBothSides();
};

void TestModelConflicts::conflictIsReportedAndCancelKeepsTheirs()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    // A second client changes the model meanwhile.
    ApiClient second(settingsFor(*m_server, true));
    QJsonObject theirs = LlmModel(m_server->model(u"m-1"_s)).updateBody();
    theirs.insert(u"description"_s, u"Changed by a colleague"_s);
    ApiCall *put = second.updateModel(u"m-1"_s, theirs);
    QSignalSpy putDone(put, &ApiCall::finished);
    QVERIFY(putDone.wait(5000));
    const QJsonObject afterThem = m_server->model(u"m-1"_s);

    setText(dialog->nameEdit(), u"gpt-4o-renamed"_s);
    connect(dialog, &ModelDialog::conflictDetected, this,
            [] { ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Cancel); });
    QSignalSpy conflict(dialog, &ModelDialog::conflictDetected);
    QSignalSpy saved(dialog, &ModelDialog::saved);
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(conflict.wait(5000));
    QTRY_VERIFY(!dialog->isSaving());
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->banner()->isVisible());
    QVERIFY(dialog->banner()->text().contains(u"Not saved"_s));
    // Their change was shown.
    const QList<FieldChange> shown = ChangeReviewDialog::lastChanges();
    QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [](const FieldChange &c) {
        return c.path == u"description"_s && c.newText.contains(u"colleague"_s);
    }));
    QVERIFY(ChangeReviewDialog::lastText().contains(u"Someone changed"_s));
    // Nothing overwritten.
    QCOMPARE(m_server->model(u"m-1"_s), afterThem);
    QCOMPARE(requestsTo(*m_server, "PUT", kModelsPath).size(), 1); // the colleague's
    QCOMPARE(dialog->nameEdit()->text(), u"gpt-4o-renamed"_s);
    // Saving again asks again: still never silent.
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
    dialog->save();
    QVERIFY(conflict.wait(5000));
    QTRY_VERIFY(!dialog->isSaving());
    QCOMPARE(m_server->model(u"m-1"_s), afterThem);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
}

void TestModelConflicts::conflictOverwrite()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    QJsonObject changed = m_server->model(u"m-1"_s);
    changed.insert(u"description"_s, u"Theirs"_s);
    changed.insert(u"updated_at"_s, u"2025-05-03T08:00:00"_s);
    m_server->setModels({changed, model(u"m-2"_s, u"claude-sonnet"_s, u"anthropic-messages"_s)});

    setText(dialog->nameEdit(), u"mine"_s);
    QSignalSpy conflict(dialog, &ModelDialog::conflictDetected);
    connect(dialog, &ModelDialog::conflictDetected, this,
            [] { ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Overwrite); });
    QSignalSpy saved(dialog, &ModelDialog::saved);
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
    dialog->save();
    QVERIFY(saved.wait(5000));
    QCOMPARE(conflict.count(), 1);
    const QJsonObject stored = m_server->model(u"m-1"_s);
    QCOMPARE(stored.value(u"name"_s).toString(), u"mine"_s);
    // Overwrite: what the dialog showed, their description included.
    QCOMPARE(stored.value(u"description"_s).toString(), u"The team's default chat model"_s);
}

void TestModelConflicts::conflictReedit()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    QJsonObject changed = m_server->model(u"m-1"_s);
    changed.insert(u"description"_s, u"Theirs"_s);
    QJsonObject config = changed.value(u"requester_config"_s).toObject();
    config.insert(u"timeout"_s, 30);
    changed.insert(u"requester_config"_s, config);
    changed.insert(u"updated_at"_s, u"2025-05-03T08:00:00"_s);
    m_server->setModels({changed, model(u"m-2"_s, u"claude-sonnet"_s, u"anthropic-messages"_s)});

    setText(dialog->nameEdit(), u"mine"_s);
    auto *url = qobject_cast<LineFieldEditor *>(dialog->configForm()->editor(u"base_url"_s));
    setText(url->lineEdit(), u"https://proxy.example.com/v1"_s);
    connect(dialog, &ModelDialog::conflictDetected, this,
            [] { ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Reedit); });
    QSignalSpy conflict(dialog, &ModelDialog::conflictDetected);
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
    dialog->save();
    QVERIFY(conflict.wait(5000));
    QTRY_VERIFY(!dialog->isSaving());
    // Their version with my changes on top.
    QCOMPARE(dialog->nameEdit()->text(), u"mine"_s);
    QCOMPARE(dialog->descriptionEdit()->text(), u"Theirs"_s);
    QCOMPARE(dialog->configForm()->editor(u"timeout"_s)->value(), QJsonValue(30));
    QCOMPARE(dialog->configForm()->editor(u"base_url"_s)->value(), QJsonValue(u"https://proxy.example.com/v1"_s));
    QVERIFY(dialog->isDirty());
    QVERIFY(dialog->configForm()->isDirty(u"base_url"_s));
    QVERIFY(!dialog->configForm()->isDirty(u"timeout"_s));
    QCOMPARE(dialog->original().updatedAtText(), u"2025-05-03T08:00:00"_s);
    QVERIFY(dialog->banner()->text().contains(u"Their version is loaded"_s));
    QCOMPARE(m_server->model(u"m-1"_s), changed); // nothing sent yet
    // Saving now goes through (their updated_at is the base).
    disconnect(dialog, &ModelDialog::conflictDetected, this, nullptr);
    QVERIFY(saveWith(dialog));
    QCOMPARE(conflict.count(), 1);
    const QJsonObject stored = m_server->model(u"m-1"_s);
    QCOMPARE(stored.value(u"name"_s).toString(), u"mine"_s);
    QCOMPARE(stored.value(u"description"_s).toString(), u"Theirs"_s);
    QCOMPARE(stored.value(u"requester_config"_s).toObject().value(u"timeout"_s).toInt(), 30);
    QCOMPARE(stored.value(u"requester_config"_s).toObject().value(u"base_url"_s).toString(),
             u"https://proxy.example.com/v1"_s);
}

void TestModelConflicts::deletedMeanwhile()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    m_server->setModels({model(u"m-2"_s, u"claude-sonnet"_s, u"anthropic-messages"_s)});
    setText(dialog->nameEdit(), u"mine"_s);
    QSignalSpy failed(dialog, &ModelDialog::saveFailed);
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
    dialog->save();
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.constFirst().at(0).toString().contains(u"no longer exists"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), u"mine"_s);
    QVERIFY(requestsTo(*m_server, "PUT", kModelsPath).isEmpty());
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
}

void TestModelConflicts::failedSaveKeepsEverything()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::New);
    QVERIFY(dialog);
    dialog->setRequester(u"jiekouai-chat-completions"_s);
    QTest::keyClicks(dialog->nameEdit(), u"qwen-max"_s);
    auto *args = qobject_cast<JsonFieldEditor *>(dialog->configForm()->editor(u"args"_s));
    args->textEdit()->setPlainText(u"{\"region\": \"cn\"}"_s);
    click(dialog, dialog->keysEditor()->addButton());
    QTest::keyClicks(dialog->keysEditor()->keyEdit(0), u"sk-abc"_s);
    const QJsonObject before = dialog->body();

    FakeLangBotServer::FaultSpec fault;
    fault.fault = FakeLangBotServer::Fault::Error500Legacy;
    fault.message = u"(sqlite3.OperationalError) database is locked"_s;
    fault.times = 1;
    m_server->setFault(u"POST "_s + kModelsPath, fault);
    QSignalSpy failed(dialog, &ModelDialog::saveFailed);
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->banner()->isShowingError());
    QVERIFY(dialog->banner()->text().contains(u"database is locked"_s));
    QCOMPARE(dialog->body(), before);
    QCOMPARE(dialog->nameEdit()->text(), u"qwen-max"_s);
    QCOMPARE(dialog->requesterName(), u"jiekouai-chat-completions"_s);
    QCOMPARE(dialog->keysEditor()->keys(), QStringList{u"sk-abc"_s});
    QVERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(dialog->cancelButton()->isEnabled());
    QVERIFY(serverModel(*m_server, u"qwen-max"_s).isEmpty());
    // The next try works.
    QVERIFY(saveWith(dialog));
    QCOMPARE(serverModel(*m_server, u"qwen-max"_s).value(u"requester_config"_s).toObject().value(u"args"_s),
             QJsonValue(QJsonObject{{u"region"_s, u"cn"_s}}));
}

void TestModelConflicts::conflictDialogShowsBothSides()
{
    const QJsonObject base = LlmModel(model(u"m-1"_s, u"gpt-4o"_s)).updateBody();
    QJsonObject theirs = base;
    theirs.insert(u"description"_s, u"Theirs"_s);
    theirs.insert(u"api_keys"_s, QJsonArray{u"sk-other"_s});
    QJsonObject mine = base;
    mine.insert(u"description"_s, u"Mine"_s);
    ChangeReviewDialog dialog(u"The Model Changed on the Server"_s, u"Someone changed “gpt-4o”."_s);
    QTreeWidget *their = dialog.addChanges(u"Their changes"_s, ImportPlan::diff(base, theirs), {u"description"_s});
    QTreeWidget *my = dialog.addChanges(u"Your changes"_s, ImportPlan::diff(base, mine), {u"description"_s});
    dialog.addChoice(u"Cancel"_s, ChangeReviewDialog::Choice::Cancel);
    dialog.addChoice(u"Re-edit on Their Version"_s, ChangeReviewDialog::Choice::Reedit, true);
    QPushButton *overwrite = dialog.addChoice(u"Overwrite with Mine"_s, ChangeReviewDialog::Choice::Overwrite);
    QCOMPARE(their->topLevelItemCount(), 2);
    QCOMPARE(my->topLevelItemCount(), 1);
    QTreeWidgetItem *description = their->findItems(u"description"_s, Qt::MatchExactly).value(0);
    QVERIFY(description);
    QVERIFY(description->font(0).bold());
    QCOMPARE(description->text(2), u"\"Theirs\""_s);
    // Keys are never shown.
    QTreeWidgetItem *keys = their->findItems(u"api_keys"_s, Qt::MatchExactly).value(0);
    QVERIFY(keys && !keys->text(1).contains(u"sk-"_s) && !keys->text(2).contains(u"sk-"_s));
    dialog.show();
    QTest::mouseClick(overwrite, Qt::LeftButton);
    QCOMPARE(dialog.choice(), ChangeReviewDialog::Choice::Overwrite);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString target = qEnvironmentVariable("LANGBOT_CONFLICT_PNG");
    if (!target.isEmpty()) {
        dialog.show();
        QVERIFY(dialog.grab().save(target));
    }
}

QTEST_MAIN(TestModelConflicts)
#include "tst_modelconflicts.moc"
#include "moc_ModelDialogTest.cpp"
