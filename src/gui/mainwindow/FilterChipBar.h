#pragma once

#include "ModelViewProxy.h"

#include "model/ModelType.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace lb::gui {

// A row of toggle chips under the tool bar that narrow the table: on 4.7+ one
// chip per model type (LLM, Embedding, Rerank), one chip per
// ability present on the server ("Vision", "Function calling"…) and one per
// last-test status (passed, failed, never tested). Each chip shows how many
// models it would match. "Clear filters" unchecks them all (and asks the
// window to clear the text filter).
class FilterChipBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChipBar(QWidget *parent = nullptr);

    // The abilities present, with counts, in display order. Checked chips of
    // abilities no longer present stay (checked) until unchecked.
    void setAbilities(const QList<QPair<QString, int>> &abilities);
    void setStatusCounts(int ok, int failed, int never);
    // The model types with counts (4.7+); empty hides the type chips.
    void setTypeCounts(const QList<QPair<ModelType, int>> &counts);
    // The "Unused" chip (models no pipeline or knowledge base uses; 4.7+):
    // hidden unless shown; count: how many, or none while that is not known,
    // which unchecks and disables the chip with `reason` in its tooltip.
    void setUnusedState(bool shown, std::optional<int> count, const QString &reason = {});
    bool unusedChecked() const;
    // Whether "Clear filters" shows (also for a text filter).
    void setTextFilterActive(bool active);

    QStringList checkedAbilities() const;
    QList<ModelType> checkedTypes() const;
    ModelViewProxy::Statuses checkedStatuses() const;
    bool hasCheckedChips() const;
    // Unchecks every chip; emits filtersChanged() once if anything changed.
    void clearChips();
    // The style sheet for the palette in use (light or dark).
    void applyColors();

    QToolButton *abilityChip(const QString &ability) const { return m_abilityChips.value(ability); }
    QToolButton *typeChip(ModelType type) const { return m_typeChips.at(int(type)); }
    QToolButton *statusChip(ModelViewProxy::Status status) const;
    QToolButton *clearButton() const { return m_clear; }
    QToolButton *unusedChip() const { return m_unused; }

    // "vision" -> "Vision", "func_call" -> "Function calling", "reasoning" ->
    // "Reasoning"; others with a capital first letter, "_" as spaces.
    static QString abilityLabel(const QString &ability);

signals:
    void filtersChanged();
    // "Clear filters" was clicked (the chips are already unchecked).
    void clearRequested();

private:
    // A title and its chips, kept on one line when the bar wraps.
    QWidget *makeGroup(const QList<QWidget *> &widgets);
    QToolButton *makeChip(const QString &objectName);
    void updateClear();

    QHBoxLayout *m_abilityLayout;
    QLabel *m_abilityTitle;
    QLabel *m_typeTitle;
    QList<QToolButton *> m_typeChips; // by int(ModelType)
    QHash<QString, QToolButton *> m_abilityChips;
    QHash<QString, int> m_abilityCounts;
    QStringList m_abilityOrder;
    QToolButton *m_ok;
    QToolButton *m_failed;
    QToolButton *m_never;
    QToolButton *m_unused;
    QToolButton *m_clear;
    bool m_textActive = false;
};

} // namespace lb::gui
