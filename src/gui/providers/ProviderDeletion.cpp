#include "ProviderDeletion.h"

#include "widgets/MessageBox.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "model/LlmTableModel.h"
#include "model/WriteBodies.h"
#include "workspace/ServerWorkspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lb::gui {

ProviderDeletion::Choice ProviderDeletion::s_nextChoice = ProviderDeletion::Choice::Ask;
QString ProviderDeletion::s_nextTarget;
QString ProviderDeletion::s_lastQuestion;

ProviderDeletion::ProviderDeletion(ServerWorkspace *workspace, const Provider &provider, const QStringList &modelUuids,
                                   QWidget *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_provider(provider)
    , m_models(modelUuids)
    , m_parent(parent)
    , m_serverGeneration(workspace ? workspace->serverGeneration() : 0)
{
}

void ProviderDeletion::setNextChoice(Choice choice, const QString &target)
{
    s_nextChoice = choice;
    s_nextTarget = target;
}

QString ProviderDeletion::lastQuestion()
{
    return s_lastQuestion;
}

QStringList ProviderDeletion::modelNames() const
{
    QStringList names;
    for (const QString &uuid : m_models)
        names << m_workspace->modelName(uuid);
    return names;
}

void ProviderDeletion::start()
{
    if (!m_workspace || !m_workspace->client()) {
        done(false, true);
        return;
    }
    const QString bullets = QStringLiteral("• ") + modelNames().join(QStringLiteral("\n• "));
    if (m_models.isEmpty()) {
        if (!MessageBox::confirmDestructive(m_parent, tr("Delete Provider"),
                                            tr("Delete the provider “%1”?").arg(m_provider.name()), tr("Delete"))) {
            done(false, true);
            return;
        }
        if (stillCurrent())
            deleteProvider();
        return;
    }
    QString target;
    const Choice choice = ask(&target);
    if (choice == Choice::Cancel || choice == Choice::Ask) {
        done(false, true);
        return;
    }
    if (!stillCurrent(choice == Choice::MoveModels ? target : QString()))
        return;
    if (choice == Choice::DeleteModels
        && MessageBox::confirmDestructive(
            m_parent, tr("Delete Provider"),
            tr("Delete these %n model(s) and then the provider “%1”?", nullptr, int(m_models.size()))
                .arg(m_provider.name()),
            tr("Delete"), bullets)) {
        if (stillCurrent())
            removeModels();
        return;
    }
    QString targetName = target;
    for (const Provider &p : m_workspace->providers()) {
        if (p.uuid() == target)
            targetName = p.name();
    }
    if (choice == Choice::MoveModels && !target.isEmpty()
        && MessageBox::confirmDestructive(
            m_parent, tr("Delete Provider"),
            tr("Move these %n model(s) to “%1” and then delete the provider “%2”?", nullptr, int(m_models.size()))
                .arg(targetName, m_provider.name()),
            tr("Move and Delete"), bullets)) {
        if (stillCurrent(target))
            moveModels(target);
        return;
    }
    done(false, true);
}

Provider ProviderDeletion::targetProvider(const QString &uuid) const
{
    for (const Provider &p : m_workspace->providers()) {
        if (p.uuid() == uuid)
            return p;
    }
    return {};
}

bool ProviderDeletion::isListed(const QString &providerUuid) const
{
    return !targetProvider(providerUuid).uuid().isEmpty();
}

QStringList ProviderDeletion::unservedTypes(const Provider &target) const
{
    QStringList unserved;
    const RequesterSchema *requester = findRequester(m_requesters, target.requester());
    if (!requester)
        return unserved;
    const LlmTableModel *table = m_workspace->models();
    for (const QString &uuid : m_models) {
        const int row = table->rowOf(uuid);
        const ModelType type = row >= 0 ? table->modelAt(row).type() : ModelType::Llm;
        const QString name = LlmTableModel::typeName(type);
        if (!requester->supports(requesterSupportType(type)) && !unserved.contains(name))
            unserved << name;
    }
    return unserved;
}

bool ProviderDeletion::stillCurrent(const QString &target)
{
    // A question lets the event loop run: a refresh, another window's write or
    // a server switch may have happened meanwhile.
    QString why;
    if (!m_workspace || !m_workspace->client() || m_workspace->serverGeneration() != m_serverGeneration) {
        why = tr("The window switched to another server while you decided: nothing was sent.");
    } else if (!isListed(m_provider.uuid())) {
        why = tr("The provider “%1” is no longer on the server: nothing was sent.").arg(m_provider.name());
    } else if (!target.isEmpty() && !isListed(target)) {
        why = tr("The provider to move the models to is no longer on the server: nothing was sent.");
    } else if (const QStringList unserved = target.isEmpty() ? QStringList() : unservedTypes(targetProvider(target));
               !unserved.isEmpty()) {
        why = tr("The provider to move the models to does not serve %1 models: nothing was sent.")
                  .arg(unserved.join(QStringLiteral(", ")));
    } else {
        QStringList now;
        const LlmTableModel *table = m_workspace->models();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->modelAt(row).providerUuid() == m_provider.uuid())
                now << table->modelAt(row).uuid();
        }
        QStringList asked = m_models;
        now.sort();
        asked.sort();
        if (now != asked)
            why = tr("The models that use “%1” changed while you decided: nothing was sent. Delete it again to see "
                     "them.")
                      .arg(m_provider.name());
    }
    if (why.isEmpty())
        return true;
    done(false, false, why);
    return false;
}

ProviderDeletion::Choice ProviderDeletion::ask(QString *target)
{
    s_lastQuestion = tr("The server refuses to delete “%1” while models use it. These %n model(s) use it:", nullptr,
                        int(m_models.size()))
                         .arg(m_provider.name())
        + QLatin1Char('\n') + modelNames().join(QLatin1Char('\n'));
    if (s_nextChoice != Choice::Ask) {
        const Choice choice = s_nextChoice;
        *target = s_nextTarget;
        s_nextChoice = Choice::Ask;
        s_nextTarget.clear();
        return choice;
    }
    QDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("providerUsersDialog"));
    dialog.setWindowTitle(tr("Delete Provider"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(s_lastQuestion, &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *remove = new QRadioButton(tr("&Delete these models first"), &dialog);
    remove->setObjectName(QStringLiteral("deleteUsersChoice"));
    auto *move = new QRadioButton(tr("&Move them to another provider:"), &dialog);
    move->setObjectName(QStringLiteral("moveUsersChoice"));
    auto *targets = new QComboBox(&dialog);
    targets->setObjectName(QStringLiteral("moveTargetCombo"));
    targets->setAccessibleName(tr("Provider to move the models to"));
    for (const Provider &p : m_workspace->providers()) {
        if (p.uuid() != m_provider.uuid() && unservedTypes(p).isEmpty())
            targets->addItem(p.name(), p.uuid());
    }
    move->setEnabled(targets->count() > 0);
    targets->setEnabled(false);
    connect(move, &QRadioButton::toggled, targets, &QWidget::setEnabled);
    remove->setChecked(true);
    layout->addWidget(remove);
    layout->addWidget(move);
    layout->addWidget(targets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    // A modal question opened directly by the user's Delete.
    if (dialog.exec() != QDialog::Accepted)
        return Choice::Cancel;
    *target = targets->currentData().toString();
    return move->isChecked() ? Choice::MoveModels : Choice::DeleteModels;
}

void ProviderDeletion::removeModels()
{
    ApiClient *client = m_workspace->client();
    const LlmTableModel *table = m_workspace->models();
    m_left = int(m_models.size());
    for (const QString &uuid : std::as_const(m_models)) {
        const int row = table->rowOf(uuid);
        const ModelType type = row >= 0 ? table->modelAt(row).type() : ModelType::Llm;
        ApiCall *call = client->deleteModel(uuid, type);
        connect(call, &ApiCall::finished, this, [this, call] {
            if (!call->ok())
                fail(call->error());
            else if (--m_left == 0 && !m_failed)
                deleteProvider();
        });
    }
}

void ProviderDeletion::moveModels(const QString &target)
{
    ApiClient *client = m_workspace->client();
    const LlmTableModel *table = m_workspace->models();
    QList<QPair<LlmModel, QJsonObject>> writes;
    for (const QString &uuid : std::as_const(m_models)) {
        const int row = table->rowOf(uuid);
        if (row < 0)
            continue;
        LlmModel model = table->modelAt(row);
        model.setProviderUuid(target);
        const WriteBody body = WriteBodies::modelUpdate(model, m_workspace->features());
        if (!body.ok()) {
            done(false, false, body.error);
            return;
        }
        writes.append({model, body.body});
    }
    m_left = int(writes.size());
    for (const auto &[model, body] : std::as_const(writes)) {
        ApiCall *call = client->updateModel(model.uuid(), body, model.type());
        connect(call, &ApiCall::finished, this, [this, call] {
            if (!call->ok())
                fail(call->error());
            else if (--m_left == 0 && !m_failed)
                deleteProvider();
        });
    }
    if (writes.isEmpty())
        deleteProvider();
}

void ProviderDeletion::deleteProvider()
{
    ApiCall *call = m_workspace->client()->deleteProvider(m_provider.uuid());
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->ok()) {
            fail(call->error());
            return;
        }
        m_workspace->refresh();
        done(true, false);
    });
}

void ProviderDeletion::fail(const ApiError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_workspace->refresh(); // what did change is shown
    done(false, false, error.message(), error.serverRequestId());
}

void ProviderDeletion::done(bool ok, bool cancelled, const QString &message, const QString &requestId)
{
    emit finished(ok, cancelled, message, requestId);
    deleteLater();
}

} // namespace lb::gui
