#pragma once

#include "transfer/ImportPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace lb {

enum class ImportOutcome { Created, Updated, Skipped, Failed };

struct ImportReportEntry
{
    QString name;
    QString uuid; // the server's uuid: the new one for a create, the target for an update
    ImportAction action = ImportAction::Skip;
    ImportOutcome outcome = ImportOutcome::Skipped;
    QString message;       // why skipped, the error of a failure, or empty
    bool provider = false; // a provider the import created (or failed to), not a model

    friend bool operator==(const ImportReportEntry &, const ImportReportEntry &) = default;
};

// What an import did, row by row; saved as JSON ("langbot-console/import-report",
// version 1) or as plain text. Holds names, uuids and messages — never keys.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(lb::ImportReport)
public:
    enum class Format { Json, Text };

    QString sourceFile; // the document imported (may be empty)
    QString targetProfile;
    QUrl targetUrl;      // written without user info
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    QList<ImportReportEntry> entries;

    void add(const ImportReportEntry &entry) { entries.append(entry); }
    // An entry for a plan row; uuid defaults to the row's target.
    void add(const ImportRow &row, ImportOutcome outcome, const QString &message = {}, const QString &uuid = {});
    // One "skipped" entry (with the row's reason) per row whose action is Skip.
    void addSkipped(const ImportPlan &plan);

    int count(ImportOutcome outcome) const;
    bool hasFailures() const { return count(ImportOutcome::Failed) > 0; }

    QByteArray toJson() const;
    QString toText() const;
    // Format::Json for a ".json" file name, else Format::Text.
    static Format formatFor(const QString &path);
    bool save(const QString &path, QString *error) const;

    // Stable words used in the JSON.
    static QString actionKey(ImportAction action);    // "create", "update", "skip"
    static QString outcomeKey(ImportOutcome outcome); // "created", "updated", "skipped", "failed"
    // Translated words for people.
    static QString outcomeName(ImportOutcome outcome);
};

} // namespace lb
