#pragma once

// What the model dialog's tests share (tst_modeldialog, tst_modelconflicts):
// a fake server with two models, a signed-in client, the schema source and
// requester icons of one profile, and the dialog opened on them.

#include "FakeLangBotServer.h"
#include "FakeServer.h"
#include "MainWindowLookup.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ModelViewProxy.h"
#include "models/ChangeReviewDialog.h"
#include "models/ModelDialog.h"
#include "models/ModelEditing.h"
#include "models/RequesterIcons.h"
#include "models/RequesterPicker.h"
#include "models/editors/FieldEditors.h"
#include "models/editors/ModelFieldEditors.h"
#include "models/editors/SchemaForm.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"
#include "schema/SchemaSource.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace lb;
using namespace lb::testsupport;
using namespace lb::gui;
using lb::demo::FakeLangBotServer;
using namespace Qt::StringLiterals;

namespace {

inline QJsonObject model(const QString &uuid, const QString &name,
                         const QString &requester = u"openai-chat-completions"_s)
{
    return QJsonObject{
        {u"uuid"_s, uuid},
        {u"name"_s, name},
        {u"description"_s, u"The team's default chat model"_s},
        {u"requester"_s, requester},
        {u"requester_config"_s,
         QJsonObject{
             {u"base_url"_s, u"https://api.openai.com/v1"_s}, {u"timeout"_s, 120}, {u"organization"_s, u"org-42"_s}}},
        {u"api_keys"_s, QJsonArray{u"sk-live-0001"_s, u"sk-live-0002"_s}},
        {u"abilities"_s, QJsonArray{u"vision"_s, u"func_call"_s}},
        {u"extra_args"_s, QJsonObject{{u"temperature"_s, 0.7}}},
        {u"created_at"_s, u"2025-05-01T09:00:00"_s},
        {u"updated_at"_s, u"2025-05-02T10:00:00"_s},
        {u"future_field"_s, QJsonObject{{u"from"_s, u"a newer server"_s}}},
    };
}

inline QList<FakeLangBotServer::RecordedRequest> requestsTo(const FakeLangBotServer &server, const QByteArray &method,
                                                            const QString &pathStart)
{
    QList<FakeLangBotServer::RecordedRequest> result;
    for (const auto &request : server.requests()) {
        if (request.method == method && request.path.startsWith(pathStart))
            result.append(request);
    }
    return result;
}

inline QJsonObject bodyOf(const FakeLangBotServer::RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

inline QJsonObject serverModel(const FakeLangBotServer &server, const QString &name)
{
    for (const QJsonObject &m : server.models()) {
        if (m.value(u"name"_s).toString() == name)
            return m;
    }
    return {};
}

// Clicks a widget of the dialog's form, scrolled into view first (a click
// goes to what is at that place of the window).
inline void click(ModelDialog *dialog, QWidget *widget)
{
    QApplication::processEvents(); // the layout places the widget
    dialog->scrollArea()->ensureWidgetVisible(widget);
    QApplication::processEvents();
    // A check box takes clicks on its box and text only, not its whole width.
    const QPoint at = qobject_cast<QCheckBox *>(widget) ? QPoint(8, widget->height() / 2) : widget->rect().center();
    QTest::mouseClick(widget, Qt::LeftButton, {}, at);
}

inline void setText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

// The base of the dialog's test classes (its moc output is included by each:
// #include "moc_ModelDialogTest.cpp"): every test starts with the two models
// on a fresh server, the demo user signed in, the schemas and icons.
class ModelDialogTest : public QObject, protected FakeServerFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        QVERIFY2(startServer({}, QString(), Data::Empty), qPrintable(serverError()));
        m_server->setModels(
            {model(u"m-1"_s, u"gpt-4o"_s), model(u"m-2"_s, u"claude-sonnet"_s, u"anthropic-messages"_s)});
        QVERIFY(signIn(*m_client));
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_schemas = std::make_unique<SchemaSource>(m_client.get(), u"profile-a"_s, SchemaSource::Access::UserLogin,
                                                   m_cacheDir->filePath(u"schemas"_s));
        m_icons = std::make_unique<RequesterIcons>(u"profile-a"_s, nullptr, m_cacheDir->filePath(u"icons"_s));
        m_icons->setClient(m_client.get());
        ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Ask);
        MessageBox::setNextAnswer(MessageBox::Answer::Ask);
    }

    void cleanup()
    {
        delete m_dialog.data();
        m_icons.reset();
        m_schemas.reset();
        stopServer();
        m_cacheDir.reset();
    }

protected:
    ModelDialog *openDialog(ModelDialog::Mode mode, const QString &uuid = {})
    {
        ModelDialog::Context context;
        context.client = m_client.get();
        context.schemas = m_schemas.get();
        context.icons = m_icons.get();
        LlmModel record;
        for (const QJsonObject &m : m_server->models()) {
            context.takenNames.append(m.value(u"name"_s).toString());
            if (m.value(u"uuid"_s).toString() == uuid)
                record = LlmModel(m);
        }
        auto *dialog = new ModelDialog(mode, record, context);
        m_dialog = dialog;
        dialog->show();
        if (!dialog->isReady()) {
            QSignalSpy ready(dialog, &ModelDialog::ready);
            if (!ready.wait(5000))
                return nullptr;
        }
        return dialog;
    }

    bool saveWith(ModelDialog *dialog, ChangeReviewDialog::Choice conflictChoice = ChangeReviewDialog::Choice::Ask)
    {
        QSignalSpy saved(dialog, &ModelDialog::saved);
        QSignalSpy failed(dialog, &ModelDialog::saveFailed);
        QSignalSpy conflict(dialog, &ModelDialog::conflictDetected);
        ChangeReviewDialog::setNextChoice(ChangeReviewDialog::Choice::Save);
        if (!dialog->saveButton()->isEnabled())
            return false;
        // The conflict question comes right after the signal: answer it then.
        if (conflictChoice != ChangeReviewDialog::Choice::Ask) {
            connect(
                dialog, &ModelDialog::conflictDetected, dialog,
                [conflictChoice] { ChangeReviewDialog::setNextChoice(conflictChoice); }, Qt::SingleShotConnection);
        }
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return saved.count() > 0 || failed.count() > 0 || !dialog->isSaving(); }, 5000)
            && saved.count() > 0;
    }

    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<SchemaSource> m_schemas;
    std::unique_ptr<RequesterIcons> m_icons;
    QPointer<ModelDialog> m_dialog;
};
