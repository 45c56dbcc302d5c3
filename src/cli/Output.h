#pragma once

#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace lb::cli {

// stdout for results, stderr for messages and progress. Progress is shown
// only when stderr is a terminal, so logs and pipes stay clean.
class Output
{
public:
    Output();
    void line(const QString &text);     // stdout
    void json(const QJsonValue &value); // stdout, indented, keys sorted
    void error(const QString &text);    // stderr
    void progress(const QString &text); // stderr, terminals only, one updating line
    void endProgress();
    bool progressShown() const { return m_progressOnTerminal; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_progressOnTerminal;
    bool m_progressActive = false;
};

} // namespace lb::cli
