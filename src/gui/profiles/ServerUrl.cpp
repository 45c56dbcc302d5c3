#include "ServerUrl.h"

#include "profiles/Profile.h"

namespace lb::gui {

bool ServerUrl::parse(const QString &text, QUrl *url, QString *reason)
{
    const QString trimmed = text.trimmed();
    const auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    // What only typed text can get wrong; the rest is Profile::validate()'s.
    if (!trimmed.isEmpty() && !trimmed.contains(QStringLiteral("://")))
        return fail(tr("Server URL: start the address with http:// or https://, "
                       "e.g. http://127.0.0.1:5300."));
    QUrl parsed;
    if (!trimmed.isEmpty()) {
        parsed = QUrl(trimmed, QUrl::StrictMode);
        if (!parsed.isValid())
            return fail(tr("Server URL: this is not a valid address (%1).").arg(parsed.errorString()));
        QString path = parsed.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        parsed.setPath(path);
    }

    Profile probe;
    probe.name = QStringLiteral("-");
    probe.baseUrl = parsed;
    const QString problem = probe.validate().section(QLatin1Char('\n'), 0, 0);
    if (!problem.isEmpty())
        return fail(problem);
    if (url)
        *url = parsed;
    if (reason)
        reason->clear();
    return true;
}

QString ServerUrl::displayName(const QUrl &url)
{
    QString name = url.host();
    if (url.port() > 0)
        name += QLatin1Char(':') + QString::number(url.port());
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        name += url.path();
    return name;
}

} // namespace lb::gui
