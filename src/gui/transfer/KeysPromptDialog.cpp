#include "KeysPromptDialog.h"
#include "ui_KeysPromptDialog.h"

#include "settings/Appearance.h"
#include "widgets/RevealAction.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lb::gui {

KeysPromptDialog::KeysPromptDialog(const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KeysPromptDialog>())
    , m_entries(entries)
{
    // The fixed parts are in ui/KeysPromptDialog.ui; one field per model here.
    m_ui->setupUi(this);
    setWindowIcon(Appearance::icon(QStringLiteral("key")));
    QLabel *headline = m_ui->keysPromptHeadline;
    headline->setText(entries.size() == 1 ? tr("The file carries no API keys for the model this import creates.")
                                          : tr("The file carries no API keys for %n models this import creates.",
                                               nullptr, int(entries.size())));
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);

    Appearance::dim(m_ui->keysPromptHint);

    QWidget *fields = m_ui->keysPromptFields;
    QFormLayout *form = m_ui->fieldsForm;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        auto *edit = new QLineEdit(fields);
        edit->setObjectName(QStringLiteral("keysPromptEdit%1").arg(i));
        edit->setMinimumWidth(300);
        edit->setPlaceholderText(e.keyCount == 1      ? tr("1 key on the source server")
                                     : e.keyCount > 1 ? tr("%n keys on the source server", nullptr, e.keyCount)
                                                      : tr("leave empty to create without keys"));
        edit->setToolTip(tr("API keys for “%1” (%2)").arg(e.name, e.requester));
        new RevealAction(edit, tr("Show the keys"), tr("Hide the keys"));
        connect(edit, &QLineEdit::textChanged, this, &KeysPromptDialog::updateButton);
        // The label is the field's buddy: a screen reader announces the model.
        auto *label = new QLabel(e.name + QLatin1Char(':'), fields);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_edits.append(edit);
    }

    QDialogButtonBox *buttons = m_ui->buttons;
    m_continue = buttons->button(QDialogButtonBox::Ok);
    m_continue->setObjectName(QStringLiteral("keysPromptContinue"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back to the Preview"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QWidget *previous = nullptr;
    for (QLineEdit *edit : std::as_const(m_edits)) {
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
    }
    if (previous)
        setTabOrder(previous, buttons);
    if (!m_edits.isEmpty())
        m_edits.constFirst()->setFocus();
    updateButton();
}

KeysPromptDialog::~KeysPromptDialog()
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->clear();
}

QStringList KeysPromptDialog::splitKeys(const QString &text)
{
    QStringList keys;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString key = part.trimmed();
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

QStringList KeysPromptDialog::keys(qsizetype i) const
{
    const QLineEdit *edit = m_edits.value(i);
    return edit ? splitKeys(edit->text()) : QStringList();
}

void KeysPromptDialog::updateButton()
{
    int without = 0;
    for (qsizetype i = 0; i < m_edits.size(); ++i)
        without += keys(i).isEmpty() ? 1 : 0;
    m_continue->setText(without == 0 ? tr("&Continue") : tr("&Continue (%n without keys)", nullptr, without));
}

} // namespace lb::gui
