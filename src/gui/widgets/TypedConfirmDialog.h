#pragma once

#include "IconTextDialog.h"

#include <memory>

class QLineEdit;
class QPushButton;

namespace Ui {
class TypedConfirmDialog;
}

namespace lb::gui {

// "Type the name of the profile to confirm": for destructive actions on a
// production server. The destructive button is enabled only while the typed
// text equals the expected name exactly (surrounding spaces ignored). The
// texts and the field are in ui/TypedConfirmDialog.ui, beside the frame's icon.
class TypedConfirmDialog : public IconTextDialog
{
    Q_OBJECT
public:
    TypedConfirmDialog(const QString &title, const QString &text, const QString &expected, const QString &acceptText,
                       QWidget *parent = nullptr);
    ~TypedConfirmDialog() override;

    static bool matches(const QString &typed, const QString &expected);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    std::unique_ptr<Ui::TypedConfirmDialog> m_ui;
    QString m_expected;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace lb::gui
