#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb {

void JsonWriter::newline()
{
    m_out.append('\n');
    m_out.append(QByteArray(2 * m_stack.size(), ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) { // the key already placed us
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Level &level = m_stack.last();
    Q_ASSERT(!level.object); // in an object a value needs a key first
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    newline();
}

void JsonWriter::key(const QString &name)
{
    Q_ASSERT(!m_stack.isEmpty() && m_stack.last().object && !m_afterKey);
    Level &level = m_stack.last();
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    newline();
    writeScalar(QJsonValue(name));
    m_out.append(": ");
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_stack.append(Level{true, true});
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_stack.append(Level{false, true});
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_stack.isEmpty() && m_stack.last().object && !m_afterKey);
    const bool empty = m_stack.takeLast().empty;
    if (!empty)
        newline();
    m_out.append('}');
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_stack.isEmpty() && !m_stack.last().object);
    const bool empty = m_stack.takeLast().empty;
    if (!empty)
        newline();
    m_out.append(']');
}

void JsonWriter::writeScalar(const QJsonValue &value)
{
    // QJsonDocument holds only arrays or objects: write the value as the one
    // element of an array and drop the brackets. Same escaping, same numbers.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    m_out.append(wrapped.mid(1, wrapped.size() - 2));
}

void JsonWriter::value(const QJsonValue &value)
{
    if (value.isObject()) {
        beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) // alphabetical
            field(it.key(), it.value());
        endObject();
    } else if (value.isArray()) {
        beginArray();
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            this->value(element);
        endArray();
    } else {
        beforeValue();
        writeScalar(value.isUndefined() ? QJsonValue() : value);
    }
}

QByteArray JsonWriter::finish() const
{
    Q_ASSERT(m_stack.isEmpty());
    return m_out + '\n';
}

} // namespace lb
