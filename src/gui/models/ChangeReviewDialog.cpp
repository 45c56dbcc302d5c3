#include "ChangeReviewDialog.h"

#include "settings/Appearance.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lb::gui {

ChangeReviewDialog::Choice ChangeReviewDialog::s_next = ChangeReviewDialog::Choice::Ask;
QString ChangeReviewDialog::s_lastText;
QList<FieldChange> ChangeReviewDialog::s_lastChanges;
QList<FieldChange> ChangeReviewDialog::s_lastOther;

namespace {

QString kindText(FieldChange::Kind kind)
{
    switch (kind) {
    case FieldChange::Kind::Added:
        return ChangeReviewDialog::tr("added");
    case FieldChange::Kind::Removed:
        return ChangeReviewDialog::tr("removed");
    case FieldChange::Kind::Changed:
        break;
    }
    return ChangeReviewDialog::tr("changed");
}

} // namespace

ChangeReviewDialog::ChangeReviewDialog(const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("changeReviewDialog"));
    setWindowTitle(title);
    m_layout = new QVBoxLayout(this);
    m_layout->setSpacing(10);
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("reviewText"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_layout->addWidget(label);
    m_buttons = new QDialogButtonBox(this);
    m_layout->addWidget(m_buttons);
    resize(640, 420);
}

QTreeWidget *ChangeReviewDialog::addChanges(const QString &heading, const QList<FieldChange> &changes,
                                            const QStringList &highlight)
{
    auto *title = new QLabel(heading, this);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    auto *tree = new QTreeWidget(this);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    tree->setAccessibleName(heading);
    title->setBuddy(tree);
    const QString none = tr("(none)");
    for (const FieldChange &change : changes) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, change.path);
        item->setText(1, change.kind == FieldChange::Kind::Added ? none : change.oldText);
        item->setText(2, change.kind == FieldChange::Kind::Removed ? none : change.newText);
        item->setToolTip(0, tr("%1 (%2)").arg(change.path, kindText(change.kind)));
        item->setToolTip(1, item->text(1));
        item->setToolTip(2, item->text(2));
        if (highlight.contains(change.path)) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, bold);
            item->setToolTip(0, tr("%1 — changed on both sides").arg(change.path));
        }
    }
    if (changes.isEmpty()) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, tr("No differences"));
        item->setDisabled(true);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    tree->setColumnWidth(1, 220);
    const int index = m_layout->indexOf(m_buttons);
    m_layout->insertWidget(index, title);
    m_layout->insertWidget(index + 1, tree, 1);
    return tree;
}

QPushButton *ChangeReviewDialog::addChoice(const QString &text, Choice choice, bool isDefault)
{
    QDialogButtonBox::ButtonRole role = QDialogButtonBox::ActionRole;
    switch (choice) {
    case Choice::Save:
        role = QDialogButtonBox::AcceptRole;
        break;
    case Choice::Overwrite:
        role = QDialogButtonBox::DestructiveRole;
        break;
    case Choice::Back:
    case Choice::Cancel:
        role = QDialogButtonBox::RejectRole;
        break;
    case Choice::Reedit:
    case Choice::Ask:
        break;
    }
    QPushButton *button = m_buttons->addButton(text, role);
    button->setDefault(isDefault);
    button->setAutoDefault(isDefault);
    connect(button, &QPushButton::clicked, this, [this, choice] {
        m_choice = choice;
        if (choice == Choice::Back || choice == Choice::Cancel)
            reject();
        else
            accept();
    });
    return button;
}

bool ChangeReviewDialog::confirmSave(QWidget *parent, const QString &title, const QString &text,
                                     const QList<FieldChange> &changes)
{
    s_lastText = text;
    s_lastChanges = changes;
    s_lastOther.clear();
    const Choice scripted = std::exchange(s_next, Choice::Ask);
    if (scripted != Choice::Ask)
        return scripted == Choice::Save;

    ChangeReviewDialog dialog(title, text, parent);
    dialog.addChanges(tr("What will be sent"), changes);
    dialog.addChoice(tr("Back to Editing"), Choice::Back);
    dialog.addChoice(tr("Save"), Choice::Save, true);
    dialog.m_choice = Choice::Back;
    dialog.exec();
    return dialog.choice() == Choice::Save;
}

ChangeReviewDialog::Choice ChangeReviewDialog::resolveConflict(QWidget *parent, const QString &text,
                                                               const QList<FieldChange> &theirChanges,
                                                               const QList<FieldChange> &myChanges,
                                                               const QStringList &overlapping)
{
    s_lastText = text;
    s_lastChanges = theirChanges;
    s_lastOther = myChanges;
    const Choice scripted = std::exchange(s_next, Choice::Ask);
    if (scripted != Choice::Ask)
        return scripted;

    ChangeReviewDialog dialog(tr("The Model Changed on the Server"), text, parent);
    dialog.addChanges(tr("Their changes (on the server now)"), theirChanges, overlapping);
    dialog.addChanges(tr("Your changes (not saved yet)"), myChanges, overlapping);
    dialog.addChoice(tr("Cancel"), Choice::Cancel);
    dialog.addChoice(tr("Re-edit on Their Version"), Choice::Reedit, true);
    dialog.addChoice(tr("Overwrite with Mine"), Choice::Overwrite);
    dialog.m_choice = Choice::Cancel;
    dialog.exec();
    return dialog.choice();
}

void ChangeReviewDialog::setNextChoice(Choice choice)
{
    s_next = choice;
}

QString ChangeReviewDialog::lastText()
{
    return s_lastText;
}

QList<FieldChange> ChangeReviewDialog::lastChanges()
{
    return s_lastChanges;
}

QList<FieldChange> ChangeReviewDialog::lastOtherChanges()
{
    return s_lastOther;
}

} // namespace lb::gui
