#include "TestProgress.h"

#include "settings/Appearance.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace lb::gui {

void TestProgress::applyColors()
{
    const QString css
        = QStringLiteral("QProgressBar#testProgressBar { background: %1; border: none; border-radius: 6px; }"
                         "QProgressBar#testProgressBar::chunk { background: %2; border-radius: 6px; }")
              .arg(Appearance::name(Appearance::Tone::ProgressTrough),
                   Appearance::name(Appearance::Tone::ProgressChunk));
    if (m_bar->styleSheet() != css)
        m_bar->setStyleSheet(css);
}

TestProgress::TestProgress(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Testing"), this))
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("testProgress"));

    m_bar->setObjectName(QStringLiteral("testProgressBar"));
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(160, 12);
    m_bar->setAccessibleName(tr("Test progress"));
    applyColors();

    m_label->setObjectName(QStringLiteral("testProgressText"));
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("000 / 000 · about 00 min left")));

    m_cancel->setObjectName(QStringLiteral("testProgressCancel"));
    m_cancel->setIcon(Appearance::icon(QStringLiteral("cancel")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Stop testing: drop the waiting tests and abort the running ones"));
    m_cancel->setAccessibleName(tr("Cancel the tests"));
    connect(m_cancel, &QToolButton::clicked, this, &TestProgress::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_bar, 0, Qt::AlignVCenter);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    setProgress(0, 0, -1);
}

QString TestProgress::remainingText(qint64 remainingMs)
{
    if (remainingMs < 0)
        return QString();
    const qint64 seconds = (remainingMs + 999) / 1000;
    if (seconds < 60)
        return tr("about %1 s left").arg(std::max<qint64>(1, seconds));
    const qint64 minutes = (seconds + 30) / 60;
    return tr("about %1 min left").arg(minutes);
}

void TestProgress::setProgress(int completed, int total, qint64 remainingMs)
{
    m_completed = completed;
    m_total = total;
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(std::min(completed, std::max(1, total)));
    QString text = tr("%1 / %2").arg(completed).arg(total);
    const QString left = remainingText(remainingMs);
    if (!left.isEmpty() && completed < total)
        text += QStringLiteral(" · ") + left;
    m_label->setText(text);
    m_bar->setAccessibleDescription(text);
    setToolTip(tr("%1 of %2 tests finished").arg(completed).arg(total));
}

QString TestProgress::text() const
{
    return m_label->text();
}

} // namespace lb::gui
