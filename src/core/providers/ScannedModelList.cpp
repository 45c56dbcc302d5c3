#include "ScannedModelList.h"

#include "model/LlmTableModel.h"

#include <QLocale>

namespace lb {

namespace {

QString typeText(const ScannedModel &m)
{
    return m.type ? LlmTableModel::typeName(*m.type) : m.typeId;
}

} // namespace

ScannedModelList::ScannedModelList(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ScannedModelList::~ScannedModelList() = default;

QString ScannedModelList::statusText(Status status)
{
    switch (status) {
    case Status::AlreadyAdded:
        return tr("Already added");
    case Status::Queued:
        return tr("Waiting");
    case Status::Adding:
        return tr("Adding…");
    case Status::Added:
        return tr("Added");
    case Status::Failed:
        return tr("Failed");
    case Status::NotSent:
        return tr("Not added");
    case Status::New:
        break;
    }
    return tr("New");
}

void ScannedModelList::setScan(const QString &providerUuid, const QList<ScannedModel> &models,
                               const QList<LlmModel> &saved)
{
    beginResetModel();
    m_provider = providerUuid;
    m_rows.clear();
    for (const ScannedModel &m : models)
        m_rows.append(Row{m, false, Status::New, {}, false});
    applySaved(saved);
    endResetModel();
    emit checkedCountChanged(0);
}

void ScannedModelList::clear()
{
    setScan({}, {}, {});
}

void ScannedModelList::setSaved(const QList<LlmModel> &saved)
{
    const int before = checkedCount();
    applySaved(saved);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (checkedCount() != before)
        emit checkedCountChanged(checkedCount());
}

void ScannedModelList::applySaved(const QList<LlmModel> &saved)
{
    m_savedNotOffered.clear();
    QSet<QString> offered;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.model.type)
            offered.insert(modelTypeId(*row.model.type) + u'/' + row.model.modelName());
    }
    QSet<QString> savedKeys;
    for (const LlmModel &m : saved) {
        if (m_provider.isEmpty() || m.providerUuid() != m_provider)
            continue;
        const QString key = modelTypeId(m.type()) + u'/' + m.name();
        savedKeys.insert(key);
        if (!offered.contains(key))
            m_savedNotOffered << QStringLiteral("%1 (%2)").arg(m.name(), LlmTableModel::typeName(m.type()));
    }
    for (Row &row : m_rows) {
        row.savedByName
            = row.model.type && savedKeys.contains(modelTypeId(*row.model.type) + u'/' + row.model.modelName());
        if (row.status == Status::New || row.status == Status::AlreadyAdded) {
            row.status = (row.model.alreadyAdded || row.savedByName) ? Status::AlreadyAdded : Status::New;
            if (row.status == Status::AlreadyAdded)
                row.checked = false;
        }
    }
}

int ScannedModelList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScannedModelList::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ScannedModelList::isAlreadyAdded(int row) const
{
    const Row &r = m_rows.at(row);
    return r.model.alreadyAdded || r.savedByName;
}

bool ScannedModelList::isCheckable(int row) const
{
    const Row &r = m_rows.at(row);
    // A model of a type the console does not know cannot be created.
    return r.model.type.has_value()
        && (r.status == Status::New || r.status == Status::Failed || r.status == Status::NotSent);
}

QVariant ScannedModelList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ScannedModel &m = row.model;
    switch (role) {
    case IdRole:
        return m.id;
    case TypeRole:
        return m.type ? modelTypeId(*m.type) : m.typeId;
    case StatusRole:
        return int(row.status);
    case SearchTextRole:
        return QStringList{m.id, m.displayName, m.ownedBy}.join(u' ').toLower();
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        // Rows on the server (or on their way there) show a checked box;
        // those already there are also greyed out (flags()).
        return row.checked || row.status == Status::Queued || row.status == Status::Adding
                || row.status == Status::Added || row.status == Status::AlreadyAdded
            ? Qt::Checked
            : Qt::Unchecked;
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !m.displayName.isEmpty() && m.displayName != m.id)
            return m.displayName;
        if (index.column() == StatusColumn && row.status == Status::AlreadyAdded)
            return row.savedByName ? tr("A model of this provider already has this name and type")
                                   : tr("The server says a model of this provider already has this name");
        if (index.column() == StatusColumn && !row.message.isEmpty())
            return row.message;
        return {};
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return m.id;
    case TypeColumn:
        return typeText(m);
    case AbilitiesColumn:
        return m.abilities.join(QStringLiteral(", "));
    case ContextColumn:
        return m.contextLength ? QLocale().toString(*m.contextLength) : QString();
    case OwnerColumn:
        return m.ownedBy;
    case StatusColumn:
        return row.message.isEmpty() ? statusText(row.status) : tr("%1: %2").arg(statusText(row.status), row.message);
    default:
        return {};
    }
}

bool ScannedModelList::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != NameColumn
        || !isCheckable(index.row()))
        return false;
    setChecked({index.row()}, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags ScannedModelList::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const Row &row = m_rows.at(index.row());
    if (row.status == Status::AlreadyAdded || row.status == Status::Added || !row.model.type)
        f &= ~Qt::ItemIsEnabled; // nothing to do with it here
    if (index.column() == NameColumn && isCheckable(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ScannedModelList::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Model");
    case TypeColumn:
        return tr("Type");
    case AbilitiesColumn:
        return tr("Abilities");
    case ContextColumn:
        return tr("Context length");
    case OwnerColumn:
        return tr("Owned by");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void ScannedModelList::setChecked(const QList<int> &rows, bool checked)
{
    bool changed = false;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size() || m_rows.at(row).checked == checked || (checked && !isCheckable(row)))
            continue;
        m_rows[row].checked = checked;
        changed = true;
        const QModelIndex i = index(row, NameColumn);
        emit dataChanged(i, i, {Qt::CheckStateRole});
    }
    if (changed)
        emit checkedCountChanged(checkedCount());
}

QList<int> ScannedModelList::checkedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).checked)
            rows << i;
    }
    return rows;
}

int ScannedModelList::checkedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.checked; }));
}

void ScannedModelList::setStatus(int row, Status status, const QString &message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.status = status;
    r.message = message;
    const bool uncheck = r.checked && !isCheckable(row);
    if (uncheck)
        r.checked = false;
    emitRowChanged(row);
    if (uncheck)
        emit checkedCountChanged(checkedCount());
}

void ScannedModelList::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace lb
