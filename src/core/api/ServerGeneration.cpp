#include "ServerGeneration.h"

#include <QRegularExpression>

namespace lb {

ServerVersion ServerVersion::parse(const QString &text)
{
    ServerVersion version;
    version.m_text = text.trimmed();
    QString rest = version.m_text;
    if (rest.startsWith(QLatin1Char('v')) || rest.startsWith(QLatin1Char('V')))
        rest.remove(0, 1);
    static const QRegularExpression separators(QStringLiteral("[.-]"));
    const QStringList parts = rest.split(separators);
    int numbers[3] = {0, 0, 0};
    for (int i = 0; i < 3 && i < parts.size(); ++i) {
        bool ok = false;
        const int n = parts.at(i).toInt(&ok);
        if (!ok || n < 0) {
            if (i == 0)
                return version; // no major number: invalid
            break;              // "4.6-beta": what came before counts
        }
        numbers[i] = n;
    }
    version.m_major = numbers[0];
    version.m_minor = numbers[1];
    version.m_patch = numbers[2];
    version.m_valid = true;
    return version;
}

bool ServerVersion::isAtLeast(int major, int minor, int patch) const
{
    if (!m_valid)
        return false;
    if (m_major != major)
        return m_major > major;
    if (m_minor != minor)
        return m_minor > minor;
    return m_patch >= patch;
}

bool ServerFeatures::hasRerank() const
{
    if (generation == ApiGeneration::Workspaces)
        return true;
    return generation == ApiGeneration::Providers && version.isAtLeast(4, 9, 7);
}

bool ServerFeatures::hasContextLength() const
{
    if (generation == ApiGeneration::Workspaces)
        return true;
    return generation == ApiGeneration::Providers && version.isAtLeast(4, 10, 2);
}

ApiGeneration generationFromSystemInfo(const QJsonObject &data)
{
    if (data.contains(QLatin1String("invitation_delivery")) || data.contains(QLatin1String("mcp_stdio_enabled")))
        return ApiGeneration::Workspaces;
    if (data.contains(QLatin1String("disable_models_service")))
        return ApiGeneration::Providers;
    return ApiGeneration::Legacy;
}

QString generationName(ApiGeneration generation)
{
    switch (generation) {
    case ApiGeneration::Legacy:
        return QCoreApplication::translate("lb::ServerGeneration", "LangBot 4.0–4.6");
    case ApiGeneration::Providers:
        return QCoreApplication::translate("lb::ServerGeneration", "LangBot 4.7–4.10.6");
    case ApiGeneration::Workspaces:
        return QCoreApplication::translate("lb::ServerGeneration", "LangBot 4.10.7 or later");
    case ApiGeneration::Unknown:
        break;
    }
    return QCoreApplication::translate("lb::ServerGeneration", "unknown");
}

QString generationId(ApiGeneration generation)
{
    switch (generation) {
    case ApiGeneration::Legacy:
        return QStringLiteral("4.0");
    case ApiGeneration::Providers:
        return QStringLiteral("4.7");
    case ApiGeneration::Workspaces:
        return QStringLiteral("4.10.7");
    case ApiGeneration::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace lb
