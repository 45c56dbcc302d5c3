#include "ModelFixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lb::testsupport {

LlmModel makeModel(const ModelSpec &s)
{
    QJsonObject o{
        {u"uuid"_s, QString::fromUtf8(s.uuid)},
        {u"name"_s, QString::fromUtf8(s.name)},
        {u"description"_s, QString::fromUtf8(s.description)},
        {u"requester"_s, QString::fromUtf8(s.requester)},
        {u"requester_config"_s, QJsonObject{{u"base_url"_s, QString::fromUtf8(s.baseUrl)}, {u"timeout"_s, 120}}},
        {u"api_keys"_s, QJsonArray::fromStringList(s.keys)},
        {u"abilities"_s, QJsonArray::fromStringList(s.abilities)},
        {u"extra_args"_s, QJsonObject()},
    };
    if (s.updated)
        o.insert(u"updated_at"_s, QString::fromUtf8(s.updated));
    return LlmModel(o);
}

QList<LlmModel> fiveModels()
{
    return {
        makeModel({"u-a",
                   "Alpha",
                   "openai-chat-completions",
                   "https://api.openai.com/v1",
                   {u"sk-SECRET-a1-0123456789"_s, u"sk-SECRET-a2-0123456789"_s},
                   {u"vision"_s, u"func_call"_s},
                   "2025-06-03T00:00:00",
                   "Flagship MODEL for chat"}),
        makeModel({"u-b",
                   "beta",
                   "anthropic-messages",
                   "https://api.anthropic.com",
                   {},
                   {},
                   "2025-06-01T00:00:00",
                   "Claude"}),
        makeModel({"u-c",
                   "Gamma 10",
                   "ollama-chat",
                   "http://127.0.0.1:11434",
                   {u"sk-SECRET-c1-0123456789"_s},
                   {u"func_call"_s},
                   "2025-06-02T00:00:00"}),
        makeModel({"u-d",
                   "gamma 9",
                   "deepseek-chat-completions",
                   "https://api.deepseek.com",
                   {u"sk-SECRET-d1-0123456789"_s, u"sk-SECRET-d2-0123456789"_s, u"sk-SECRET-d3-0123456789"_s},
                   {u"vision"_s},
                   nullptr}),
        makeModel({"u-e",
                   "Delta",
                   "zhipuai-chat-completions",
                   "https://open.bigmodel.cn/api/paas/v4",
                   {u"sk-SECRET-e1-0123456789"_s},
                   {u"func_call"_s, u"vision"_s},
                   "2025-05-01T00:00:00"}),
    };
}

QList<LlmModel> numbered(int first, int count, const QString &suffix)
{
    QList<LlmModel> list;
    list.reserve(count);
    for (int i = first; i < first + count; ++i) {
        list.append(LlmModel(QJsonObject{
            {u"uuid"_s, u"uuid-%1"_s.arg(i, 6, 10, QChar(u'0'))},
            {u"name"_s, u"model %1%2"_s.arg(i).arg(suffix)},
            {u"requester"_s, u"openai-chat-completions"_s},
            {u"requester_config"_s, QJsonObject{{u"base_url"_s, u"https://h%1.example/v1"_s.arg(i % 97)}}},
            {u"api_keys"_s, QJsonArray{u"sk-k%1"_s.arg(i)}},
            {u"abilities"_s, QJsonArray{u"func_call"_s}},
            {u"updated_at"_s, u"2025-06-01T10:00:%1"_s.arg(i % 60, 2, 10, QChar(u'0'))},
        }));
    }
    return list;
}

QStringList uuidsOf(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, 0).data(LlmTableModel::UuidRole).toString());
    return out;
}

bool applyAndWait(LlmTableModel &model, const QList<LlmModel> &list, int timeoutMs)
{
    QSignalSpy applied(&model, &LlmTableModel::modelsApplied);
    model.applyModels(list);
    if (!model.isApplying())
        return false;
    const bool ok = applied.wait(timeoutMs) && applied.size() == 1 && !model.isApplying();
    QTest::qWait(0);
    return ok && applied.size() == 1;
}

QMap<QString, QStringList> contentsOf(const QAbstractItemModel &m)
{
    QMap<QString, QStringList> out;
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m.columnCount(); ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(LlmTableModel::SortRole),
                             int(LlmTableModel::SearchTextRole), int(LlmTableModel::TestStateRole)})
                cells << m.index(r, c).data(role).toString();
        }
        out.insert(m.index(r, 0).data(LlmTableModel::UuidRole).toString(), cells);
    }
    return out;
}

ModelRig::ModelRig()
{
    using Tester = QAbstractItemModelTester;
    proxy.setSourceModel(&model);
    modelTester = std::make_unique<Tester>(&model, Tester::FailureReportingMode::QtTest);
    proxyTester = std::make_unique<Tester>(&proxy, Tester::FailureReportingMode::QtTest);
}

} // namespace lb::testsupport
