#pragma once

#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class ImportProblems;
}

namespace lb::gui {

// What is wrong with a file to import (or with reading the server), as both
// import previews show it (ui/ImportProblems.ui): an error icon, a title, an
// optional Retry and the list of problems, one a line. Its parts are named
// after namePrefix: <prefix>ErrorTitle, <prefix>Errors, <prefix>Retry.
class ImportProblems : public QWidget
{
    Q_OBJECT
public:
    ImportProblems(const QString &namePrefix, QWidget *parent);
    ~ImportProblems() override;

    void setProblems(const QString &title, const QStringList &lines);
    // Retry is hidden until shown here.
    QPushButton *retryButton() const;

private:
    std::unique_ptr<Ui::ImportProblems> m_ui;
};

} // namespace lb::gui
