#include "KeysPromptDialog.h"

#include "settings/Appearance.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lb::gui {

KeysPromptDialog::KeysPromptDialog(const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
{
    setObjectName(QStringLiteral("keysPromptDialog"));
    setWindowTitle(tr("API Keys for New Models"));
    setWindowIcon(Appearance::icon(QStringLiteral("key")));

    auto *headline = new QLabel(entries.size() == 1
                                    ? tr("The file carries no API keys for the model this import creates.")
                                    : tr("The file carries no API keys for %n models this import creates.", nullptr,
                                         int(entries.size())),
                                this);
    headline->setObjectName(QStringLiteral("keysPromptHeadline"));
    headline->setTextFormat(Qt::PlainText);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);

    auto *hint = new QLabel(tr("Enter the keys to send with each new model (several separated by commas). "
                               "A model left empty is created without keys: the report flags it, and it "
                               "cannot be used until keys are added."),
                            this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    Appearance::dim(hint);

    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        auto *edit = new QLineEdit(fields);
        edit->setObjectName(QStringLiteral("keysPromptEdit%1").arg(i));
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(300);
        edit->setPlaceholderText(e.keyCount == 1  ? tr("1 key on the source server")
                                 : e.keyCount > 1 ? tr("%n keys on the source server", nullptr, e.keyCount)
                                                  : tr("leave empty to create without keys"));
        edit->setToolTip(tr("API keys for “%1” (%2)").arg(e.name, e.requester));
        QAction *reveal = edit->addAction(Appearance::icon(QStringLiteral("show")), QLineEdit::TrailingPosition);
        reveal->setCheckable(true);
        reveal->setText(tr("Show the keys"));
        reveal->setToolTip(reveal->text());
        connect(reveal, &QAction::toggled, edit, [edit, reveal](bool on) {
            edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            reveal->setIcon(Appearance::icon(on ? QStringLiteral("hide") : QStringLiteral("show")));
            reveal->setText(on ? tr("Hide the keys") : tr("Show the keys"));
            reveal->setToolTip(reveal->text());
        });
        connect(edit, &QLineEdit::textChanged, this, &KeysPromptDialog::updateButton);
        // The label is the field's buddy: a screen reader announces the model.
        auto *label = new QLabel(e.name + QLatin1Char(':'), fields);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_edits.append(edit);
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(360);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_continue = buttons->button(QDialogButtonBox::Ok);
    m_continue->setObjectName(QStringLiteral("keysPromptContinue"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back to the Preview"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(headline);
    layout->addWidget(hint);
    layout->addWidget(scroll);
    layout->addWidget(buttons);

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
    m_continue->setText(without == 0 ? tr("&Continue")
                                     : tr("&Continue (%n without keys)", nullptr, without));
}

} // namespace lb::gui
