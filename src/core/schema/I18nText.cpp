#include "I18nText.h"

#include <QJsonObject>

namespace lb {

namespace {
const QString kEnglishKey = QStringLiteral("en_US");

bool isTraditionalChinese(const QLocale &locale)
{
    if (locale.script() == QLocale::TraditionalChineseScript)
        return true;
    if (locale.script() == QLocale::SimplifiedChineseScript)
        return false;
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::Taiwan || territory == QLocale::HongKong || territory == QLocale::Macao;
}

QString languagePart(const QString &key)
{
    qsizetype end = 0;
    while (end < key.size() && key.at(end) != QLatin1Char('_') && key.at(end) != QLatin1Char('-'))
        ++end;
    return key.left(end).toLower();
}
} // namespace

I18nText I18nText::plain(const QString &text)
{
    I18nText result;
    result.setText(kEnglishKey, text);
    return result;
}

I18nText I18nText::fromMap(const QMap<QString, QString> &texts)
{
    I18nText result;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        result.setText(it.key(), it.value());
    return result;
}

I18nText I18nText::fromJson(const QJsonValue &value, const QString &path, SchemaErrors *errors)
{
    I18nText result;
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return result;
    case QJsonValue::String:
        return plain(value.toString());
    case QJsonValue::Object:
        break;
    default:
        if (errors)
            errors->append({path, tr("not a text or a map of translations")});
        return result;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.value().isString()) {
            if (!it.value().isNull() && errors)
                errors->append({joinPath(path, it.key()), tr("not a string")});
            continue;
        }
        result.setText(it.key(), it.value().toString());
    }
    return result;
}

QJsonObject I18nText::toJson() const
{
    QJsonObject json;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

bool I18nText::isEmpty() const
{
    for (const QString &text : m_texts) {
        if (!text.isEmpty())
            return false;
    }
    return true;
}

void I18nText::setText(const QString &languageKey, const QString &text)
{
    m_texts.insert(languageKey, text);
}

QString I18nText::langBotKey(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::C:
    case QLocale::English:
        return kEnglishKey;
    case QLocale::Chinese:
        return isTraditionalChinese(locale) ? QStringLiteral("zh_Hant") : QStringLiteral("zh_Hans");
    case QLocale::Japanese:
        return QStringLiteral("ja_JP");
    default:
        return locale.name();
    }
}

QLocale I18nText::localeForTag(const QString &languageTag)
{
    QString tag = languageTag.trimmed();
    tag.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (tag.isEmpty())
        return QLocale::c();
    return QLocale(tag);
}

QString I18nText::resolve(const QString &languageTag) const
{
    return resolve(localeForTag(languageTag));
}

QString I18nText::resolve(const QLocale &locale) const
{
    const auto textFor = [this](const QString &key) { return m_texts.value(key); };

    if (locale.language() != QLocale::C) {
        if (const QString text = textFor(locale.name()); !text.isEmpty())
            return text;
    }
    if (const QString text = textFor(langBotKey(locale)); !text.isEmpty())
        return text;
    if (locale.language() != QLocale::C && locale.language() != QLocale::Chinese) {
        const QString language = languagePart(locale.name());
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
            if (!it.value().isEmpty() && languagePart(it.key()) == language)
                return it.value();
        }
    }
    if (const QString text = textFor(kEnglishKey); !text.isEmpty())
        return text;
    for (const QString &text : m_texts) {
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace lb
