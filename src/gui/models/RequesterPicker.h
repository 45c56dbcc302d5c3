#pragma once

#include "schema/RequesterSchema.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace lb::gui {

class RequesterIcons;
class RequesterFilterModel;

// Picks the requester of a new model: a search field (label in any language,
// name, alias words such as "claude" or "glm": see RequesterSearch) over a
// list with each requester's icon, label and name; the chosen one's
// description underneath. Only requesters that serve LLM models are offered.
class RequesterPicker : public QWidget
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, KeywordsRole, DescriptionRole };

    explicit RequesterPicker(QWidget *parent = nullptr);
    ~RequesterPicker() override;

    // icons: may be nullptr (letter tiles); not owned.
    void setRequesters(const QList<RequesterSchema> &requesters, RequesterIcons *icons = nullptr);
    // Selects name (without currentChanged()); false when it is not offered.
    bool setCurrentName(const QString &name);
    QString currentName() const { return m_current; }

    void setSearchText(const QString &text);
    // The names shown now (after the search), in order.
    QStringList visibleNames() const;

    QLineEdit *searchEdit() const { return m_search; }
    QListView *listView() const { return m_list; }
    QLabel *descriptionLabel() const { return m_description; }

signals:
    // The user chose another requester.
    void currentChanged(const QString &name);
    // Enter in the list: the choice is made (the dialog moves on).
    void confirmed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &proxyIndex, bool notify);
    void updateDescription();
    void selectCurrentInView();

    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_description;
    QLabel *m_noMatch;
    QStandardItemModel *m_model;
    RequesterFilterModel *m_proxy;
    QPointer<RequesterIcons> m_icons;
    QString m_current;
    bool m_selecting = false;
};

} // namespace lb::gui
