// The model dialog against the fake server: New (the requester picker, search,
// defaults, changing the requester), Edit (fixed requester, unknown fields
// survive, no uuid/created_at/updated_at in the update body), Duplicate (name
// suffixed, keys only when ticked), Test before save with its round trip, the
// diff shown before saving (conflicts: tst_modelconflicts), closing with
// unsaved changes, the generic form on an API-key
// profile, cached schemas, requester icons cached per profile, and the New /
// Edit / Duplicate actions of the main window. Also the documentation picture.

#include "ModelDialogTest.h"
#include "models/ProviderModelDialog.h"

class TestModelDialog : public ModelDialogTest
{
    Q_OBJECT
private slots:
    void newModelWithDefaults();
    void newModelCreates();
    void requesterPickerSearchesAndOffersOnlyLlm();
    void changingRequesterKeepsTypedValues();
    void everyFixtureRequesterBuildsInTheDialog();
    void validationIsInlineAndSaveSaysWhy();
    void editKeepsRequesterAndUnknownFields();
    void updateBodyNeverHoldsServerFields();
    void reviewShowsTheDiffWithoutSecrets();
    void reviewDeclinedSendsNothing();
    void duplicateWithoutAndWithKeys();
    void testBeforeSave();
    void testFailureShowsProviderMessage();
    void closingAsksWhenDirty();
    void genericFormOnApiKeyProfile();
    void cachedSchemasOnApiKeyProfile();
    void requesterIconsAreCachedPerProfile();
    void tabOrderFollowsTheForm();
    void mainWindowActions();
    void appControllerSetsTheSchemaAccess();
    void screenshot();
};

void TestModelDialog::newModelWithDefaults()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::New);
    QVERIFY(dialog);
    QCOMPARE(dialog->requesterName(), u"openai-chat-completions"_s);
    QCOMPARE(dialog->requesterPicker()->currentName(), u"openai-chat-completions"_s);
    QVERIFY(dialog->requesterPicker()->isVisible());
    QCOMPARE(dialog->requesterTitle()->text(), u"OpenAI"_s);
    auto *url = qobject_cast<LineFieldEditor *>(dialog->configForm()->editor(u"base_url"_s));
    QVERIFY(url);
    QCOMPARE(url->lineEdit()->text(), u"https://api.openai.com/v1"_s);
    QCOMPARE(dialog->configForm()->editor(u"timeout"_s)->value(), QJsonValue(120));
    QVERIFY(!dialog->isDirty());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->saveBlockedReason(), u"Name is required."_s);
    QCOMPARE(dialog->saveButton()->toolTip(), u"Name is required."_s);
    QVERIFY(dialog->saveHintLabel()->isVisible());
    QVERIFY(!dialog->schemaNotice()->isVisible());
    QVERIFY(dialog->keysEditor()->keys().isEmpty());
    QVERIFY(dialog->nameEdit()->hasFocus());
    // Closing an untouched dialog does not ask.
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void TestModelDialog::newModelCreates()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::New);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), u"gpt-4.1-mini"_s);
    QTest::keyClicks(dialog->descriptionEdit(), u"Cheap and quick"_s);
    click(dialog, dialog->keysEditor()->addButton());
    QTest::keyClicks(dialog->keysEditor()->keyEdit(0), u"sk-new-key"_s);
    click(dialog, dialog->abilitiesEditor()->checkBox(u"func_call"_s));
    click(dialog, dialog->extraArgsEditor()->addButton());
    QTest::keyClicks(dialog->extraArgsEditor()->keyEdit(0), u"max_tokens"_s);
    auto *type = dialog->extraArgsEditor()->typeCombo(0);
    type->setCurrentIndex(type->findData(int(ExtraArgsEditor::Type::Number)));
    QTest::keyClicks(qobject_cast<QLineEdit *>(dialog->extraArgsEditor()->valueEditor(0)), u"2048"_s);
    QVERIFY(dialog->isDirty());
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->saveBlockedReason()));

    QSignalSpy saved(dialog, &ModelDialog::saved);
    QVERIFY(saveWith(dialog));
    QCOMPARE(saved.constFirst().at(1).toBool(), true);
    const QString uuid = saved.constFirst().at(0).toString();
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(dialog->savedUuid(), uuid);
    QVERIFY(!dialog->isVisible());

    const QJsonObject created = m_server->model(uuid);
    QCOMPARE(created.value(u"name"_s).toString(), u"gpt-4.1-mini"_s);
    QCOMPARE(created.value(u"description"_s).toString(), u"Cheap and quick"_s);
    QCOMPARE(created.value(u"requester"_s).toString(), u"openai-chat-completions"_s);
    QCOMPARE(created.value(u"requester_config"_s).toObject(),
             (QJsonObject{{u"base_url"_s, u"https://api.openai.com/v1"_s}, {u"timeout"_s, 120}}));
    QCOMPARE(created.value(u"api_keys"_s).toArray(), QJsonArray{u"sk-new-key"_s});
    QCOMPARE(created.value(u"abilities"_s).toArray(), QJsonArray{u"func_call"_s});
    QCOMPARE(created.value(u"extra_args"_s).toObject(), (QJsonObject{{u"max_tokens"_s, 2048}}));
    const auto posts = requestsTo(*m_server, "POST", kModelsPath);
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = bodyOf(posts.constFirst());
    for (const QString &field : {u"uuid"_s, u"created_at"_s, u"updated_at"_s})
        QVERIFY(!body.contains(field));
    // The review listed what was sent.
    const QList<FieldChange> changes = ChangeReviewDialog::lastChanges();
    QVERIFY(std::any_of(changes.cbegin(), changes.cend(), [](const FieldChange &c) {
        return c.path == u"name"_s && c.newText.contains(u"gpt-4.1-mini"_s);
    }));
}

void TestModelDialog::requesterPickerSearchesAndOffersOnlyLlm()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::New);
    QVERIFY(dialog);
    RequesterPicker *picker = dialog->requesterPicker();
    // The list's filter and the requesters under it, while searching.
    const auto *proxy = qobject_cast<QSortFilterProxyModel *>(picker->listView()->model());
    QVERIFY(proxy);
    QAbstractItemModelTester proxyTester(picker->listView()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(picker->visibleNames().size(), 23);
    QVERIFY(!picker->visibleNames().contains(u"seekdb-embedding"_s));
    QTest::keyClicks(picker->searchEdit(), u"claude"_s);
    QCOMPARE(picker->visibleNames(), QStringList{u"anthropic-messages"_s});
    // The current choice does not change by searching.
    QCOMPARE(dialog->requesterName(), u"openai-chat-completions"_s);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QCOMPARE(dialog->requesterName(), u"anthropic-messages"_s);
    QCOMPARE(dialog->requesterTitle()->text(), u"Anthropic"_s);
    picker->setSearchText(u"硅基"_s);
    QCOMPARE(picker->visibleNames(), QStringList{u"siliconflow-chat-completions"_s});
    setText(picker->searchEdit(), u"ollama"_s);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    QVERIFY(picker->listView()->hasFocus());
    QCOMPARE(dialog->requesterName(), u"ollama-chat"_s);
    // Enter in the list goes on to the name, not to Save.
    QTest::keyClick(picker->listView(), Qt::Key_Return);
    QVERIFY(dialog->nameEdit()->hasFocus());
    QVERIFY(dialog->isVisible());
}

void TestModelDialog::changingRequesterKeepsTypedValues()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::New);
    QVERIFY(dialog);
    auto *url = qobject_cast<LineFieldEditor *>(dialog->configForm()->editor(u"base_url"_s));
    setText(url->lineEdit(), u"https://gateway.example.com/v1"_s);
    auto *timeout = qobject_cast<NumberFieldEditor *>(dialog->configForm()->editor(u"timeout"_s));
    setText(timeout->lineEdit(), u"300"_s);

    dialog->setRequester(u"jiekouai-chat-completions"_s);
    QCOMPARE(dialog->requesterPicker()->currentName(), u"jiekouai-chat-completions"_s);
    SchemaForm *form = dialog->configForm();
    QCOMPARE(form->editors().size(), 3);
    QCOMPARE(form->editor(u"base_url"_s)->value(), QJsonValue(u"https://gateway.example.com/v1"_s));
    QCOMPARE(form->editor(u"timeout"_s)->value(), QJsonValue(300)); // "int" there: same name, kept
    QCOMPARE(form->editor(u"args"_s)->value(), QJsonValue(QJsonObject()));

    // A value still at the old default takes the new requester's default.
    dialog->setRequester(u"openai-chat-completions"_s);
    dialog->setRequester(u"deepseek-chat-completions"_s);
    QCOMPARE(dialog->configForm()->editor(u"base_url"_s)->value(), QJsonValue(u"https://gateway.example.com/v1"_s));
    auto *url2 = qobject_cast<LineFieldEditor *>(dialog->configForm()->editor(u"base_url"_s));
    setText(url2->lineEdit(), u"https://api.deepseek.com"_s); // its default, typed back
    dialog->setRequester(u"moonshot-chat-completions"_s);
    QCOMPARE(dialog->configForm()->editor(u"base_url"_s)->value(), QJsonValue(u"https://api.moonshot.ai/v1"_s));
    QCOMPARE(dialog->edited().requester(), u"moonshot-chat-completions"_s);
}

void TestModelDialog::everyFixtureRequesterBuildsInTheDialog()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::New);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), u"probe"_s);
    LB_REQUIRE_REQUESTERS(fixture);
    const QList<RequesterSchema> &all = fixture.requesters;
    QCOMPARE(all.size(), 24);
    int llm = 0;
    for (const RequesterSchema &schema : all) {
        if (!schema.supports(u"llm"_s))
            continue;
        ++llm;
        dialog->setRequester(schema.name());
        QCOMPARE(dialog->requesterName(), schema.name());
        QVERIFY(!dialog->schema().isGeneric());
        QCOMPARE(dialog->configForm()->editors().size(), schema.fields().size());
        QVERIFY2(dialog->saveBlockedReason().isEmpty(),
                 qPrintable(schema.name() + u": "_s + dialog->saveBlockedReason()));
        QCOMPARE(dialog->body().value(u"requester"_s).toString(), schema.name());
    }
    QCOMPARE(llm, 23);
}

void TestModelDialog::validationIsInlineAndSaveSaysWhy()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->saveBlockedReason(), u"Nothing has changed yet."_s);
    auto *url = qobject_cast<LineFieldEditor *>(dialog->configForm()->editor(u"base_url"_s));
    setText(url->lineEdit(), QString());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->configForm()->shownError(u"base_url"_s), u"Base URL is required."_s);
    QCOMPARE(dialog->saveHintLabel()->text(), u"Base URL is required."_s);
    QTest::keyClicks(url->lineEdit(), u"api.openai.com"_s);
    QVERIFY(dialog->configForm()->shownError(u"base_url"_s).contains(u"http:// or https://"_s));
    setText(url->lineEdit(), u"https://api.openai.com/v2"_s);
    QVERIFY(dialog->configForm()->shownError(u"base_url"_s).isEmpty());
    QVERIFY(dialog->saveButton()->isEnabled());

    auto *timeout = qobject_cast<NumberFieldEditor *>(dialog->configForm()->editor(u"timeout"_s));
    setText(timeout->lineEdit(), u"soon"_s);
    QCOMPARE(dialog->configForm()->shownError(u"timeout"_s), u"Timeout must be a whole number."_s);
    setText(dialog->nameEdit(), QString());
    QVERIFY(dialog->saveBlockedReason().startsWith(u"Name is required."_s));
    QVERIFY(dialog->saveBlockedReason().contains(u"1 more problem"_s));
    QVERIFY(!dialog->testButton()->isEnabled());
    // Keys and extra arguments say what is wrong under their editors.
    setText(dialog->nameEdit(), u"gpt-4o"_s);
    setText(timeout->lineEdit(), u"60"_s);
    click(dialog, dialog->keysEditor()->addButton());
    QVERIFY(dialog->keysErrorLabel()->isVisible());
    QVERIFY(dialog->keysErrorLabel()->text().contains(u"API key 3 is empty"_s));
    QVERIFY(!dialog->saveButton()->isEnabled());
    click(dialog, dialog->keysEditor()->removeButton(2));
    QVERIFY(!dialog->keysErrorLabel()->isVisible());
    dialog->extraArgsEditor()->setValueText(0, u"warm"_s);
    QVERIFY(dialog->extraArgsErrorLabel()->text().contains(u"must be a number"_s));
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->extraArgsEditor()->setValueText(0, u"0.2"_s);
    QVERIFY(dialog->saveButton()->isEnabled());
    // Nothing was sent while editing.
    QVERIFY(requestsTo(*m_server, "PUT", kModelsPath).isEmpty());
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
}

void TestModelDialog::editKeepsRequesterAndUnknownFields()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    QVERIFY(!dialog->requesterPicker()->isVisible());
    QVERIFY(dialog->requesterFixedLabel()->isVisible());
    QCOMPARE(dialog->requesterTitle()->text(), u"OpenAI"_s);
    QCOMPARE(dialog->nameEdit()->text(), u"gpt-4o"_s);
    QCOMPARE(dialog->keysEditor()->keys(), (QStringList{u"sk-live-0001"_s, u"sk-live-0002"_s}));
    QVERIFY(dialog->abilitiesEditor()->checkBox(u"vision"_s)->isChecked());
    // requester_config's key without a field is shown under Other settings.
    QVERIFY(dialog->configForm()->extrasEditor());
    QVERIFY(!dialog->isDirty());
    // setRequester does nothing on a saved model.
    dialog->setRequester(u"anthropic-messages"_s);
    QCOMPARE(dialog->requesterName(), u"openai-chat-completions"_s);

    setText(dialog->descriptionEdit(), u"Moved to the proxy"_s);
    auto *url = qobject_cast<LineFieldEditor *>(dialog->configForm()->editor(u"base_url"_s));
    setText(url->lineEdit(), u"https://proxy.example.com/v1"_s);
    QVERIFY(dialog->isDirty());
    QVERIFY(dialog->isWindowModified());
    QVERIFY(saveWith(dialog));

    const QJsonObject stored = m_server->model(u"m-1"_s);
    QCOMPARE(stored.value(u"description"_s).toString(), u"Moved to the proxy"_s);
    QCOMPARE(stored.value(u"requester_config"_s).toObject(),
             (QJsonObject{{u"base_url"_s, u"https://proxy.example.com/v1"_s},
                          {u"timeout"_s, 120},
                          {u"organization"_s, u"org-42"_s}}));
    QCOMPARE(stored.value(u"future_field"_s).toObject().value(u"from"_s).toString(), u"a newer server"_s);
    QCOMPARE(stored.value(u"api_keys"_s).toArray().size(), 2);
    QCOMPARE(stored.value(u"requester"_s).toString(), u"openai-chat-completions"_s);
    // Read again right before the PUT.
    const auto requests = m_server->requests();
    int get = -1, put = -1;
    for (int i = 0; i < requests.size(); ++i) {
        if (requests.at(i).method == "GET" && requests.at(i).path == kModelsPath + u"/m-1"_s)
            get = i;
        if (requests.at(i).method == "PUT" && requests.at(i).path == kModelsPath + u"/m-1"_s)
            put = i;
    }
    QVERIFY(get >= 0 && put > get);
}

void TestModelDialog::updateBodyNeverHoldsServerFields()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-2"_s);
    QVERIFY(dialog);
    setText(dialog->nameEdit(), u"claude-sonnet-4"_s);
    const QJsonObject body = dialog->body();
    for (const QString &field : {u"uuid"_s, u"created_at"_s, u"updated_at"_s, u"requester"_s})
        QVERIFY2(!body.contains(field), qPrintable(field));
    QVERIFY(body.contains(u"future_field"_s));
    QVERIFY(saveWith(dialog));
    const auto puts = requestsTo(*m_server, "PUT", kModelsPath);
    QCOMPARE(puts.size(), 1);
    const QJsonObject sent = bodyOf(puts.constFirst());
    for (const QString &field : {u"uuid"_s, u"created_at"_s, u"updated_at"_s, u"requester"_s})
        QVERIFY2(!sent.contains(field), qPrintable(field));
    QCOMPARE(sent.value(u"name"_s).toString(), u"claude-sonnet-4"_s);
}

void TestModelDialog::reviewShowsTheDiffWithoutSecrets()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    auto *timeout = qobject_cast<NumberFieldEditor *>(dialog->configForm()->editor(u"timeout"_s));
    setText(timeout->lineEdit(), u"60"_s);
    setText(dialog->keysEditor()->keyEdit(0), u"sk-rotated-9999"_s);
    const QList<FieldChange> changes = dialog->changes();
    QCOMPARE(changes.size(), 2);
    const auto find = [&](const QString &path) {
        for (const FieldChange &c : changes) {
            if (c.path == path)
                return c;
        }
        return FieldChange();
    };
    QCOMPARE(find(u"requester_config.timeout"_s).oldText, u"120"_s);
    QCOMPARE(find(u"requester_config.timeout"_s).newText, u"60"_s);
    const FieldChange keys = find(u"api_keys"_s);
    QVERIFY(keys.secret);
    for (const FieldChange &c : changes) {
        QVERIFY(!c.oldText.contains(u"sk-"_s));
        QVERIFY(!c.newText.contains(u"sk-"_s));
    }
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
    QSignalSpy saved(dialog, &ModelDialog::saved);
    dialog->save();
    QVERIFY(saved.wait(5000));
    QCOMPARE(ChangeReviewDialog::lastChanges(), changes);
    QVERIFY(ChangeReviewDialog::lastText().contains(u"gpt-4o"_s));
}

void TestModelDialog::reviewDeclinedSendsNothing()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    setText(dialog->descriptionEdit(), u"x"_s);
    ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Back);
    dialog->save();
    QTest::qWait(100);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->descriptionEdit()->text(), u"x"_s);
    QVERIFY(requestsTo(*m_server, "PUT", kModelsPath).isEmpty());
    QVERIFY(requestsTo(*m_server, "GET", kModelsPath + u"/"_s).isEmpty());
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
}

void TestModelDialog::duplicateWithoutAndWithKeys()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Duplicate, u"m-1"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), u"gpt-4o (copy)"_s);
    QVERIFY(dialog->requesterPicker()->isVisible());
    QCOMPARE(dialog->requesterName(), u"openai-chat-completions"_s);
    QVERIFY(dialog->keysEditor()->keys().isEmpty());
    QVERIFY(dialog->copyKeysCheck()->isVisible());
    QVERIFY(!dialog->copyKeysCheck()->isChecked());
    QVERIFY(dialog->copyKeysCheck()->text().contains(u"2 API keys"_s));
    // The rest comes from the source, unknown fields included.
    QCOMPARE(dialog->configForm()->config().value(u"organization"_s).toString(), u"org-42"_s);
    QVERIFY(!dialog->body().contains(u"uuid"_s));
    QVERIFY(dialog->body().contains(u"future_field"_s));
    QSignalSpy saved(dialog, &ModelDialog::saved);
    QVERIFY(saveWith(dialog));
    const QString copyUuid = saved.constFirst().at(0).toString();
    QVERIFY(copyUuid != u"m-1"_s);
    const QJsonObject copy = m_server->model(copyUuid);
    QCOMPARE(copy.value(u"name"_s).toString(), u"gpt-4o (copy)"_s);
    QCOMPARE(copy.value(u"api_keys"_s).toArray(), QJsonArray());
    QCOMPARE(copy.value(u"extra_args"_s).toObject(), (QJsonObject{{u"temperature"_s, 0.7}}));
    QCOMPARE(copy.value(u"future_field"_s).toObject().value(u"from"_s).toString(), u"a newer server"_s);
    // The source is untouched.
    QCOMPARE(m_server->model(u"m-1"_s), model(u"m-1"_s, u"gpt-4o"_s));

    // Again, with the keys ticked: the next free name, and the keys.
    ModelDialog *again = openDialog(ModelDialog::Mode::Duplicate, u"m-1"_s);
    QVERIFY(again);
    QCOMPARE(again->nameEdit()->text(), u"gpt-4o (copy 2)"_s);
    click(again, again->copyKeysCheck());
    QCOMPARE(again->keysEditor()->keys(), (QStringList{u"sk-live-0001"_s, u"sk-live-0002"_s}));
    QCOMPARE(again->keysEditor()->keyEdit(0)->echoMode(), QLineEdit::Password);
    QSignalSpy savedAgain(again, &ModelDialog::saved);
    QVERIFY(saveWith(again));
    const QJsonObject copy2 = m_server->model(savedAgain.constFirst().at(0).toString());
    QCOMPARE(copy2.value(u"api_keys"_s).toArray(), (QJsonArray{u"sk-live-0001"_s, u"sk-live-0002"_s}));
}

void TestModelDialog::testBeforeSave()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::New);
    QVERIFY(dialog);
    QVERIFY(!dialog->testButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog->nameEdit(), u"gpt-4o-mini"_s);
    QVERIFY(dialog->testButton()->isEnabled());
    const int models = m_server->models().size();
    QSignalSpy tested(dialog, &ModelDialog::testFinished);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QVERIFY(dialog->isTesting());
    QVERIFY(dialog->testResultLabel()->text().contains(u"Testing"_s));
    QVERIFY(tested.wait(5000));
    QCOMPARE(tested.constFirst().at(0).toBool(), true);
    QVERIFY2(dialog->testResultLabel()->text().contains(u"round trip"_s),
             qPrintable(dialog->testResultLabel()->text()));
    QVERIFY(dialog->testResultLabel()->text().contains(u" ms"_s));
    QVERIFY(dialog->testResultLabel()->text().contains(u"Nothing was saved"_s));
    const auto tests = requestsTo(*m_server, "POST", kModelsPath + u"/_/test"_s);
    QCOMPARE(tests.size(), 1);
    const QJsonObject body = bodyOf(tests.constFirst());
    QCOMPARE(body.value(u"name"_s).toString(), u"gpt-4o-mini"_s);
    QCOMPARE(body.value(u"requester"_s).toString(), u"openai-chat-completions"_s);
    QVERIFY(!body.contains(u"uuid"_s));
    QCOMPARE(m_server->models().size(), models);
    QVERIFY(dialog->isVisible());
}

void TestModelDialog::testFailureShowsProviderMessage()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    auto *url = qobject_cast<LineFieldEditor *>(dialog->configForm()->editor(u"base_url"_s));
    setText(url->lineEdit(), u"https://invalid.example.com/v1"_s);
    QSignalSpy tested(dialog, &ModelDialog::testFinished);
    QTest::keyClick(dialog, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(tested.wait(5000));
    QCOMPARE(tested.constFirst().at(0).toBool(), false);
    QVERIFY2(dialog->testResultLabel()->text().contains(u"Connection error."_s),
             qPrintable(dialog->testResultLabel()->text()));
    // Tested as typed, nothing saved.
    QCOMPARE(m_server->model(u"m-1"_s).value(u"requester_config"_s).toObject().value(u"base_url"_s).toString(),
             u"https://api.openai.com/v1"_s);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
}

void TestModelDialog::closingAsksWhenDirty()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->descriptionEdit(), u"!"_s);
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QVERIFY(MessageBox::lastText().contains(u"not saved"_s));
    QCOMPARE(dialog->descriptionEdit()->text(), u"The team's default chat model!"_s);
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    dialog->close();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(requestsTo(*m_server, "PUT", kModelsPath).isEmpty());

    // Back to the stored value: nothing to lose, no question.
    ModelDialog *second = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(second);
    QTest::keyClicks(second->descriptionEdit(), u"!"_s);
    QTest::keyClick(second->descriptionEdit(), Qt::Key_Backspace);
    QVERIFY(!second->isDirty());
    MessageBox::setNextAnswer(MessageBox::Answer::Reject); // would keep it open if asked
    second->reject();
    QVERIFY(!second->isVisible());
    MessageBox::setNextAnswer(MessageBox::Answer::Ask);
}

void TestModelDialog::genericFormOnApiKeyProfile()
{
    ApiClient keyClient(settingsFor(*m_server, true));
    QTemporaryDir dir;
    SchemaSource source(&keyClient, u"key-only"_s, SchemaSource::Access::ApiKeyOnly, dir.path());
    m_server->resetCounters();
    ModelDialog::Context context;
    context.client = &keyClient;
    context.schemas = &source;
    context.knownRequesters = {u"openai-chat-completions"_s, u"anthropic-messages"_s};
    ModelDialog edit(ModelDialog::Mode::Edit, LlmModel(m_server->model(u"m-1"_s)), context);
    edit.show();
    QTRY_VERIFY(edit.isReady());
    QVERIFY(edit.schema().isGeneric());
    QVERIFY(edit.schemaNotice()->isVisible());
    QVERIFY(edit.schemaNotice()->text().contains(u"API key"_s));
    QCOMPARE(edit.configForm()->editors().size(), 3); // base_url, timeout, Other settings
    QVERIFY(edit.configForm()->extrasEditor());
    QCOMPARE(edit.configForm()->extrasEditor()->value(), QJsonValue(QJsonObject{{u"organization"_s, u"org-42"_s}}));
    QCOMPARE(m_server->requestCount(u"GET /api/v1/provider/requesters"_s), 0);
    // Editable and saved like any other.
    edit.configForm()->extrasEditor()->textEdit()->setPlainText(u"{\"organization\": \"org-43\"}"_s);
    QVERIFY(saveWith(&edit));
    QCOMPARE(m_server->model(u"m-1"_s).value(u"requester_config"_s).toObject().value(u"organization"_s).toString(),
             u"org-43"_s);

    // New: no list at all, so the requester is typed.
    ModelDialog created(ModelDialog::Mode::New, LlmModel(), context);
    created.show();
    QTRY_VERIFY(created.isReady());
    QVERIFY(!created.requesterPicker()->isVisible());
    QVERIFY(created.requesterNameCombo());
    QCOMPARE(created.saveBlockedReason(), u"Choose a requester first."_s);
    created.requesterNameCombo()->setCurrentText(u"anthropic-messages"_s);
    QTest::keyClicks(created.nameEdit(), u"claude-opus"_s);
    auto *url = qobject_cast<LineFieldEditor *>(created.configForm()->editor(u"base_url"_s));
    QTest::keyClicks(url->lineEdit(), u"https://api.anthropic.com"_s);
    QVERIFY2(created.saveBlockedReason().isEmpty(), qPrintable(created.saveBlockedReason()));
    QCOMPARE(created.body().value(u"requester"_s).toString(), u"anthropic-messages"_s);
    QVERIFY(saveWith(&created));
    QCOMPARE(serverModel(*m_server, u"claude-opus"_s).value(u"requester"_s).toString(), u"anthropic-messages"_s);
}

void TestModelDialog::cachedSchemasOnApiKeyProfile()
{
    // A sign-in earlier saved the list for profile-a (the fixture's m_schemas).
    QSignalSpy loaded(m_schemas.get(), &SchemaSource::finished);
    m_schemas->load();
    QVERIFY(loaded.wait(5000));
    ApiClient keyClient(settingsFor(*m_server, true));
    SchemaSource source(&keyClient, u"profile-a"_s, SchemaSource::Access::ApiKeyOnly,
                        m_cacheDir->filePath(u"schemas"_s));
    ModelDialog::Context context;
    context.client = &keyClient;
    context.schemas = &source;
    ModelDialog dialog(ModelDialog::Mode::New, LlmModel(), context);
    dialog.show();
    QTRY_VERIFY(dialog.isReady());
    QCOMPARE(source.origin(), SchemaSource::Origin::Cache);
    QVERIFY(!dialog.schema().isGeneric());
    QVERIFY(dialog.schemaNotice()->isVisible());
    QVERIFY(dialog.schemaNotice()->text().contains(u"saved on"_s));
    dialog.setRequester(u"modelscope-chat-completions"_s);
    QVERIFY(dialog.configForm()->editor(u"args"_s));
}

void TestModelDialog::requesterIconsAreCachedPerProfile()
{
    QTemporaryDir dir;
    RequesterIcons icons(u"p-1"_s, nullptr, dir.path());
    icons.setClient(m_client.get());
    QSignalSpy ready(&icons, &RequesterIcons::iconReady);
    const QIcon placeholder = icons.icon(u"openai-chat-completions"_s, u"OpenAI"_s);
    QVERIFY(!placeholder.isNull()); // a letter tile meanwhile
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.constFirst().at(0).toString(), u"openai-chat-completions"_s);
    QVERIFY(icons.hasIcon(u"openai-chat-completions"_s));
    QVERIFY(icons.cachedFile(u"openai-chat-completions"_s).endsWith(u".svg"_s));
    QVERIFY(QFile::exists(dir.filePath(u"openai-chat-completions.svg"_s)));
    // Asked once per run.
    icons.icon(u"openai-chat-completions"_s);
    QCOMPARE(icons.downloadsStarted(), 1);
    // Offline, another run: from the disk, no request.
    m_server->resetCounters();
    RequesterIcons offline(u"p-1"_s, nullptr, dir.path());
    QVERIFY(!offline.icon(u"openai-chat-completions"_s).isNull());
    QVERIFY(offline.hasIcon(u"openai-chat-completions"_s));
    QCOMPARE(m_server->requestCount(), 0);
    // The default directory is per profile under the cache location.
    RequesterIcons defaults(u"prof/../x"_s);
    QVERIFY(defaults.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                            + u"/icons/"_s));
    QVERIFY(!defaults.directory().contains(u"/../"_s));
}

void TestModelDialog::tabOrderFollowsTheForm()
{
    ModelDialog *dialog = openDialog(ModelDialog::Mode::New);
    QVERIFY(dialog);
    const QList<QWidget *> chain = dialog->focusChain();
    QCOMPARE(chain.constFirst(), dialog->requesterPicker()->searchEdit());
    QVERIFY(chain.indexOf(dialog->nameEdit()) < chain.indexOf(dialog->descriptionEdit()));
    QVERIFY(chain.indexOf(dialog->descriptionEdit())
            < chain.indexOf(dialog->configForm()->editor(u"base_url"_s)->focusWidget()));
    QCOMPARE(chain.constLast(), dialog->saveButton());
    // Tab walks it, also after the form was rebuilt for another requester.
    dialog->setRequester(u"ppio-chat-completions"_s);
    dialog->nameEdit()->setFocus();
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->descriptionEdit());
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->configForm()->editor(u"base_url"_s)->focusWidget());
    // Every field has a label that names it (buddy).
    for (FieldEditor *editor : dialog->configForm()->editors())
        QCOMPARE(dialog->configForm()->labelFor(editor->key())->buddy(), editor->focusWidget());
    QCOMPARE(dialog->generalForm()->labelFor(u"name"_s)->buddy(), dialog->nameEdit());
}

void TestModelDialog::mainWindowActions()
{
    // The window uses the user client; the schemas come through ModelEditing.
    MainWindow window(m_client.get(), u"Test"_s);
    ModelEditing editing(&window);
    ModelEditing::Access access;
    access.profileId = u"window"_s;
    access.access = SchemaSource::Access::UserLogin;
    editing.setAccess(access);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::modelsLoaded);
    if (!window.workspace()->hasLoaded())
        QVERIFY(loaded.wait(5000));

    // In the Model menu, the toolbar and the context menu.
    QMenu *modelMenu = nullptr;
    for (QAction *entry : window.menuBar()->actions()) {
        if (entry->menu() && entry->menu()->actions().contains(lookup<QAction>(window, u"refreshAction"_s)))
            modelMenu = entry->menu();
    }
    QVERIFY(modelMenu);
    for (QAction *action : {editing.newAction(), editing.editAction(), editing.duplicateAction()})
        QVERIFY(modelMenu->actions().contains(action));
    QVERIFY(window.findChild<QToolBar *>(u"mainToolBar"_s)->actions().contains(editing.newAction()));
    QVERIFY(lookup<QMenu>(window, u"modelContextMenu"_s)->actions().contains(editing.editAction()));
    QVERIFY(lookup<QMenu>(window, u"modelContextMenu"_s)->actions().contains(editing.duplicateAction()));
    QCOMPARE(editing.newAction()->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(editing.duplicateAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QCOMPARE(editing.editAction()->shortcuts().constFirst(), QKeySequence(Qt::Key_Return));

    // Nothing selected: only New.
    lookup<QTableView>(window, u"modelTable"_s)->clearSelection();
    editing.updateActions();
    QVERIFY(editing.newAction()->isEnabled());
    QVERIFY(!editing.editAction()->isEnabled());
    QVERIFY(!editing.duplicateAction()->isEnabled());

    // Ctrl+N.
    QSignalSpy opened(&editing, &ModelEditing::dialogOpened);
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(opened.count(), 1);
    ModelDialog *created = editing.dialog();
    QVERIFY(created);
    QCOMPARE(created->mode(), ModelDialog::Mode::New);
    QTRY_VERIFY(created->isReady());
    QTest::keyClicks(created->nameEdit(), u"from-the-window"_s);
    QSignalSpy reloaded(&window, &MainWindow::modelsLoaded);
    QVERIFY(saveWith(created));
    QVERIFY(reloaded.wait(5000));
    QTRY_VERIFY(!window.currentUuid().isEmpty());
    const QString newUuid = window.currentUuid();
    QCOMPARE(window.workspace()->models()->modelAt(window.workspace()->models()->rowOf(newUuid)).name(),
             u"from-the-window"_s);
    QTRY_VERIFY(!editing.dialog());

    // Enter on the table: Edit.
    QVERIFY(window.selectModel(u"m-1"_s));
    editing.updateActions();
    QVERIFY(editing.editAction()->isEnabled());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    lookup<QTableView>(window, u"modelTable"_s)->setFocus();
    QVERIFY(lookup<QTableView>(window, u"modelTable"_s)->hasFocus());
    QTest::keyClick(lookup<QTableView>(window, u"modelTable"_s), Qt::Key_Return);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(editing.dialog()->mode(), ModelDialog::Mode::Edit);
    QCOMPARE(editing.dialog()->original().uuid(), u"m-1"_s);
    editing.dialog()->reject();
    QTRY_VERIFY(!editing.dialog());

    // Double-click: Edit.
    QModelIndex index;
    QAbstractItemModel *shown = lookup<QTableView>(window, u"modelTable"_s)->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(LlmTableModel::UuidRole).toString() == u"m-2"_s)
            index = shown->index(row, 0);
    }
    QVERIFY(index.isValid());
    const QRect rect = lookup<QTableView>(window, u"modelTable"_s)->visualRect(index);
    // As a real double-click arrives: press, release, press, double-click, release.
    QTest::mouseClick(lookup<QTableView>(window, u"modelTable"_s)->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mousePress(lookup<QTableView>(window, u"modelTable"_s)->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(lookup<QTableView>(window, u"modelTable"_s)->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.count(), 3);
    QCOMPARE(editing.dialog()->original().uuid(), u"m-2"_s);
    editing.dialog()->reject();
    QTRY_VERIFY(!editing.dialog());

    // Ctrl+D: Duplicate.
    QVERIFY(window.selectModel(u"m-1"_s));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(lookup<QTableView>(window, u"modelTable"_s), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(opened.count(), 4);
    QCOMPARE(editing.dialog()->mode(), ModelDialog::Mode::Duplicate);
    QTRY_VERIFY(editing.dialog()->isReady());
    QCOMPARE(editing.dialog()->nameEdit()->text(), u"gpt-4o (copy)"_s);
    editing.dialog()->reject();
    QTRY_VERIFY(!editing.dialog());

    // Enter in the filter field does not open anything.
    QTest::keyClick(lookup<QLineEdit>(window, u"modelFilter"_s), Qt::Key_Return);
    QCOMPARE(opened.count(), 4);
}

void TestModelDialog::appControllerSetsTheSchemaAccess()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    CredentialStore credentials(u"langbot-console-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    Profile keyProfile;
    keyProfile.name = u"Key only"_s;
    keyProfile.baseUrl = m_server->url();
    const QString keyId = store.add(keyProfile);
    credentials.keepForSession(keyId, CredentialStore::Kind::ApiKey, FakeLangBotServer::demoApiKey());

    AppController controller(&store, &credentials);
    ModelEditing *editing = controller.modelEditing();
    QVERIFY(editing);
    QString error;
    QSignalSpy loaded(controller.window(), &MainWindow::modelsLoaded);
    QVERIFY2(controller.switchTo(keyId, &error), qPrintable(error));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(editing->access().profileId, keyId);
    QCOMPARE(editing->access().access, SchemaSource::Access::ApiKeyOnly);
    m_server->resetCounters();
    ModelDialog *keyDialog = editing->openNew();
    QVERIFY(keyDialog);
    QTRY_VERIFY(keyDialog->isReady());
    QVERIFY(keyDialog->schemaNotice()->text().contains(u"API key"_s));
    QCOMPARE(m_server->requestCount(u"GET /api/v1/provider/requesters"_s), 0);
    keyDialog->reject();
    QTRY_VERIFY(!editing->dialog());

    // The built-in demo (LangBot 4.10): its user signs in for the real
    // schemas, which the provider dialog offers.
    QVERIFY2(controller.switchToDemo(&error), qPrintable(error));
    QCOMPARE(editing->access().access, SchemaSource::Access::SignIn);
    QTRY_VERIFY(controller.window()->workspace()->hasLoaded());
    SchemaSource *schemas = editing->schemaSource();
    QVERIFY(schemas);
    schemas->load();
    QTRY_VERIFY(schemas->isLoaded());
    QVERIFY(schemas->isFresh());
    QVERIFY2(schemas->problem().isEmpty(), qPrintable(schemas->problem()));
    QVERIFY(!schemas->requesters().isEmpty());
    QVERIFY(controller.demoServer()->requestCount(u"GET /api/v1/provider/requesters"_s) >= 1);
    // New opens the 4.7+ dialog there.
    QVERIFY(!editing->openNew());
    QVERIFY(editing->providerDialog());
    editing->providerDialog()->reject();
}

void TestModelDialog::screenshot()
{
    // New (openai-chat-completions) beside Edit, as in docs/model-dialog.png.
    ModelDialog *created = openDialog(ModelDialog::Mode::New);
    QVERIFY(created);
    QTest::keyClicks(created->nameEdit(), u"gpt-4.1"_s);
    QTest::keyClicks(created->descriptionEdit(), u"General chat for the support bot"_s);
    auto *url = qobject_cast<LineFieldEditor *>(created->configForm()->editor(u"base_url"_s));
    setText(url->lineEdit(), u"api.openai.com/v1"_s);
    click(created, created->keysEditor()->addButton());
    QTest::keyClicks(created->keysEditor()->keyEdit(0), u"sk-proj-7Hq2"_s);
    click(created, created->abilitiesEditor()->checkBox(u"func_call"_s));
    QTRY_VERIFY(m_icons->hasIcon(u"openai-chat-completions"_s));
    created->resize(960, 760);
    QTest::qWait(50);
    const QImage left = created->grab().toImage();
    created->setParent(nullptr);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    created->reject();

    ModelDialog *edit = openDialog(ModelDialog::Mode::Edit, u"m-1"_s);
    QVERIFY(edit);
    auto *timeout = qobject_cast<NumberFieldEditor *>(edit->configForm()->editor(u"timeout"_s));
    setText(timeout->lineEdit(), u"60"_s);
    QSignalSpy tested(edit, &ModelDialog::testFinished);
    edit->test();
    QVERIFY(tested.wait(5000));
    edit->resize(700, 760);
    QTest::qWait(50);
    const QImage right = edit->grab().toImage();
    QVERIFY(!left.isNull() && !right.isNull());

    QImage combined(left.width() + right.width() + 24, std::max(left.height(), right.height()),
                    QImage::Format_ARGB32_Premultiplied);
    combined.fill(QColor(0xe9, 0xec, 0xf1));
    QPainter painter(&combined);
    painter.drawImage(0, 0, left);
    painter.drawImage(left.width() + 24, 0, right);
    painter.end();
    const QString target = qEnvironmentVariable("LANGBOT_MODEL_DIALOG_PNG");
    QTemporaryDir dir;
    const QString file = target.isEmpty() ? dir.filePath(u"model-dialog.png"_s) : target;
    QVERIFY(combined.save(file));
    QVERIFY(QFile(file).size() > 10000);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    edit->reject();
}

QTEST_MAIN(TestModelDialog)
#include "tst_modeldialog.moc"
#include "moc_ModelDialogTest.cpp"
