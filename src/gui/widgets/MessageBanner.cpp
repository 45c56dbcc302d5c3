#include "MessageBanner.h"

#include "settings/Appearance.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace lb::gui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);

    m_icon->setFixedSize(20, 20);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_retry->setObjectName(QStringLiteral("messageBannerRetry"));
    m_retry->setIcon(Appearance::icon(QStringLiteral("refresh")));
    m_retry->setCursor(Qt::PointingHandCursor);
    connect(m_retry, &QPushButton::clicked, this, &MessageBanner::retryRequested);

    m_close->setObjectName(QStringLiteral("messageBannerClose"));
    m_close->setIcon(Appearance::icon(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setCursor(Qt::PointingHandCursor);
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        emit dismissed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    applyStyle();
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &title, const QString &message, bool retryable)
{
    showMessage(kind, title, message, retryable ? tr("&Retry") : QString());
}

void MessageBanner::showMessage(Kind kind, const QString &title, const QString &message, const QString &actionText)
{
    const bool retry = actionText == tr("&Retry");
    m_kind = kind;
    m_title = title;
    m_message = message;

    QString html;
    if (!title.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!message.isEmpty()) {
        if (!html.isEmpty())
            html += QStringLiteral("<br>");
        html += message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }
    m_label->setText(html);
    m_retry->setText(actionText);
    m_retry->setIcon(retry ? Appearance::icon(QStringLiteral("refresh")) : QIcon());
    m_retry->setVisible(!actionText.isEmpty());
    setAccessibleName(kind == Kind::Error         ? tr("Error message")
                          : kind == Kind::Offline ? tr("Offline")
                                                  : tr("Information"));
    setAccessibleDescription(text());
    applyStyle();
    show();
}

void MessageBanner::dismiss()
{
    hide();
}

QString MessageBanner::text() const
{
    if (m_title.isEmpty())
        return m_message;
    if (m_message.isEmpty())
        return m_title;
    return m_title + QLatin1Char('\n') + m_message;
}

bool MessageBanner::isRetryable() const
{
    return !m_retry->isHidden();
}

void MessageBanner::applyColors()
{
    applyStyle();
}

void MessageBanner::applyStyle()
{
    const Appearance::Notice notice = m_kind == Kind::Error ? Appearance::Notice::Error
        : m_kind == Kind::Info                              ? Appearance::Notice::Info
                                                            : Appearance::Notice::Warning;
    const QString css = Appearance::noticeStyle(QStringLiteral("QFrame#messageBanner"), notice);
    if (styleSheet() != css)
        setStyleSheet(css);
    const QIcon icon
        = m_kind == Kind::Offline ? Appearance::icon(QStringLiteral("offline")) : Appearance::noticeIcon(notice);
    m_icon->setPixmap(icon.pixmap(QSize(18, 18), devicePixelRatioF()));
}

} // namespace lb::gui
