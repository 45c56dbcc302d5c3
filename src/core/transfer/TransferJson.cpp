#include "TransferJson.h"

#include "JsonText.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lb {

namespace {

constexpr auto kFormat = "format"_L1;
constexpr auto kVersion = "version"_L1;

bool isIdentifier(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool alpha = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'-';
        const bool digit = c >= u'0' && c <= u'9';
        if (!alpha && !(digit && i > 0))
            return false;
    }
    return true;
}

} // namespace

TransferFormat::Kind TransferFormat::detect(const QByteArray &bytes)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QString format = root.value(kFormat).toString();
    if (format == kModels)
        return Kind::Models;
    if (format == kProfiles)
        return Kind::Profiles;
    if (format == kImportReport)
        return Kind::ImportReport;
    return Kind::Unknown;
}

void DocumentErrors::add(const QString &path, const QString &message)
{
    if (m_errors.size() >= m_cap) {
        ++m_omitted;
        return;
    }
    m_errors.append(DocumentError{path, message});
}

QString DocumentErrors::toText() const
{
    QStringList lines;
    for (const DocumentError &e : m_errors)
        lines.append(e.toString());
    if (m_omitted > 0)
        lines.append(tr("… and %n more error(s)", nullptr, m_omitted));
    return lines.join(u'\n');
}

QString TransferJson::expected(const QString &what, const QJsonValue &got)
{
    return tr("expected %1, got %2").arg(what, JsonText::typeName(got));
}

QString TransferJson::memberPath(const QString &parent, const QString &key)
{
    if (isIdentifier(key))
        return parent.isEmpty() ? key : parent + u'.' + key;
    QString quoted = key;
    quoted.replace(u"\\"_s, u"\\\\"_s);
    quoted.replace(u"\""_s, u"\\\""_s);
    return parent + u"[\""_s + quoted + u"\"]"_s;
}

QString TransferJson::indexPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

void TransferJson::lineAndColumn(const QByteArray &utf8, qsizetype offset, int *line, int *column)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    int l = 1;
    int c = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++l;
            c = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++c;
        }
    }
    *line = l;
    *column = c;
}

bool TransferJson::parseObject(const QByteArray &bytes, QJsonObject *root, DocumentErrors *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset is just past the character it stopped at; point at that
        // character (its first byte), unless it was white space, as at the
        // end of an unterminated document: then the position after it is meant.
        qsizetype at = std::clamp<qsizetype>(parseError.offset, 0, bytes.size());
        if (at > 0 && !QChar::isSpace(uchar(bytes.at(at - 1)))) {
            --at;
            while (at > 0 && (uchar(bytes.at(at)) & 0xC0) == 0x80)
                --at;
        }
        int line = 0;
        int column = 0;
        lineAndColumn(bytes, at, &line, &column);
        errors->add(QString(),
                    tr("not JSON: line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        errors->add(
            QString(),
            tr("expected a JSON object at the top, got %1").arg(doc.isArray() ? tr("an array") : tr("nothing")));
        return false;
    }
    *root = doc.object();
    return true;
}

QString TransferJson::utcText(const QDateTime &time)
{
    QDateTime t = time.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t.toString(Qt::ISODate);
}

QString TransferJson::generatorName()
{
    return u"langbot-console "_s + QLatin1StringView(LANGBOT_VERSION);
}

bool TransferJson::isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d >= 0 && d <= 2147483647.0 && d == double(qint64(d));
}

int TransferJson::checkHeader(const QJsonObject &root, QLatin1StringView format, int supportedVersion,
                              DocumentErrors *errors)
{
    const QJsonValue formatValue = root.value(kFormat);
    if (formatValue.isUndefined()) {
        errors->add(kFormat, tr("missing; this is not a langbot-console document (expected \"%1\")").arg(format));
        return 0;
    }
    if (!formatValue.isString()) {
        errors->add(kFormat, expected(tr("a string"), formatValue));
        return 0;
    }
    const QString name = formatValue.toString();
    if (name != format) {
        const bool ours = name == TransferFormat::kModels || name == TransferFormat::kProfiles
            || name == TransferFormat::kImportReport;
        errors->add(kFormat,
                    ours ? tr("this is a \"%1\" document, expected \"%2\"").arg(name, format)
                         : tr("expected \"%1\", got \"%2\"").arg(format, name));
        return 0;
    }
    const QJsonValue versionValue = root.value(kVersion);
    if (versionValue.isUndefined()) {
        errors->add(kVersion, tr("missing"));
        return 0;
    }
    if (!isWholeNumber(versionValue) || versionValue.toInt() < 1) {
        errors->add(kVersion,
                    versionValue.isDouble()
                        ? tr("expected a whole number of 1 or more, got %1").arg(versionValue.toDouble())
                        : expected(tr("a whole number"), versionValue));
        return 0;
    }
    const int version = versionValue.toInt();
    if (version > supportedVersion) {
        errors->add(kVersion,
                    tr("unsupported version %1; this console reads version %2 "
                       "(a newer langbot-console wrote this file)")
                        .arg(version)
                        .arg(supportedVersion));
        return 0;
    }
    return version;
}

bool TransferJson::readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileSize) {
        *error = tr("%1 is too large for an export (%2 bytes; the limit is %3)")
                     .arg(path)
                     .arg(file.size())
                     .arg(kMaxFileSize);
        return false;
    }
    // read(n) reserves n bytes at once: only a device, whose size is unknown, is read that way.
    *bytes = file.isSequential() ? file.read(kMaxFileSize + 1) : file.readAll();
    if (bytes->size() > kMaxFileSize) { // a file that grew, or a device
        *error = tr("%1 is too large for an export (the limit is %2 bytes)").arg(path).arg(kMaxFileSize);
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TransferJson::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace lb
