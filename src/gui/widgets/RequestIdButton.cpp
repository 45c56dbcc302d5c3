#include "RequestIdButton.h"

#include "settings/Appearance.h"

#include <QClipboard>
#include <QGuiApplication>

namespace lb::gui {

RequestIdButton::RequestIdButton(QWidget *parent)
    : QPushButton(Appearance::icon(QStringLiteral("copy")), tr("Copy request id"), parent)
{
    setObjectName(QStringLiteral("copyRequestId"));
    setAccessibleName(tr("Copy request id"));
    setToolTip(tr("Copy the request id: the server's log holds the real error under it"));
    hide();
    connect(this, &QPushButton::clicked, this, [this] {
        if (auto *clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_id);
    });
}

void RequestIdButton::setRequestId(const QString &id)
{
    m_id = id;
    setVisible(!id.isEmpty());
}

} // namespace lb::gui
