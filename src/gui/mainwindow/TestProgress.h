#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace lb::gui {

// The progress of a batch of model tests, for the status bar:
// [Testing ▓▓▓░░░ 12 / 200 · about 40 s left  (■ Cancel)].
class TestProgress : public QWidget
{
    Q_OBJECT
public:
    explicit TestProgress(QWidget *parent = nullptr);

    // remainingMs < 0: not known yet.
    void setProgress(int completed, int total, qint64 remainingMs);
    // The bar's colours for the palette in use (light or dark).
    void applyColors();
    // Text as shown: "12 / 200 · about 40 s left".
    QString text() const;
    int completed() const { return m_completed; }
    int total() const { return m_total; }

    QProgressBar *bar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

    // "about 40 s left", "about 3 min left"; empty when unknown.
    static QString remainingText(qint64 remainingMs);

signals:
    void cancelRequested();

private:
    int m_completed = 0;
    int m_total = 0;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_label;
    QToolButton *m_cancel;
};

} // namespace lb::gui
