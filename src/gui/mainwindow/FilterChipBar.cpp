#include "FilterChipBar.h"

#include "settings/Appearance.h"
#include "widgets/FlowLayout.h"

#include "model/LlmTableModel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace lb::gui {

void FilterChipBar::applyColors()
{
    using Tone = Appearance::Tone;
    const auto c = [](Tone tone) { return Appearance::name(tone); };
    const QString css
        = QStringLiteral("QWidget#filterChipBar { background: %1; border-bottom: 1px solid %2; }"
                         "QWidget#filterChipBar QLabel { color: %3; }"
                         "QToolButton[chip='true'] { background: %4; color: %5;"
                         " border: 1px solid %6; border-radius: 10px; padding: 2px 10px; }"
                         "QToolButton[chip='true']:hover { background: %7; border-color: %6; }"
                         "QToolButton[chip='true']:checked { background: %8; color: %9;"
                         " border-color: %10; font-weight: 600; }"
                         "QToolButton[chip='true']:focus { border-color: %10; }"
                         "QToolButton#clearFilters { border: none; color: %10; padding: 2px 6px; }"
                         "QToolButton#clearFilters:hover { text-decoration: underline; }")
              .arg(c(Tone::PanelBackground), c(Tone::Border), c(Tone::Muted), c(Tone::ChipBackground), c(Tone::Heading),
                   c(Tone::BorderStrong), c(Tone::ChipHover), c(Tone::ChipChecked), c(Tone::ChipCheckedText))
              .arg(c(Tone::Accent));
    if (styleSheet() != css)
        setStyleSheet(css);
    // A label keeps its pixmap: the funnel again in the ink of the palette in use.
    if (auto *icon = findChild<QLabel *>(QStringLiteral("filterIcon")))
        icon->setPixmap(Appearance::icon(QStringLiteral("filter")).pixmap(QSize(14, 14), devicePixelRatioF()));
}

namespace {

QString modelsText(int count)
{
    return count == 1 ? FilterChipBar::tr("1 model") : FilterChipBar::tr("%1 models").arg(count);
}

} // namespace

FilterChipBar::FilterChipBar(QWidget *parent)
    : QWidget(parent)
    , m_abilityLayout(new QHBoxLayout)
    , m_abilityTitle(new QLabel(tr("Abilities:"), this))
    , m_typeTitle(new QLabel(tr("Type:"), this))
{
    setObjectName(QStringLiteral("filterChipBar"));
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("Filters"));
    applyColors();

    m_ok = makeChip(QStringLiteral("statusChipOk"));
    m_failed = makeChip(QStringLiteral("statusChipFailed"));
    m_never = makeChip(QStringLiteral("statusChipNever"));
    setStatusCounts(0, 0, 0);
    m_ok->setToolTip(tr("Show the models whose last test passed"));
    m_failed->setToolTip(tr("Show the models whose last test failed"));
    m_never->setToolTip(tr("Show the models not tested yet"));

    m_unused = makeChip(QStringLiteral("unusedChip"));
    m_unused->hide();
    setUnusedState(false, std::nullopt);

    for (const ModelType type : allModelTypes) {
        QToolButton *chip = makeChip(QStringLiteral("typeChip_") + modelTypeId(type));
        chip->setToolTip(tr("Show only the %1 models").arg(LlmTableModel::typeName(type)));
        chip->setText(LlmTableModel::typeName(type));
        chip->setAccessibleName(LlmTableModel::typeName(type));
        chip->hide();
        m_typeChips.append(chip);
    }

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every model again"));
    m_clear->setCursor(Qt::PointingHandCursor);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clearChips();
        emit clearRequested();
    });

    // The groups wrap onto further lines when the window is narrower than
    // the chips (the bar never makes the window wider, and nothing scrolls).
    auto *flow = new FlowLayout(this, 18, 4);
    flow->setContentsMargins(10, 5, 10, 5);
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("filterIcon"));
    icon->setPixmap(Appearance::icon(QStringLiteral("filter")).pixmap(QSize(14, 14), devicePixelRatioF()));
    QList<QWidget *> typeGroup{icon, m_typeTitle};
    for (QToolButton *chip : std::as_const(m_typeChips))
        typeGroup << chip;
    flow->addWidget(makeGroup(typeGroup));
    auto *abilityGroup = new QWidget(this);
    m_abilityLayout->setContentsMargins(0, 0, 0, 0);
    m_abilityLayout->setSpacing(6);
    m_abilityLayout->addWidget(m_abilityTitle);
    abilityGroup->setLayout(m_abilityLayout);
    flow->addWidget(abilityGroup);
    flow->addWidget(makeGroup({new QLabel(tr("Last test:"), this), m_ok, m_failed, m_never}));
    flow->addWidget(m_unused);
    flow->addWidget(m_clear);

    m_abilityTitle->hide();
    m_typeTitle->hide();
    updateClear();
}

QWidget *FilterChipBar::makeGroup(const QList<QWidget *> &widgets)
{
    auto *group = new QWidget(this);
    auto *layout = new QHBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return group;
}

QToolButton *FilterChipBar::makeChip(const QString &objectName)
{
    auto *chip = new QToolButton(this);
    chip->setObjectName(objectName);
    chip->setProperty("chip", true);
    chip->setCheckable(true);
    chip->setCursor(Qt::PointingHandCursor);
    chip->setFocusPolicy(Qt::TabFocus);
    connect(chip, &QToolButton::toggled, this, [this] {
        updateClear();
        emit filtersChanged();
    });
    return chip;
}

QString FilterChipBar::abilityLabel(const QString &ability)
{
    if (ability == QLatin1String("vision"))
        return tr("Vision");
    if (ability == QLatin1String("func_call"))
        return tr("Function calling");
    if (ability == QLatin1String("reasoning"))
        return tr("Reasoning");
    QString label = ability;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

void FilterChipBar::setAbilities(const QList<QPair<QString, int>> &abilities)
{
    QStringList order;
    QHash<QString, int> counts;
    for (const auto &[ability, count] : abilities) {
        order << ability;
        counts.insert(ability, count);
    }
    // Checked chips stay, even when no model has that ability any more.
    for (const QString &ability : std::as_const(m_abilityOrder)) {
        QToolButton *chip = m_abilityChips.value(ability);
        if (!order.contains(ability) && chip && chip->isChecked()) {
            order << ability;
            counts.insert(ability, 0);
        }
    }
    // Chips that went away.
    for (auto it = m_abilityChips.begin(); it != m_abilityChips.end();) {
        if (!order.contains(it.key())) {
            it.value()->deleteLater();
            it = m_abilityChips.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &ability : std::as_const(order)) {
        QToolButton *chip = m_abilityChips.value(ability);
        if (!chip) {
            chip = makeChip(QStringLiteral("abilityChip_") + ability);
            chip->setToolTip(tr("Show only the models with the ability “%1”").arg(ability));
            m_abilityChips.insert(ability, chip);
        }
        const int count = counts.value(ability);
        chip->setText(tr("%1 (%2)").arg(abilityLabel(ability)).arg(count));
        chip->setAccessibleName(tr("%1, %2").arg(abilityLabel(ability), modelsText(count)));
    }
    // Keep the layout in the given order.
    for (const QString &ability : std::as_const(order))
        m_abilityLayout->removeWidget(m_abilityChips.value(ability));
    for (const QString &ability : std::as_const(order))
        m_abilityLayout->addWidget(m_abilityChips.value(ability));
    m_abilityOrder = order;
    m_abilityCounts = counts;
    m_abilityTitle->setVisible(!order.isEmpty());
}

void FilterChipBar::setStatusCounts(int ok, int failed, int never)
{
    m_ok->setText(tr("✓ Passed (%1)").arg(ok));
    m_ok->setAccessibleName(tr("Passed, %1").arg(modelsText(ok)));
    m_failed->setText(tr("✗ Failed (%1)").arg(failed));
    m_failed->setAccessibleName(tr("Failed, %1").arg(modelsText(failed)));
    m_never->setText(tr("Never tested (%1)").arg(never));
    m_never->setAccessibleName(tr("Never tested, %1").arg(modelsText(never)));
}

void FilterChipBar::setTypeCounts(const QList<QPair<ModelType, int>> &counts)
{
    for (QToolButton *chip : std::as_const(m_typeChips))
        chip->setVisible(counts.isEmpty() && chip->isChecked()); // a checked chip stays
    for (const auto &[type, count] : counts) {
        QToolButton *chip = m_typeChips.at(int(type));
        const QString name = LlmTableModel::typeName(type);
        chip->setText(tr("%1 (%2)").arg(name).arg(count));
        chip->setAccessibleName(tr("%1, %2").arg(name, modelsText(count)));
        chip->show();
    }
    m_typeTitle->setVisible(!counts.isEmpty());
}

void FilterChipBar::setUnusedState(bool shown, std::optional<int> count, const QString &reason)
{
    if (!count && m_unused->isChecked())
        m_unused->setChecked(false); // emits filtersChanged()
    m_unused->setVisible(shown);
    m_unused->setEnabled(count.has_value());
    m_unused->setText(count ? tr("Unused (%1)").arg(*count) : tr("Unused (—)"));
    m_unused->setAccessibleName(count ? tr("Unused, %1").arg(modelsText(*count)) : tr("Unused, not known"));
    m_unused->setToolTip(count ? tr("Show only the models no pipeline or knowledge base uses")
                               : tr("Which models are unused is not known: %1").arg(reason));
}

bool FilterChipBar::unusedChecked() const
{
    return m_unused->isChecked();
}

QList<ModelType> FilterChipBar::checkedTypes() const
{
    QList<ModelType> checked;
    for (const ModelType type : allModelTypes) {
        if (m_typeChips.at(int(type))->isChecked())
            checked.append(type);
    }
    return checked;
}

void FilterChipBar::setTextFilterActive(bool active)
{
    m_textActive = active;
    updateClear();
}

QStringList FilterChipBar::checkedAbilities() const
{
    QStringList checked;
    for (const QString &ability : m_abilityOrder) {
        if (const QToolButton *chip = m_abilityChips.value(ability); chip && chip->isChecked())
            checked << ability;
    }
    return checked;
}

ModelViewProxy::Statuses FilterChipBar::checkedStatuses() const
{
    ModelViewProxy::Statuses statuses;
    if (m_ok->isChecked())
        statuses |= ModelViewProxy::StatusOk;
    if (m_failed->isChecked())
        statuses |= ModelViewProxy::StatusFailed;
    if (m_never->isChecked())
        statuses |= ModelViewProxy::StatusNever;
    return statuses;
}

bool FilterChipBar::hasCheckedChips() const
{
    return !checkedAbilities().isEmpty() || checkedStatuses() || !checkedTypes().isEmpty() || m_unused->isChecked();
}

QToolButton *FilterChipBar::statusChip(ModelViewProxy::Status status) const
{
    switch (status) {
    case ModelViewProxy::StatusOk:
        return m_ok;
    case ModelViewProxy::StatusFailed:
        return m_failed;
    case ModelViewProxy::StatusNever:
        return m_never;
    }
    return nullptr;
}

void FilterChipBar::clearChips()
{
    bool changed = false;
    QList<QToolButton *> chips = m_abilityChips.values();
    chips << m_ok << m_failed << m_never << m_unused << m_typeChips;
    for (QToolButton *chip : std::as_const(chips)) {
        if (chip->isChecked()) {
            const QSignalBlocker blocker(chip);
            chip->setChecked(false);
            changed = true;
        }
    }
    updateClear();
    if (changed)
        emit filtersChanged();
}

void FilterChipBar::updateClear()
{
    m_clear->setVisible(m_textActive || hasCheckedChips());
}

} // namespace lb::gui
