#include "TestResultPanel.h"

#include "settings/Appearance.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb::gui {

TestResultPanel::TestResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_subline(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(Appearance::icon(QStringLiteral("cancel")), tr("&Cancel test"), this))
    , m_copy(new QPushButton(Appearance::icon(QStringLiteral("copy")), tr("Cop&y message"), this))
    , m_copyRequestId(new QPushButton(Appearance::icon(QStringLiteral("copy")), QString(), this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("testResultPanel"));

    m_icon->setFixedSize(22, 22);
    m_icon->setAlignment(Qt::AlignCenter);

    m_headline->setObjectName(QStringLiteral("testHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.08);
    m_headline->setFont(bold);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_subline->setObjectName(QStringLiteral("testSubline"));
    m_subline->setTextFormat(Qt::PlainText);
    Appearance::dim(m_subline);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedSize(120, 8);
    m_progress->setAccessibleName(tr("Test in progress"));

    m_cancel->setObjectName(QStringLiteral("testCancel"));
    // Esc is the window's Model → Cancel Tests (one shortcut, one way to cancel).
    m_cancel->setToolTip(tr("Stop waiting for this test (Esc)"));
    connect(m_cancel, &QPushButton::clicked, this, &TestResultPanel::cancelRequested);

    m_copy->setObjectName(QStringLiteral("testCopy"));
    m_copy->setToolTip(tr("Copy the server's message to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &TestResultPanel::copyDetails);

    m_copyRequestId->setObjectName(QStringLiteral("testCopyRequestId"));
    m_copyRequestId->setText(tr("Copy request id"));
    m_copyRequestId->setAccessibleName(tr("Copy request id"));
    m_copyRequestId->setToolTip(tr("Copy the request id: the server's log holds the real error under it"));
    connect(m_copyRequestId, &QPushButton::clicked, this, [this] {
        if (auto *clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_requestId);
    });

    m_details->setObjectName(QStringLiteral("testDetails"));
    m_details->setReadOnly(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setAccessibleName(tr("Server message"));
    m_details->setMinimumHeight(56);
    m_details->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    textColumn->addWidget(m_headline);
    textColumn->addWidget(m_subline);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_icon, 0, Qt::AlignVCenter);
    top->addLayout(textColumn, 1);
    top->addWidget(m_progress, 0, Qt::AlignVCenter);
    top->addWidget(m_cancel);
    top->addWidget(m_copyRequestId);
    top->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_details, 1);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &TestResultPanel::updateElapsed);

    clear();
}

void TestResultPanel::setState(State state, const QString &headline, const QString &iconName)
{
    m_state = state;
    m_headline->setText(headline);
    if (iconName.isEmpty())
        m_icon->clear();
    else
        m_icon->setPixmap(Appearance::icon(iconName).pixmap(QSize(20, 20), devicePixelRatioF()));

    const bool running = state == State::Running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_copy->setVisible(state == State::Failure);
    if (state != State::Failure)
        m_requestId.clear();
    m_copyRequestId->setVisible(state == State::Failure && !m_requestId.isEmpty());
    m_details->setVisible(state == State::Failure);
    if (state != State::Failure)
        m_details->clear();
    if (running) {
        m_clock.start();
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
    setAccessibleDescription(headline);
}

void TestResultPanel::showRunning(const QString &modelName)
{
    m_modelName = modelName;
    setState(State::Running, tr("Testing %1…").arg(modelName), QStringLiteral("test"));
    m_subline->setText(tr("The server is sending a short chat request to the provider."));
}

void TestResultPanel::showWaiting(const QString &modelName)
{
    m_modelName = modelName;
    setState(State::Running, tr("Testing %1…").arg(modelName), QStringLiteral("test"));
    m_subline->setText(tr("Waiting for a free test slot: other tests are running."));
    m_ticker.stop();
}

void TestResultPanel::showSuccess(const QString &modelName, qint64 latencyMs)
{
    m_modelName = modelName;
    setState(State::Success, tr("✓ %1 answered in %2 ms").arg(modelName).arg(latencyMs), QStringLiteral("success"));
    m_subline->setText(tr("Round trip measured by the console, including the provider's answer."));
}

void TestResultPanel::showFailure(const QString &modelName, const QString &message, const QString &requestId)
{
    m_modelName = modelName;
    m_requestId = requestId;
    m_copyRequestId->setText(tr("Copy request id %1").arg(requestId));
    m_copyRequestId->setAccessibleName(tr("Copy request id"));
    setState(State::Failure, tr("✗ %1 failed the test").arg(modelName), QStringLiteral("error"));
    m_subline->setText(tr("The server's message:"));
    m_details->setPlainText(message);
}

void TestResultPanel::showCancelled(const QString &modelName)
{
    m_modelName = modelName;
    setState(State::Cancelled, tr("Test of %1 cancelled").arg(modelName), QStringLiteral("cancel"));
    m_subline->setText(tr("The console stopped waiting; no result was recorded."));
}

void TestResultPanel::clear()
{
    m_modelName.clear();
    setState(State::Idle, tr("No test run yet"), QString());
    m_subline->setText(tr("Select a model and choose Model → Test (Ctrl+T)."));
}

QString TestResultPanel::headline() const
{
    return m_headline->text();
}

QString TestResultPanel::details() const
{
    return m_state == State::Failure ? m_details->toPlainText() : QString();
}

void TestResultPanel::updateElapsed()
{
    if (m_state != State::Running)
        return;
    const qint64 seconds = m_clock.elapsed() / 1000;
    m_subline->setText(tr("Waiting for the provider — %1 s").arg(seconds));
}

void TestResultPanel::copyDetails()
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_details->toPlainText());
}

} // namespace lb::gui
