#include "ProviderTestPanel.h"

#include "settings/Appearance.h"
#include "widgets/RequestIdButton.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/Permissions.h"
#include "model/LlmTableModel.h"
#include "model/WriteBodies.h"
#include "workspace/ServerWorkspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lb::gui {

namespace {

constexpr int kUuidRole = Qt::UserRole + 1;
constexpr int kTypeRole = Qt::UserRole + 2;

} // namespace

ProviderTestPanel::ProviderTestPanel(ServerWorkspace *workspace, ProviderSource source, QWidget *parent)
    : QGroupBox(tr("Test connection"), parent)
    , m_workspace(workspace)
    , m_source(std::move(source))
{
    setObjectName(QStringLiteral("providerTestPanel"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("providerTestModel"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->lineEdit()->setPlaceholderText(tr("A model the provider offers, e.g. gpt-4o-mini"));
    m_model->setToolTip(tr("One of the provider's models, or the name of one it offers"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("providerTestType"));
    m_type->setAccessibleName(tr("Model type of the test"));
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_type);
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, modelRow);

    m_test = new QPushButton(Appearance::icon(QStringLiteral("test")), tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("providerTest"));
    m_cancel = new QPushButton(tr("Stop waiting"), this);
    m_cancel->setObjectName(QStringLiteral("providerTestCancel"));
    m_cancel->setToolTip(tr("Stop waiting for the server's answer"));
    m_cancel->hide();
    m_requestId = new RequestIdButton(this);
    m_requestId->setObjectName(QStringLiteral("providerTestRequestId"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_requestId);
    buttons->addStretch(1);
    form->addRow(buttons);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("providerTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    form->addRow(m_result);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        showResult(tr("Testing “%1”… %2 s (nothing is saved)").arg(modelName()).arg(m_clock.elapsed() / 1000));
    });
    connect(m_test, &QPushButton::clicked, this, &ProviderTestPanel::test);
    connect(m_cancel, &QPushButton::clicked, this, &ProviderTestPanel::cancel);
    connect(m_model, &QComboBox::activated, this, &ProviderTestPanel::onModelPicked);
    connect(m_model, &QComboBox::editTextChanged, this, &ProviderTestPanel::updateState);
    fillTypes();
    updateState();
}

ProviderTestPanel::~ProviderTestPanel()
{
    if (m_call)
        m_call->cancel();
}

void ProviderTestPanel::setProviderUuid(const QString &uuid)
{
    m_providerUuid = uuid;
    fillModels();
}

void ProviderTestPanel::setSupportTypes(const QStringList &supportTypes)
{
    m_supportTypes = supportTypes;
    fillTypes();
}

void ProviderTestPanel::fillModels()
{
    const QString typed = m_model->currentText();
    m_model->clear();
    if (m_workspace && !m_providerUuid.isEmpty()) {
        for (const LlmModel &model : m_workspace->models()->models()) {
            if (model.providerUuid() != m_providerUuid)
                continue;
            m_model->addItem(model.name());
            const int row = m_model->count() - 1;
            m_model->setItemData(row, model.uuid(), kUuidRole);
            m_model->setItemData(row, modelTypeId(model.type()), kTypeRole);
            m_model->setItemData(row, tr("%1 model").arg(LlmTableModel::typeName(model.type())), Qt::ToolTipRole);
        }
    }
    if (m_model->count() > 0 && typed.isEmpty())
        onModelPicked(0);
    else
        m_model->setEditText(typed);
    updateState();
}

void ProviderTestPanel::fillTypes()
{
    const QString kept = m_type->currentData().toString();
    m_type->clear();
    const ServerFeatures features = m_workspace ? m_workspace->features() : ServerFeatures{};
    for (const ModelType type : allModelTypes) {
        if (type == ModelType::Rerank && !features.hasRerank())
            continue;
        if (!m_supportTypes.isEmpty() && !m_supportTypes.contains(requesterSupportType(type)))
            continue;
        m_type->addItem(LlmTableModel::typeName(type), modelTypeId(type));
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(kept)));
    updateState();
}

void ProviderTestPanel::onModelPicked(int index)
{
    m_model->setCurrentIndex(index);
    const int type = m_type->findData(m_model->itemData(index, kTypeRole));
    if (type >= 0)
        m_type->setCurrentIndex(type);
    updateState();
}

QString ProviderTestPanel::modelName() const
{
    return m_model->currentText().trimmed();
}

ModelType ProviderTestPanel::modelType() const
{
    return modelTypeFromId(m_type->currentData().toString()).value_or(ModelType::Llm);
}

QString ProviderTestPanel::blockedReason() const
{
    if (!m_workspace || !m_workspace->client())
        return tr("Not connected to a server");
    if (!m_workspace->permissions().allows(Permissions::Action::Test))
        return tr("Needs the permission %1, which these credentials lack")
            .arg(Permissions::requiredFor(Permissions::Action::Test));
    if (m_type->count() == 0)
        return tr("This requester serves no model type this server has");
    if (modelName().isEmpty())
        return tr("Enter the name of a model the provider offers");
    return {};
}

void ProviderTestPanel::updateState()
{
    const QString why = blockedReason();
    m_test->setEnabled(why.isEmpty() && !m_call);
    m_test->setToolTip(why.isEmpty() ? tr("Ask the server to call one model through these settings, without saving "
                                          "them")
                                     : why);
    m_model->setEnabled(!m_call);
    m_type->setEnabled(!m_call);
}

void ProviderTestPanel::showResult(const QString &text)
{
    m_result->setText(text);
    m_result->show();
}

void ProviderTestPanel::test()
{
    if (m_call || !blockedReason().isEmpty())
        return;
    m_requestId->setRequestId({});
    const Provider provider = m_source ? m_source() : Provider();
    if (provider.hasMaskedKeys() || Provider::isMaskedUrl(provider.baseUrl())) {
        showResult(tr("Cannot test: the server hides this provider's keys or base URL (no secret permission), and "
                      "a test of unsaved settings sends them to the provider as they are. Type the keys (and the "
                      "base URL) in full to test them, or test a saved model from the model list."));
        emit finished(false);
        return;
    }
    LlmModel model;
    const QString name = modelName();
    const int row = m_model->findText(name);
    if (row >= 0 && m_model->itemData(row, kTypeRole).toString() == modelTypeId(modelType())) {
        // A saved model: its abilities and extra arguments go with it.
        for (const LlmModel &saved : m_workspace->models()->models()) {
            if (saved.uuid() == m_model->itemData(row, kUuidRole).toString())
                model = saved;
        }
    }
    model.setType(modelType());
    model.setName(name);
    model.setProviderUuid(QString()); // the body's provider is the one tested
    const WriteBody body = WriteBodies::modelTest(model, provider, m_workspace->features());
    if (!body.ok()) {
        showResult(body.error);
        emit finished(false);
        return;
    }
    ApiCall *call = m_workspace->client()->testUnsavedModel(body.body, model.type());
    m_call = call;
    m_clock.start();
    m_ticker.start();
    const qint64 timeout = m_workspace->client()->settings().testTimeout.count() / 1000;
    showResult(tr("Testing “%1”… (nothing is saved; gives up after %2 s)").arg(name).arg(timeout));
    m_cancel->show();
    updateState();
    connect(call, &ApiCall::finished, this, [this, call] { finish(call); });
}

void ProviderTestPanel::finish(ApiCall *call)
{
    m_call = nullptr;
    m_ticker.stop();
    m_cancel->hide();
    const bool ok = call->ok();
    if (ok) {
        showResult(tr("Connection works: “%1” answered, round trip %2 ms. Nothing was saved.")
                       .arg(modelName())
                       .arg(call->elapsedMs()));
    } else if (call->error().kind() == ApiError::Kind::Cancelled) {
        showResult(tr("Test stopped: the server may still be calling the provider."));
    } else {
        // The message ends with the request id when the server logged one.
        showResult(tr("Test failed after %1 ms: %2").arg(call->elapsedMs()).arg(call->error().message()));
        m_requestId->setRequestId(call->error().serverRequestId());
    }
    updateState();
    emit finished(ok);
}

void ProviderTestPanel::cancel()
{
    if (m_call)
        m_call->cancel();
}

} // namespace lb::gui
