#include "TestStateDelegate.h"

#include "model/LlmTableModel.h"
#include "model/TestOutcome.h"

#include "settings/Appearance.h"

#include <QApplication>
#include <QPalette>

namespace lb::gui {

namespace {

TestOutcome::State stateOf(const QModelIndex &index)
{
    const QVariant v = index.data(LlmTableModel::TestStateRole);
    return v.isValid() ? static_cast<TestOutcome::State>(v.toInt()) : TestOutcome::State::Never;
}

const QChar kCheck(0x2713); // ✓
const QChar kCross(0x2717); // ✗

} // namespace

QString TestStateDelegate::cellText(const QModelIndex &index)
{
    const QString shown = index.data(Qt::DisplayRole).toString().trimmed();
    switch (stateOf(index)) {
    case TestOutcome::State::Ok:
        if (shown.startsWith(kCheck))
            return shown;
        return kCheck + QLatin1Char(' ') + (shown.isEmpty() ? tr("OK") : shown);
    case TestOutcome::State::Failed:
        if (shown.startsWith(kCross))
            return shown;
        return kCross + QLatin1Char(' ') + (shown.isEmpty() ? tr("Failed") : shown);
    case TestOutcome::State::Running:
        return tr("Testing…");
    case TestOutcome::State::Cancelled:
        return shown.isEmpty() ? tr("Cancelled") : shown;
    case TestOutcome::State::Queued:
    case TestOutcome::State::Never:
        break;
    }
    return shown.isEmpty() ? QStringLiteral("—") : shown;
}

QColor TestStateDelegate::cellColor(const QModelIndex &index)
{
    switch (stateOf(index)) {
    case TestOutcome::State::Ok:
        return Appearance::color(Appearance::Tone::Success);
    case TestOutcome::State::Failed:
        return Appearance::color(Appearance::Tone::Failure);
    case TestOutcome::State::Queued:
    case TestOutcome::State::Running:
    case TestOutcome::State::Cancelled:
    case TestOutcome::State::Never:
        break;
    }
    return QApplication::palette().color(QPalette::PlaceholderText);
}

void TestStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = cellText(index);
    option->displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    const QColor color = cellColor(index);
    if (color.isValid())
        option->palette.setColor(QPalette::Text, color);
    const TestOutcome::State state = stateOf(index);
    if (state == TestOutcome::State::Running)
        option->font.setItalic(true);
    if (state == TestOutcome::State::Ok || state == TestOutcome::State::Failed)
        option->font.setWeight(QFont::DemiBold);
}

} // namespace lb::gui
