#include "RequesterPicker.h"

#include "RequesterIcons.h"
#include "settings/Appearance.h"

#include "model/LlmTableModel.h"
#include "model/ModelType.h"
#include "schema/RequesterSearch.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace lb::gui {

class RequesterFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setQuery(const QString &query)
    {
        m_query = query;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (index.data(RequesterPicker::HeaderRole).toBool())
            return m_query.trimmed().isEmpty(); // the groups' titles, while nothing is searched
        return keywordsMatch(index.data(RequesterPicker::KeywordsRole).toStringList(), m_query);
    }

private:
    QString m_query;
};

namespace {

// Two lines per requester: the label, and the name in small grey text.
class RequesterDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        if (index.data(RequesterPicker::HeaderRole).toBool())
            return {200, metrics.height() + 10}; // a group's title: one line
        return {200, metrics.height() * 2 + 14};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (index.data(RequesterPicker::HeaderRole).toBool()) {
            // A group's title: bold, no icon.
            QFont bold = opt.font;
            bold.setWeight(QFont::Bold);
            painter->save();
            painter->setFont(bold);
            painter->setPen(opt.palette.color(QPalette::Normal, QPalette::WindowText));
            painter->drawText(opt.rect.adjusted(6, 0, -6, -2), Qt::AlignLeft | Qt::AlignBottom, opt.text);
            painter->restore();
            return;
        }
        const QString label = opt.text;
        const QIcon icon = opt.icon;
        opt.text.clear();
        opt.icon = QIcon();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QRect rect = opt.rect.adjusted(8, 0, -6, 0);
        const int iconSize = 24;
        const QRect iconRect(rect.left(), rect.center().y() - iconSize / 2, iconSize, iconSize);
        icon.paint(painter, iconRect);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor faint = text;
        faint.setAlphaF(selected ? 0.8f : 0.55f);

        const QRect textRect = rect.adjusted(iconSize + 10, 5, 0, -5);
        QFont bold = opt.font;
        bold.setWeight(QFont::DemiBold);
        painter->save();
        painter->setFont(bold);
        painter->setPen(text);
        const QFontMetrics boldMetrics(bold);
        painter->drawText(textRect.adjusted(0, 0, 0, -textRect.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(label, Qt::ElideRight, textRect.width()));
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.88);
        painter->setFont(small);
        painter->setPen(faint);
        const QString detail = index.data(RequesterPicker::DetailRole).toString();
        const QString name = detail.isEmpty() ? index.data(RequesterPicker::NameRole).toString() : detail;
        painter->drawText(textRect.adjusted(0, textRect.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(name, Qt::ElideRight, textRect.width()));
        painter->restore();
    }
};

} // namespace

RequesterPicker::RequesterPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new RequesterFilterModel(this))
{
    setObjectName(QStringLiteral("requesterPicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *title = new QLabel(tr("&Requester"), this);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("requesterSearch"));
    m_search->setPlaceholderText(tr("Search: name, label or alias"));
    m_search->setAccessibleName(tr("Search requesters"));
    m_search->setToolTip(tr("Finds requesters by label (any language), name or alias, such as "
                            "“claude”, “gpt” or “glm”"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("requesterList"));
    // A list is not announced by its buddy label (Qt 6.4): named itself.
    m_list->setAccessibleName(tr("Requesters"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new RequesterDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(220);
    m_list->installEventFilter(this);
    title->setBuddy(m_list);

    m_noMatch = new QLabel(tr("No requester matches."), this);
    Appearance::dim(m_noMatch);
    m_noMatch->hide();

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("requesterDescription"));
    m_description->setWordWrap(true);
    Appearance::dim(m_description);
    m_description->setTextFormat(Qt::PlainText);

    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_description);
    setTabOrder(m_search, m_list);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Filtering moves the view's current row: that is no choice.
        m_selecting = true;
        m_proxy->setQuery(text);
        m_selecting = false;
        m_noMatch->setVisible(m_proxy->rowCount() == 0);
        selectCurrentInView();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            choose(firstChoice(), true);
            m_list->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_selecting && current.isValid())
            choose(current, true);
    });
}

RequesterPicker::~RequesterPicker() = default;

void RequesterPicker::setRequesters(const QList<RequesterSchema> &requesters, RequesterIcons *icons)
{
    if (m_icons)
        disconnect(m_icons, nullptr, this, nullptr);
    m_icons = icons;
    m_model->clear();
    const QLocale locale;
    const bool grouped = m_supportType.isEmpty();
    m_list->setUniformItemSizes(!grouped); // a group's title is lower than a requester
    QList<RequesterSchema> shown;
    for (const RequesterSchema &schema : requesters) {
        if (grouped || schema.supports(m_supportType))
            shown.append(schema);
    }
    if (grouped) {
        // Known categories in this order, then any other, each in server order.
        static const QStringList order{QStringLiteral("manufacturer"), QStringLiteral("maas"),
                                       QStringLiteral("self-hosted"), QStringLiteral("builtin"),
                                       QStringLiteral("unified")};
        const auto rank = [](const RequesterSchema &r) {
            const qsizetype at = order.indexOf(r.providerCategory());
            return at < 0 ? order.size() : at;
        };
        std::stable_sort(shown.begin(), shown.end(),
                         [&rank](const RequesterSchema &a, const RequesterSchema &b) { return rank(a) < rank(b); });
    }
    QString group;
    for (const RequesterSchema &schema : std::as_const(shown)) {
        if (grouped && (m_model->rowCount() == 0 || schema.providerCategory() != group)) {
            group = schema.providerCategory();
            auto *header = new QStandardItem(categoryText(group));
            header->setData(true, HeaderRole);
            header->setFlags(Qt::NoItemFlags);
            m_model->appendRow(header);
        }
        auto *item = new QStandardItem(schema.displayName(locale));
        item->setData(schema.name(), NameRole);
        item->setData(requesterKeywords(schema), KeywordsRole);
        const QString description = schema.displayDescription(locale);
        item->setData(description, DescriptionRole);
        QString spoken = schema.name();
        if (grouped) {
            QStringList types;
            for (const QString &type : schema.supportTypes()) {
                const std::optional<ModelType> known = modelTypeFromId(type);
                types << (known ? LlmTableModel::typeName(*known) : type);
            }
            const QString detail = tr("%1 · %2").arg(schema.name(), types.join(QStringLiteral(", ")));
            item->setData(detail, DetailRole);
            spoken = tr("%1, %2, serves %3")
                         .arg(schema.name(), categoryText(schema.providerCategory()), types.join(QStringLiteral(", ")));
        }
        item->setToolTip(description.isEmpty() ? spoken : spoken + QLatin1Char('\n') + description);
        item->setData(description.isEmpty() ? spoken : spoken + QStringLiteral(". ") + description,
                      Qt::AccessibleDescriptionRole);
        item->setIcon(icons ? icons->icon(schema.name(), schema.displayName(locale))
                            : RequesterIcons::letterIcon(schema.displayName(locale), schema.name()));
        m_model->appendRow(item);
    }
    if (icons) {
        connect(icons, &RequesterIcons::iconReady, this, [this](const QString &name) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                QStandardItem *item = m_model->item(row);
                if (item->data(NameRole).toString() == name && m_icons)
                    item->setIcon(m_icons->icon(name));
            }
        });
    }
    m_noMatch->setVisible(m_proxy->rowCount() == 0);
    selectCurrentInView();
    updateDescription();
}

QModelIndex RequesterPicker::firstChoice() const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!index.data(NameRole).toString().isEmpty())
            return index;
    }
    return {};
}

QString RequesterPicker::categoryText(const QString &category)
{
    if (category == QLatin1String("manufacturer"))
        return tr("Model makers");
    if (category == QLatin1String("maas"))
        return tr("Model platforms (MaaS)");
    if (category == QLatin1String("self-hosted"))
        return tr("Self-hosted");
    if (category == QLatin1String("builtin"))
        return tr("Built-in");
    if (category == QLatin1String("unified"))
        return tr("Unified gateways");
    return category.isEmpty() ? tr("Other") : category;
}

bool RequesterPicker::setCurrentName(const QString &name)
{
    m_current = name;
    selectCurrentInView();
    updateDescription();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(NameRole).toString() == name)
            return true;
    }
    return false;
}

void RequesterPicker::selectCurrentInView()
{
    m_selecting = true;
    QModelIndex found;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(NameRole).toString() == m_current) {
            found = index;
            break;
        }
    }
    if (found.isValid()) {
        m_list->selectionModel()->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(found);
    } else {
        m_list->selectionModel()->clearSelection();
        m_list->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_selecting = false;
}

void RequesterPicker::choose(const QModelIndex &proxyIndex, bool notify)
{
    const QString name = proxyIndex.data(NameRole).toString();
    if (name.isEmpty())
        return;
    const bool changed = name != m_current;
    m_current = name;
    selectCurrentInView();
    updateDescription();
    if (changed && notify)
        emit currentChanged(name);
}

void RequesterPicker::updateDescription()
{
    QString text;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->data(NameRole).toString() == m_current) {
            text = item->data(DescriptionRole).toString();
            break;
        }
    }
    m_description->setText(text);
    m_description->setVisible(!text.isEmpty());
}

void RequesterPicker::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QStringList RequesterPicker::visibleNames() const
{
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString name = m_proxy->index(row, 0).data(NameRole).toString();
        if (!name.isEmpty()) // not a group's title
            names.append(name);
    }
    return names;
}

bool RequesterPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search field goes on to the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_proxy->rowCount() > 0) {
            m_list->setFocus(Qt::OtherFocusReason);
            if (!m_list->currentIndex().isValid())
                choose(firstChoice(), true);
            return true;
        }
    }
    // Enter in the list confirms the choice (instead of pressing the
    // dialog's default button).
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_list->currentIndex().isValid())
                choose(m_list->currentIndex(), true);
            emit confirmed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lb::gui
