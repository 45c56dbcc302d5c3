#pragma once

#include <QList>
#include <QString>

namespace lb {

// One problem found while reading a schema, named by its JSON path relative to
// the envelope's data, e.g. "requesters[3].spec.config[1].type: not a string".
// Parsing skips only what is unusable and keeps the rest; every skip or
// substitution leaves one SchemaError behind.
struct SchemaError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    friend bool operator==(const SchemaError &a, const SchemaError &b)
    {
        return a.path == b.path && a.message == b.message;
    }
    friend bool operator!=(const SchemaError &a, const SchemaError &b) { return !(a == b); }
};

using SchemaErrors = QList<SchemaError>;

// Path helpers: joinPath("a", "b") == "a.b", indexPath("a", 3) == "a[3]".
inline QString joinPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}
inline QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace lb
