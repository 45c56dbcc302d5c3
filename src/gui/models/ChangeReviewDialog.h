#pragma once

#include "transfer/ImportPlan.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace lb::gui {

// The two questions of the model dialog's Save, as one dialog class:
//  - review: the field-level diff (old → new) of what will be sent; Save or Back;
//  - conflict: someone changed the model on the server after it was opened:
//    their changes and mine side by side; Overwrite, Re-edit or Cancel.
// Secrets never appear as values (FieldChange masks them).
//
// Scripted for tests the way MessageBox is: setNextChoice() answers the next
// question without showing a dialog (once); lastText()/lastChanges() tell
// what it would have shown.
class ChangeReviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Ask, Save, Back, Overwrite, Reedit, Cancel };

    // Review before saving: true for Save.
    static bool confirmSave(QWidget *parent, const QString &title, const QString &text,
                            const QList<FieldChange> &changes);
    // A conflict: Overwrite, Reedit or Cancel. overlapping: the fields both sides changed.
    static Choice resolveConflict(QWidget *parent, const QString &text, const QList<FieldChange> &theirChanges,
                                  const QList<FieldChange> &myChanges, const QStringList &overlapping);

    static void setNextChoice(Choice choice);
    static QString lastText();
    static QList<FieldChange> lastChanges();      // review: mine; conflict: theirs
    static QList<FieldChange> lastOtherChanges(); // conflict: mine

    // The dialog itself (shown by the functions above).
    ChangeReviewDialog(const QString &title, const QString &text, QWidget *parent = nullptr);
    // A titled list of changes; highlight: paths shown in bold.
    QTreeWidget *addChanges(const QString &heading, const QList<FieldChange> &changes,
                            const QStringList &highlight = {});
    QPushButton *addChoice(const QString &text, Choice choice, bool isDefault = false);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Cancel;
    QVBoxLayout *m_layout;
    QDialogButtonBox *m_buttons;

    static Choice s_next;
    static QString s_lastText;
    static QList<FieldChange> s_lastChanges;
    static QList<FieldChange> s_lastOther;
};

} // namespace lb::gui
