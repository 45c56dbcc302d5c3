#pragma once

#include <QPushButton>

namespace lb::gui {

// "Copy request id …": copies the id under which the server logged a failed
// request (4.10.7+, whose 500s say nothing more) to the clipboard. Hidden
// while there is no id. The error text beside it shows the id once (it ends
// ApiError::message()); this button is the one click to copy it.
class RequestIdButton : public QPushButton
{
    Q_OBJECT
public:
    explicit RequestIdButton(QWidget *parent = nullptr);

    // Shows the button for id; an empty id hides it.
    void setRequestId(const QString &id);
    QString requestId() const { return m_id; }

private:
    QString m_id;
};

} // namespace lb::gui
