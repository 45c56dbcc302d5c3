#pragma once

#include "IconTextDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace lb::gui {

// "Type the name of the profile to confirm": for destructive actions on a
// production server. The destructive button is enabled only while the typed
// text equals the expected name exactly (surrounding spaces ignored).
class TypedConfirmDialog : public IconTextDialog
{
    Q_OBJECT
public:
    TypedConfirmDialog(const QString &title, const QString &text, const QString &expected, const QString &acceptText,
                       QWidget *parent = nullptr);

    static bool matches(const QString &typed, const QString &expected);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    QString m_expected;
    QLineEdit *m_edit;
    QPushButton *m_accept;
};

} // namespace lb::gui
