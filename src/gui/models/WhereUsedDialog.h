#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace lb {
class ServerWorkspace;
}

namespace lb::gui {

// Where one model is used (LangBot 4.7+): each pipeline and how (primary,
// fallback n, rerank, through a knowledge base), with the bots that run the
// pipeline; or why that is not known. Read from the workspace's usage index
// when opened; Refresh in the window reads it again.
class WhereUsedDialog : public QDialog
{
    Q_OBJECT
public:
    WhereUsedDialog(const ServerWorkspace *workspace, const QString &modelUuid, QWidget *parent = nullptr);

    QString summary() const; // the text above the list
    QTreeWidget *list() const { return m_list; }

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace lb::gui
