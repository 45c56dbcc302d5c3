#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace lb::cli {

Output::Output()
    : m_out(stdout)
    , m_err(stderr)
    , m_progressOnTerminal(isatty(fileno(stderr)) == 1)
{
}

void Output::line(const QString &text)
{
    endProgress();
    m_out << text << Qt::endl;
}

void Output::json(const QJsonValue &value)
{
    endProgress();
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Output::error(const QString &text)
{
    endProgress();
    m_err << text << Qt::endl;
}

void Output::progress(const QString &text)
{
    if (!m_progressOnTerminal)
        return;
    m_err << "\r\033[K" << text;
    m_err.flush();
    m_progressActive = true;
}

void Output::endProgress()
{
    if (!m_progressActive)
        return;
    m_err << "\r\033[K";
    m_err.flush();
    m_progressActive = false;
}

} // namespace lb::cli
