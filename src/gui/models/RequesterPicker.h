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
// description underneath. By default only requesters that serve LLM models are
// offered (a 4.0–4.6 model's); setSupportType({}) offers every type (a
// provider's), grouped by category (model makers, platforms, self-hosted,
// built-in…) with the types each serves.
class RequesterPicker : public QWidget
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, KeywordsRole, DescriptionRole, DetailRole, HeaderRole };

    explicit RequesterPicker(QWidget *parent = nullptr);
    ~RequesterPicker() override;

    // icons: may be nullptr (letter tiles); not owned.
    void setRequesters(const QList<RequesterSchema> &requesters, RequesterIcons *icons = nullptr);
    // The spec.support_type offered ("llm", the default); empty: every type,
    // grouped by category. Call before setRequesters().
    void setSupportType(const QString &supportType) { m_supportType = supportType; }
    // The name of a requester's provider_category, for people.
    static QString categoryText(const QString &category);
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
    QModelIndex firstChoice() const; // the first requester shown (not a group's title)
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
    QString m_supportType = QStringLiteral("llm");
    bool m_selecting = false;
};

} // namespace lb::gui
