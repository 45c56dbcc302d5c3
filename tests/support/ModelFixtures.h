#pragma once

// Model fixtures for the table model and its proxy: records made from a
// spec, five models that sort differently on every column, numbered lists of
// any size, a model with a proxy on top under QAbstractItemModelTester, and
// what a table shows. QtCore and the core library only.

#include "model/LlmModel.h"
#include "model/LlmSortFilterProxy.h"
#include "model/LlmTableModel.h"

#include <QAbstractItemModelTester>
#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>

namespace lb::testsupport {

struct ModelSpec
{
    const char *uuid;
    const char *name;
    const char *requester;
    const char *baseUrl;
    QStringList keys;
    QStringList abilities;
    const char *updated; // nullptr: none
    const char *description = "";
};

// A record as a 4.6 server lists it, from spec.
LlmModel makeModel(const ModelSpec &s);
// Five models that sort differently on every column (keys "sk-SECRET-…").
QList<LlmModel> fiveModels();
// count models "model <i><suffix>" with uuids "uuid-<i, 6 digits>", from first on.
QList<LlmModel> numbered(int first, int count, const QString &suffix = QString());
// The UuidRole of every row, in row order.
QStringList uuidsOf(const QAbstractItemModel &m);
// model.applyModels(list), then waits for modelsApplied() (exactly once).
bool applyAndWait(LlmTableModel &model, const QList<LlmModel> &list, int timeoutMs = 60'000);
// What each row shows (display, tooltip, sort, search, test state), by uuid:
// for comparing two tables whatever their row order.
QMap<QString, QStringList> contentsOf(const QAbstractItemModel &m);

// A model with a proxy on top, both under QAbstractItemModelTester (failures
// reported to QtTest).
struct ModelRig
{
    ModelRig();
    LlmTableModel model;
    LlmSortFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

} // namespace lb::testsupport
