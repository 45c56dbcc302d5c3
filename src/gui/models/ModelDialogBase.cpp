#include "ModelDialogBase.h"

#include "ChangeReviewDialog.h"
#include "settings/Appearance.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/ModelEdits.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

namespace lb::gui {

namespace {

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return ModelDialogBase::tr("%1 ms").arg(ms);
    return ModelDialogBase::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

ModelDialogBase::ModelDialogBase(Mode mode, ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_client(client)
{
}

ModelDialogBase::~ModelDialogBase()
{
    if (m_testCall)
        m_testCall->cancel();
}

void ModelDialogBase::setFrame(const Frame &frame)
{
    m_banner = frame.banner;
    m_testRow = frame.testRow;
    m_testIcon = frame.testIcon;
    m_testText = frame.testText;
    m_cancelTest = frame.cancelTest;
    m_saveHint = frame.saveHint;
    m_test = frame.test;
    m_cancel = frame.cancel;
    m_save = frame.save;
    connect(m_cancelTest, &QToolButton::clicked, this, &ModelDialogBase::cancelTest);
    connect(m_test, &QPushButton::clicked, this, &ModelDialogBase::test);
    connect(m_cancel, &QPushButton::clicked, this, &ModelDialogBase::reject);
    connect(m_save, &QPushButton::clicked, this, &ModelDialogBase::save);
}

// --- test ----------------------------------------------------------------------------

void ModelDialogBase::showTestResult(const QString &iconName, const QString &text, const QString &tip)
{
    m_testIcon->setPixmap(Appearance::icon(iconName).pixmap(QSize(18, 18)));
    m_testText->setText(text);
    m_testText->setToolTip(tip);
    m_testRow->show();
}

QString ModelDialogBase::testFailureText(const ApiError &error) const
{
    return error.message();
}

void ModelDialogBase::runTestCall(ApiCall *call)
{
    m_testCall = call;
    showTestResult(QStringLiteral("test"), tr("Testing the settings in the form… (nothing is saved)"));
    m_cancelTest->show();
    updateState();
    connect(call, &ApiCall::finished, this, [this, call] {
        m_testCall = nullptr;
        m_cancelTest->hide();
        const bool ok = call->ok();
        const QString elapsed = durationText(call->elapsedMs());
        if (ok) {
            showTestResult(QStringLiteral("success"),
                           tr("Test passed: the provider answered, round trip %1. Nothing was saved.").arg(elapsed));
        } else if (call->error().kind() == ApiError::Kind::Cancelled) {
            showTestResult(QStringLiteral("info"), tr("Test cancelled."));
        } else {
            const ApiError &error = call->error();
            showTestResult(QStringLiteral("error"), tr("Test failed after %1: %2").arg(elapsed, testFailureText(error)),
                           error.message());
        }
        updateState();
        emit testFinished(ok);
    });
}

void ModelDialogBase::cancelTest()
{
    if (m_testCall)
        m_testCall->cancel();
}

// --- save ----------------------------------------------------------------------------

void ModelDialogBase::save()
{
    if (!saveBlockedReason().isEmpty()) {
        revealProblems();
        return;
    }
    if (!checkBody())
        return;
    const bool create = m_mode != Mode::Edit;
    const QString name = edited().name();
    const QString title = create ? tr("Create “%1”").arg(name) : tr("Save “%1”").arg(name);
    const QString text = create
        ? tr("A new model “%1” will be created on the server with these values.").arg(name)
        : tr("These changes to “%1” will be sent to the server. Fields not listed stay as they are.").arg(name);
    if (!ChangeReviewDialog::confirmSave(this, title, text, changes()))
        return;
    m_banner->dismiss();
    if (create)
        sendSave();
    else
        checkThenUpdate();
}

void ModelDialogBase::setSaving(ApiCall *call, const QString &what)
{
    m_saveCall = call;
    m_cancel->setEnabled(!call);
    savingChanged(call != nullptr);
    updateState();
    if (call)
        m_saveHint->setText(what);
}

void ModelDialogBase::refuseSave(const QString &why)
{
    m_banner->showMessage(MessageBanner::Kind::Error, tr("Not saved."), why);
    emit saveFailed(why);
}

void ModelDialogBase::sendSave()
{
    const bool create = m_mode != Mode::Edit;
    ApiCall *call = sendWrite();
    if (!call)
        return;
    setSaving(call, create ? tr("Creating the model…") : tr("Saving…"));
    connect(call, &ApiCall::finished, this, [this, call, create] { finishSave(call, create); });
}

void ModelDialogBase::checkThenUpdate()
{
    // Someone may have saved the model since the dialog opened.
    ApiCall *call = m_client->getModel(m_original.uuid(), m_original.type());
    setSaving(call, tr("Checking the model on the server…"));
    connect(call, &ApiCall::finished, this, [this, call] {
        setSaving(nullptr);
        if (!call->ok()) {
            const ApiError &error = call->error();
            refuseSave(error.httpStatus() == 404
                           ? tr("“%1” no longer exists on the server: it was deleted after you opened it. "
                                "Nothing was sent; your values are still here.")
                                 .arg(m_original.name())
                           : tr("The model could not be read again before saving, so nothing was sent: %1")
                                 .arg(error.message()));
            return;
        }
        LlmModel theirs = ApiClient::modelFromData(call->data());
        theirs.setType(m_original.type());
        if (ModelEdits::changedSince(m_original, theirs))
            handleConflict(theirs);
        else
            sendSave();
    });
}

void ModelDialogBase::handleConflict(const LlmModel &theirs)
{
    emit conflictDetected();
    const QJsonObject base = updateBody(m_original);
    const QJsonObject theirBody = updateBody(theirs);
    const QStringList overlapping = ModelEdits::overlappingChanges(base, updateBody(edited()), theirBody);
    const QString when = theirs.updatedAt().isValid()
        ? QLocale().toString(theirs.updatedAt().toLocalTime(), QLocale::ShortFormat)
        : theirs.updatedAtText();
    QString text = tr("Someone changed “%1” on the server after you opened it (last update: %2).")
                       .arg(m_original.name(), when.isEmpty() ? tr("unknown") : when);
    if (!overlapping.isEmpty())
        text += QLatin1Char(' ') + tr("Both of you changed: %1.").arg(overlapping.join(QStringLiteral(", ")));
    text += QStringLiteral("\n\n")
        + tr("Overwrite with mine: save what this dialog shows; their changes listed here are lost.\n"
             "Re-edit on their version: load their version and keep your changes on top, then check "
             "and save again.\nCancel: nothing is sent; keep editing.");
    m_banner->showMessage(MessageBanner::Kind::Info, tr("The model changed on the server."),
                          tr("Someone saved “%1” after you opened it.").arg(m_original.name()));

    const QList<FieldChange> theirChanges = shownChanges(ImportPlan::diff(base, theirBody));
    switch (ChangeReviewDialog::resolveConflict(this, text, theirChanges, changes(), overlapping)) {
    case ChangeReviewDialog::Choice::Overwrite:
        // Their record is the one overwritten: the next check compares with it.
        m_original = theirs;
        m_banner->dismiss();
        sendSave();
        return;
    case ChangeReviewDialog::Choice::Reedit: {
        LlmModel mine(ModelEdits::rebase(m_base.json(), edited().json(), theirs.json()));
        mine.setType(theirs.type());
        loadRebased(theirs, mine);
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Their version is loaded."),
                              overlapping.isEmpty()
                                  ? tr("Your changes are kept on top of it. Check the form and save again.")
                                  : tr("Your changes are kept on top of it; where both of you changed a "
                                       "field (%1), yours is shown. Check the form and save again.")
                                        .arg(overlapping.join(QStringLiteral(", "))));
        updateState();
        return;
    }
    default:
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Not saved."),
                              tr("“%1” changed on the server after you opened it, and nothing was sent. "
                                 "Save again to decide, or close to discard your changes.")
                                  .arg(m_original.name()));
        return;
    }
}

void ModelDialogBase::finishSave(ApiCall *call, bool created)
{
    setSaving(nullptr);
    if (!call->ok()) {
        // Everything typed stays in the form; the message carries the
        // server's text, its request id or the missing permission.
        const QString message = call->error().message();
        m_banner->showMessage(MessageBanner::Kind::Error,
                              created ? tr("Could not create the model.") : tr("Could not save the model."), message);
        if (created)
            createFailed(call);
        emit saveFailed(message);
        return;
    }
    m_savedUuid = created ? ApiClient::stringFromData(call->data(), QStringLiteral("uuid")) : m_original.uuid();
    emit saved(m_savedUuid, created);
    QDialog::accept();
}

void ModelDialogBase::reject()
{
    if (isSaving())
        return;
    if (m_testCall)
        m_testCall->cancel();
    if (hasUnsavedChanges()) {
        const QString name = edited().name();
        if (!MessageBox::confirmDestructive(
                this, tr("Discard Changes?"),
                tr("The changes to “%1” are not saved.").arg(name.isEmpty() ? tr("the new model") : name),
                tr("Discard Changes"), tr("Close the dialog and lose them, or cancel to go on editing.")))
            return;
    }
    QDialog::reject();
}

} // namespace lb::gui
