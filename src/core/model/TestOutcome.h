#pragma once

#include <QDateTime>
#include <QString>

namespace lb {

// The result of one model test as the console saw it.
struct TestOutcome
{
    enum class State { Never, Queued, Running, Ok, Failed, Cancelled };

    State state = State::Never;
    qint64 latencyMs = -1; // round trip measured by the console
    QString message;       // the server's message or the error text
    QDateTime finishedAt;  // local time the result arrived
    QString requestId;     // a failure the server logged under this id (4.10.7+); else empty
};

} // namespace lb
