#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace lb {

// Words for JSON in messages that say what was found where something else
// was expected ("expected a list of models, got an object").
class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(lb::JsonText)
public:
    // "null", "a boolean", "a number", "a string", "an array", "an object";
    // "nothing" for a missing value.
    static QString typeName(const QJsonValue &value);
};

} // namespace lb
