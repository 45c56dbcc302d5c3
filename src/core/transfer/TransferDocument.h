#pragma once

#include "transfer/JsonWriter.h"
#include "transfer/TransferJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lb {

// What a document read from bytes or a file gives: the document and every
// problem found (up to a cap), each with where it is (a JSON path) and what.
template<class Document>
struct DocumentReadResult
{
    Document document; // the valid entries only, when errors is not empty
    DocumentErrors errors;
    bool ok() const { return errors.isEmpty(); }
};

// The one reader/writer of the transfer documents (models, profiles): the
// envelope every document starts with ("format", "version", "exported_at",
// "generator"), its checks and the list of entries it carries; with
// TransferFile below, the files (read with a size limit, written atomically
// through QSaveFile).
class TransferDocument
{
    Q_DECLARE_TR_FUNCTIONS(lb::TransferDocument)
public:
    QDateTime exportedAt; // UTC, whole seconds
    QString generator;    // "langbot-console 0.1.0"

protected:
    // exportedAt = now (UTC, whole seconds), generator = this console.
    void stamp(const QDateTime &now);

    // Opens the root object and writes the envelope; the caller writes the
    // rest and closes the root.
    void beginDocument(JsonWriter &w, QLatin1StringView format, int version) const;

    // Parses bytes, checks "format" and "version" and reads "exported_at" and
    // "generator" into this document. False when the rest of the document
    // cannot be read by this version's rules (errors say why).
    bool readEnvelope(const QByteArray &bytes, QLatin1StringView format, int version, QJsonObject *root,
                      DocumentErrors *errors);

    // The document's list of entries (root[key]); false with an error when it
    // is missing ("missing; expected <what>") or not a list.
    static bool readList(const QJsonObject &root, QLatin1StringView key, const QString &what, QJsonArray *list,
                         DocumentErrors *errors);

private:
    static constexpr QLatin1StringView kExportedAt{"exported_at"};
    static constexpr QLatin1StringView kGenerator{"generator"};
};

// The files of a document class D (class D : public TransferFile<D>), which
// has `QByteArray toJson() const` and `static ReadResult read(bytes, cap)`.
template<class Document>
class TransferFile : public TransferDocument
{
public:
    // What read() gives: the document (the valid entries only, when there are
    // errors) and every problem found (up to a cap).
    using ReadResult = DocumentReadResult<Document>;

    // Written through QSaveFile: a failed write leaves the old file intact.
    // False with *error ("cannot write FILE: why").
    bool writeFile(const QString &path, QString *error) const
    {
        return TransferJson::writeFile(path, static_cast<const Document *>(this)->toJson(), error);
    }

    // Document::read of the file's bytes; a file that cannot be read gives one
    // error naming the file and why.
    static ReadResult readFile(const QString &path, int errorCap = DocumentErrors::kDefaultCap)
    {
        QByteArray bytes;
        QString error;
        if (!TransferJson::readFile(path, &bytes, &error)) {
            ReadResult result{Document(), DocumentErrors(errorCap)};
            result.errors.add(QString(), error);
            return result;
        }
        return Document::read(bytes, errorCap);
    }
};

} // namespace lb
