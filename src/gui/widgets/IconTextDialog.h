#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QVBoxLayout;

namespace Ui {
class IconTextDialog;
}

namespace lb::gui {

// The frame of the console's own message dialogs (ui/IconTextDialog.ui): the
// style's warning icon at the left, a column of texts and fields beside it
// (contentLayout()), the buttons below (buttons()).
class IconTextDialog : public QDialog
{
    Q_OBJECT
public:
    ~IconTextDialog() override;

protected:
    explicit IconTextDialog(QWidget *parent = nullptr);

    QVBoxLayout *contentLayout() const;
    QDialogButtonBox *buttons() const;

private:
    std::unique_ptr<Ui::IconTextDialog> m_ui;
};

} // namespace lb::gui
