#include "RowListEditor.h"

#include "settings/Appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace lb::gui {

RowListEditor::RowListEditor(const QString &emptyText, const QString &addText, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_empty(new QLabel(emptyText, this))
    , m_add(new QPushButton(Appearance::icon(QStringLiteral("add")), addText, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_rowsLayout->setSpacing(4);
    m_layout->addLayout(m_rowsLayout);
    m_empty->setWordWrap(true);
    QFont small = m_empty->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_empty->setFont(small);
    Appearance::dim(m_empty);
    m_layout->addWidget(m_empty);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    m_layout->addLayout(buttons);
}

QToolButton *RowListEditor::rowButton(QWidget *parent, const QString &iconName, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setIcon(Appearance::icon(iconName));
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

void RowListEditor::setHeader(QWidget *header)
{
    m_header = header;
    m_layout->insertWidget(0, header);
    header->setVisible(!m_rows.isEmpty());
}

QWidget *RowListEditor::newRowBox()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    return box;
}

void RowListEditor::appendRow(QWidget *box, const QList<QWidget *> &widgets, const QString &removeText, bool focus)
{
    Row row{box, widgets};
    QToolButton *remove = rowButton(box, QStringLiteral("delete"), removeText);
    row.widgets.append(remove);
    box->layout()->addWidget(remove);
    m_rowsLayout->addWidget(box);
    box->show();
    m_rows.append(row);
    connect(remove, &QToolButton::clicked, this, [this, box] { removeRow(rowOf(box)); });
    renumber();
    if (focus && isVisible() && !widgets.isEmpty())
        widgets.constFirst()->setFocus(Qt::OtherFocusReason);
    emit changed();
}

QWidget *RowListEditor::widgetAt(int row, int index) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).widgets.value(index) : nullptr;
}

void RowListEditor::replaceWidget(int row, int index, QWidget *widget)
{
    QWidget *old = widgetAt(row, index);
    if (!old)
        return;
    auto *layout = static_cast<QHBoxLayout *>(m_rows.at(row).box->layout());
    const int position = layout->indexOf(old);
    layout->removeWidget(old);
    old->hide();
    old->deleteLater();
    layout->insertWidget(position, widget, 1);
    widget->show();
    m_rows[row].widgets[index] = widget;
}

int RowListEditor::rowOf(const QWidget *widget) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.box == widget || row.widgets.contains(widget))
            return i;
    }
    return -1;
}

void RowListEditor::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(index);
    row.box->hide();
    row.box->deleteLater();
    renumber();
    if (!m_rows.isEmpty())
        m_rows.at(std::min<int>(index, int(m_rows.size()) - 1)).widgets.constFirst()->setFocus(Qt::OtherFocusReason);
    else
        m_add->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void RowListEditor::clearRows()
{
    while (!m_rows.isEmpty()) {
        const Row row = m_rows.takeLast();
        row.box->hide();
        row.box->deleteLater();
    }
    renumber();
}

QToolButton *RowListEditor::removeButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? static_cast<QToolButton *>(m_rows.at(row).widgets.constLast()) : nullptr;
}

void RowListEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i)
        nameRow(i);
    // Tab order: each row's widgets, then Add.
    const QList<QWidget *> chain = focusChain();
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
    if (m_header)
        m_header->setVisible(!m_rows.isEmpty());
    m_empty->setVisible(m_rows.isEmpty());
}

QWidget *RowListEditor::firstFocusWidget() const
{
    return m_rows.isEmpty() ? static_cast<QWidget *>(m_add) : m_rows.constFirst().widgets.constFirst();
}

QWidget *RowListEditor::lastFocusWidget() const
{
    return m_add;
}

QList<QWidget *> RowListEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain << row.widgets;
    chain << m_add;
    return chain;
}

} // namespace lb::gui
