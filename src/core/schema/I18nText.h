#pragma once

#include "schema/SchemaError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lb {

// A text in several languages as LangBot sends it: {"en_US": "...",
// "zh_Hans": "...", "zh_Hant": "...", "ja_JP": "..."}. Keys are kept as they
// came (unknown languages included), empty texts count as absent.
//
// Resolution for a UI locale, first non-empty text wins:
//   1. the locale's own name (e.g. "de_DE", "zh_TW"), when present;
//   2. the LangBot key of the language: Chinese in Traditional script or of
//      Taiwan/Hong Kong/Macao -> zh_Hant, other Chinese -> zh_Hans,
//      Japanese -> ja_JP; for languages other than Chinese, also any key of
//      the same language (de -> de_DE, en_GB -> en_US).
//      Traditional does NOT fall back to Simplified: like LangBot's own web
//      UI it goes on to en_US;
//   3. en_US;
//   4. the first non-empty text (keys in sorted order, as QJsonObject has them).
class I18nText
{
    Q_DECLARE_TR_FUNCTIONS(lb::I18nText)
public:
    I18nText() = default;
    // One text for every language (stored as en_US).
    static I18nText plain(const QString &text);
    static I18nText fromMap(const QMap<QString, QString> &texts);

    // Reads an i18n map. A plain JSON string is accepted as plain(). Null or
    // undefined give an empty text. Any other value is reported (and gives an
    // empty text); non-string entries are reported and skipped, the rest kept.
    static I18nText fromJson(const QJsonValue &value, const QString &path = {}, SchemaErrors *errors = nullptr);
    QJsonObject toJson() const;

    bool isEmpty() const;
    QStringList languages() const { return m_texts.keys(); }
    QString text(const QString &languageKey) const { return m_texts.value(languageKey); }
    void setText(const QString &languageKey, const QString &text);

    // The best text for a locale / a language tag ("zh_CN", "zh-TW", "ja",
    // "zh-Hant"); empty when there is no text at all.
    QString resolve(const QLocale &locale = QLocale()) const;
    QString resolve(const QString &languageTag) const;

    // The LangBot key of a locale's language: "zh_Hans", "zh_Hant", "ja_JP",
    // "en_US" for English and the C locale, else the locale's name ("de_DE").
    static QString langBotKey(const QLocale &locale);
    // Parses "zh_CN", "zh-TW", "ja", "en-US", "zh-Hant" into a QLocale
    // (an empty or unknown tag gives the C locale, which resolves to en_US).
    static QLocale localeForTag(const QString &languageTag);

    friend bool operator==(const I18nText &a, const I18nText &b) { return a.m_texts == b.m_texts; }
    friend bool operator!=(const I18nText &a, const I18nText &b) { return !(a == b); }

private:
    QMap<QString, QString> m_texts;
};

} // namespace lb
