#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace lb::gui {

// Shows the test of one model: "Testing <name>…" with a Cancel button while it
// waits or runs, then the outcome. A failure carries the server's full message in a
// read-only, selectable text box with a Copy button; the request id the
// server logged it under (4.10.7+, whose failures say nothing more) is one
// click away on its own button.
class TestResultPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Success, Failure, Cancelled };

    explicit TestResultPanel(QWidget *parent = nullptr);

    void showRunning(const QString &modelName);
    // Queued behind other tests: shown as running, without the elapsed time.
    void showWaiting(const QString &modelName);
    void showSuccess(const QString &modelName, qint64 latencyMs);
    void showFailure(const QString &modelName, const QString &message, const QString &requestId = {});
    void showCancelled(const QString &modelName);
    void clear();

    State state() const { return m_state; }
    QString modelName() const { return m_modelName; }
    QString headline() const; // the bold first line
    QString details() const;  // the server's message on failure, else empty

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *copyRequestIdButton() const { return m_copyRequestId; }
    QString requestId() const { return m_requestId; } // of the failure shown
    QPlainTextEdit *detailsView() const { return m_details; }

signals:
    void cancelRequested();

private:
    void setState(State state, const QString &headline, const QString &iconName);
    void updateElapsed();
    void copyDetails();

    State m_state = State::Idle;
    QString m_modelName;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_subline;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_copyRequestId;
    QString m_requestId;
    QPlainTextEdit *m_details;
    QTimer m_ticker;
    QElapsedTimer m_clock;
};

} // namespace lb::gui
