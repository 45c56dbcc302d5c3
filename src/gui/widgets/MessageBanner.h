#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace lb::gui {

// A coloured strip at the top of the central area that tells the user what
// went wrong (or something worth knowing), with an optional Retry button and a
// close button. The text is word-wrapped and selectable so it can be copied.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    // Offline: the server cannot be reached and the rows shown are a saved copy.
    enum class Kind { Error, Info, Offline };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows the banner. title is a short bold lead ("Could not load the
    // models."), message the full text (e.g. ApiError::message()).
    void showMessage(Kind kind, const QString &title, const QString &message, bool retryable = false);
    // The same with a button labelled actionText ("Add server…") instead of
    // Retry; clicking it emits retryRequested() as well.
    void showMessage(Kind kind, const QString &title, const QString &message, const QString &actionText);
    void dismiss();
    // The colours for the palette in use (light or dark).
    void applyColors();

    Kind kind() const { return m_kind; }
    bool isShowingError() const { return !isHidden() && m_kind == Kind::Error; }
    bool isShowingOffline() const { return !isHidden() && m_kind == Kind::Offline; }
    QString title() const { return m_title; }
    QString message() const { return m_message; }
    // Title and message as plain text, as a user reads them.
    QString text() const;
    bool isRetryable() const;

    QPushButton *retryButton() const { return m_retry; }
    // The button of the banner (Retry or the action), same as retryButton().
    QPushButton *actionButton() const { return m_retry; }
    QToolButton *closeButton() const { return m_close; }

signals:
    // The banner's button (Retry or the action) was clicked.
    void retryRequested();
    void dismissed();

private:
    void applyStyle();

    Kind m_kind = Kind::Info;
    QString m_title;
    QString m_message;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QToolButton *m_close;
};

} // namespace lb::gui
