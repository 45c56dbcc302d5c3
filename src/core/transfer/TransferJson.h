#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

namespace lb {

// Names of the document kinds this console writes (docs/export-format.md).
namespace TransferFormat {
inline constexpr QLatin1StringView kModels{"langbot-console/models"};
inline constexpr QLatin1StringView kProfiles{"langbot-console/profiles"};
inline constexpr QLatin1StringView kImportReport{"langbot-console/import-report"};
inline constexpr int kModelsVersion = 2; // the newest this console reads (it writes 1 or 2)
inline constexpr int kProfilesVersion = 1;
inline constexpr int kImportReportVersion = 1;

enum class Kind { Unknown, Models, Profiles, ImportReport };
// What a document says it is (by its "format"), without validating the rest.
Kind detect(const QByteArray &bytes);
} // namespace TransferFormat

// One problem found in an input document: where (a JSON path such as
// "models[2].requester_config"; empty for the document as a whole) and what.
struct DocumentError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    friend bool operator==(const DocumentError &, const DocumentError &) = default;
};

// Collects errors up to a cap, counting the ones left out after it.
class DocumentErrors
{
    Q_DECLARE_TR_FUNCTIONS(lb::DocumentErrors)
public:
    static constexpr int kDefaultCap = 50;

    explicit DocumentErrors(int cap = kDefaultCap)
        : m_cap(cap)
    {
    }

    void add(const QString &path, const QString &message);
    bool isEmpty() const { return m_errors.isEmpty(); }
    qsizetype size() const { return m_errors.size(); }
    const QList<DocumentError> &list() const { return m_errors; }
    int omitted() const { return m_omitted; } // errors past the cap
    // One error per line, plus "… and N more" when some were left out.
    QString toText() const;

private:
    QList<DocumentError> m_errors;
    int m_cap;
    int m_omitted = 0;
};

// Helpers shared by the document readers and writers.
class TransferJson
{
    Q_DECLARE_TR_FUNCTIONS(lb::TransferJson)
public:
    // "expected an object, got a string"
    static QString expected(const QString &what, const QJsonValue &got);

    // Path of a member: "models[2].name"; keys that are not plain identifiers
    // are quoted: extra_args["top p"].
    static QString memberPath(const QString &parent, const QString &key);
    static QString indexPath(const QString &parent, qsizetype index);

    // 1-based line and column (in characters) of a byte offset into UTF-8 text.
    static void lineAndColumn(const QByteArray &utf8, qsizetype offset, int *line, int *column);

    // Parses a document whose root must be an object. On failure adds an error
    // ("not JSON: line 3, column 7: ...", or "expected an object, got ...").
    static bool parseObject(const QByteArray &bytes, QJsonObject *root, DocumentErrors *errors);

    // Checks "format" and "version" of a document root. Returns the version,
    // or 0 after adding an error (wrong kind, unsupported version, ...).
    static int checkHeader(const QJsonObject &root, QLatin1StringView format, int supportedVersion,
                           DocumentErrors *errors);

    // "2025-06-01T10:20:30Z": UTC, whole seconds.
    static QString utcText(const QDateTime &time);
    // "langbot-console 0.1.0"
    static QString generatorName();

    // Whole non-negative number (QJsonValue holds doubles).
    static bool isWholeNumber(const QJsonValue &value);

    // Files: reading is capped (documents are small; a huge file is a mistake).
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
    static bool readFile(const QString &path, QByteArray *bytes, QString *error);
    // Written through QSaveFile: a failed write leaves the old file intact.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace lb
