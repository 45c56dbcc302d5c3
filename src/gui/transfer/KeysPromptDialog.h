#pragma once

#include <QDialog>

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QLineEdit;
class QPushButton;

namespace Ui {
class KeysPromptDialog;
}

namespace lb::gui {

// Asks for the API keys of models an import creates while its file carries
// none: one masked field per model (several keys separated by commas), each
// announced by the model's name. A field left empty creates that model
// without keys; the import report flags it.
class KeysPromptDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        qsizetype row = -1; // the plan row
        QString name;       // the model
        QString requester;
        int keyCount = -1; // how many keys the source had; -1 unknown
    };

    explicit KeysPromptDialog(const QList<Entry> &entries, QWidget *parent = nullptr);
    ~KeysPromptDialog() override;

    const QList<Entry> &entries() const { return m_entries; }
    // The keys typed for entries().at(i): split at commas, trimmed, empty
    // ones dropped. Empty: create without keys.
    QStringList keys(qsizetype i) const;
    static QStringList splitKeys(const QString &text);

    QLineEdit *edit(qsizetype i) const { return m_edits.value(i); }
    QPushButton *continueButton() const { return m_continue; }

private:
    void updateButton();

    std::unique_ptr<Ui::KeysPromptDialog> m_ui;
    QList<Entry> m_entries;
    QList<QLineEdit *> m_edits;
    QPushButton *m_continue = nullptr;
};

} // namespace lb::gui
