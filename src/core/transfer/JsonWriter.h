#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace lb {

// A small streaming JSON writer for the transfer documents: 2-space
// indentation, one value per line, "key": value, a final newline, and keys in
// the order the caller writes them. QJsonDocument can only write an object's
// keys in alphabetical order; the documents want a fixed, readable order
// (format, version, ... then models with uuid, name, ...) so that diffs of
// exported files stay small and the file reads top-down.
//
// Values handed over as QJsonValue are written the way QJsonDocument writes
// them (same string escaping and number format); the keys of a QJsonObject
// written this way come out alphabetically (QJsonObject's own order), so any
// nested object is stable too.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // Inside an object: the next key; the next begin*/value call is its value.
    void key(const QString &name);
    void value(const QJsonValue &value);
    void field(const QString &name, const QJsonValue &v)
    {
        key(name);
        value(v);
    }

    // The document so far plus a final newline. Call when every container is closed.
    QByteArray finish() const;

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
    };

    void beforeValue();
    void newline();
    void writeScalar(const QJsonValue &value);

    QByteArray m_out;
    QList<Level> m_stack;
    bool m_afterKey = false;
};

} // namespace lb
