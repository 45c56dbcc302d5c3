// The translations: every committed .ts file is complete (no unfinished or
// obsolete entry), matches the sources (lupdate over src/ and ui/ finds no
// new and no vanished string), keeps the placeholders and mnemonics of each
// source string, and is bundled so that the GUI speaks the language; and no
// user string in the GUI or the command line escaped tr().

#include "settings/Preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QStringLiteral(LANGBOT_SOURCE_DIR);
const QString kLupdate = QStringLiteral(LANGBOT_LUPDATE);

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;      // of <translation>: "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation, or its numerus forms
    bool numerus = false;
    QString where() const { return QStringLiteral("%1: “%2”").arg(context, source.left(80)); }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList tsFiles()
{
    return QStringLiteral(LANGBOT_TS_FILES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// What is wrong with the entries: unfinished, obsolete or vanished ones.
QStringList problems(const QList<Message> &messages)
{
    QStringList found;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("unfinished"))
            found << QStringLiteral("unfinished (new in the sources?) %1").arg(m.where());
        else if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            found << QStringLiteral("%1 (gone from the sources) %2").arg(m.type, m.where());
    }
    return found;
}

QString report(const QString &file, const QStringList &found)
{
    QStringList shown = found.mid(0, 15);
    if (found.size() > shown.size())
        shown << QStringLiteral("… and %1 more").arg(found.size() - shown.size());
    return QStringLiteral("%1: %2 problem(s); run `cmake --build build --target update_translations` "
                          "and translate:\n  %3")
        .arg(QFileInfo(file).fileName())
        .arg(found.size())
        .arg(shown.join(QStringLiteral("\n  ")));
}

// %1…%99, %L1 and %n, as a sorted list (repeats count).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(QLatin1Char('L'));
    found.sort();
    return found;
}

// The number of mnemonics ("&X", not "&&" or an entity such as "&amp;").
int mnemonics(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-z]+;|#\\d+;)(?<!&&)\\S"));
    QString plain = text;
    plain.replace(QLatin1String("&&"), QLatin1String("__"));
    return int(plain.count(re));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void committedFilesAreComplete_data();
    void committedFilesAreComplete();
    void filesMatchTheSources_data();
    void filesMatchTheSources();
    void translationsKeepPlaceholdersAndMnemonics_data();
    void translationsKeepPlaceholdersAndMnemonics();
    void bundledTranslationsLoad_data();
    void bundledTranslationsLoad();
    void userStringsGoThroughTr();
    void systemLocalePicksItsTranslation_data();
    void systemLocalePicksItsTranslation();
};

void TestTranslations::committedFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QVERIFY(tsFiles().size() >= 4);
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(file).baseName())) << file;
}

void TestTranslations::committedFilesAreComplete()
{
    QFETCH(QString, file);
    QString error;
    const QList<Message> messages = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), qPrintable(file + QStringLiteral(" holds no message")));
    const QStringList found = problems(messages);
    QVERIFY2(found.isEmpty(), qPrintable(report(file, found)));
    for (const Message &m : messages) {
        for (const QString &form : m.forms)
            QVERIFY2(!form.isEmpty(), qPrintable(QStringLiteral("empty translation %1").arg(m.where())));
    }
}

void TestTranslations::filesMatchTheSources_data()
{
    committedFilesAreComplete_data();
}

void TestTranslations::filesMatchTheSources()
{
    QFETCH(QString, file);
    // lupdate over a copy: new strings come out unfinished, vanished ones
    // marked vanished, so the copy has problems exactly when the committed
    // file is behind the sources.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(file, copy));
    QStringList args{QStringLiteral("-locations"),
                     QStringLiteral("none"),
                     QStringLiteral("-silent"),
                     kSourceDir + QStringLiteral("/src"),
                     kSourceDir + QStringLiteral("/ui"),
                     QStringLiteral("-ts"),
                     copy};
    if (file.endsWith(QLatin1String("_en.ts")))
        args << QStringLiteral("-pluralonly");
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(kLupdate, args);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(kLupdate + QStringLiteral(" did not finish")));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList found = problems(messages);
    QVERIFY2(found.isEmpty(), qPrintable(report(file, found)));
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics_data()
{
    committedFilesAreComplete_data();
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics()
{
    QFETCH(QString, file);
    QString error;
    const QList<Message> messages = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList found;
    const bool english = file.endsWith(QLatin1String("_en.ts"));
    for (const Message &m : messages) {
        for (const QString &form : m.forms) {
            QStringList expected = placeholders(m.source);
            QStringList actual = placeholders(form);
            if (m.numerus) {
                // A numerus form may say "one" instead of %n.
                expected.removeAll(QStringLiteral("%n"));
                actual.removeAll(QStringLiteral("%n"));
            }
            if (expected != actual)
                found << QStringLiteral("placeholders %1 became %2 in %3 → “%4”")
                             .arg(expected.join(QLatin1Char(' ')), actual.join(QLatin1Char(' ')), m.where(), form);
            if (!english && mnemonics(m.source) != mnemonics(form))
                found << QStringLiteral("mnemonic lost or added in %1 → “%2”").arg(m.where(), form);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(report(file, found)));
}

void TestTranslations::bundledTranslationsLoad_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"zh_CN", "zh_TW", "ja"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::bundledTranslationsLoad()
{
    QFETCH(QString, language);
    // The GUI library bundles the .qm files at :/i18n (linked into this test).
    QTranslator translator;
    QVERIFY2(translator.load(QLocale(language), QStringLiteral("langbot-console"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")),
             qPrintable(QStringLiteral("no :/i18n/langbot-console_%1.qm").arg(language)));
    QVERIFY(!translator.isEmpty());
    const QString file = translator.translate("lb::gui::MainWindow", "&File");
    QVERIFY2(!file.isEmpty() && file != QLatin1String("&File"), qPrintable(file));
    QVERIFY2(file.contains(QLatin1String("&F")), qPrintable(file));
    // A numerus entry resolves with its count.
    QCoreApplication::installTranslator(&translator);
    const QString models = QCoreApplication::translate("lb::gui::MainWindow", "%n models", nullptr, 7);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(models.contains(QLatin1Char('7')) && models != QLatin1String("7 models"), qPrintable(models));
}

void TestTranslations::userStringsGoThroughTr()
{
    // A literal with words handed to a widget or a message API without tr()
    // (QStringLiteral, QLatin1String or bare). A line may opt out with a
    // "notr" comment that says why.
    static const QRegularExpression api(
        QStringLiteral("\\b(setText|setWindowTitle|setToolTip|setStatusTip|setPlaceholderText|setWhatsThis|"
                       "addAction|addMenu|setTitle|setLabelText|showMessage|setAccessibleName|"
                       "setAccessibleDescription|setItemText|addItem|addTab|addRow|setSuffix|setPrefix|"
                       "setSpecialValueText|setInformativeText|setDetailedText|setButtonText|QLabel|QPushButton|"
                       "QAction|QCheckBox|QRadioButton|QGroupBox|QToolButton|critical|warning|information|"
                       "question|about)\\s*\\(\\s*(?:[^(),]*,\\s*)?"
                       "(?:QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)?\\(?\\s*"
                       "\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression streamed(QStringLiteral("<<\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}[ ,.:!?]+[A-Za-z]{2,}|^[A-Z][a-z]{2,}$"));
    QStringList found;
    int scanned = 0;
    for (const QString &folder : {QStringLiteral("src/gui"), QStringLiteral("src/cli"), QStringLiteral("src/app")}) {
        QDirIterator it(kSourceDir + QLatin1Char('/') + folder, {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
            ++scanned;
            int lineNo = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNo;
                if (line.contains(QLatin1String("notr")) || line.trimmed().startsWith(QLatin1String("//")))
                    continue;
                for (const QRegularExpression *re : {&api, &streamed}) {
                    for (auto m = re->globalMatch(line); m.hasNext();) {
                        const QString text = m.next().captured(re == &api ? 2 : 1);
                        if (text.contains(QLatin1Char('<')) && text.contains(QLatin1Char('>')))
                            continue; // markup around a translated %1
                        if (words.match(text).hasMatch())
                            found << QStringLiteral("%1:%2: “%3”")
                                         .arg(QDir(kSourceDir).relativeFilePath(path))
                                         .arg(lineNo)
                                         .arg(text);
                    }
                }
            }
        }
    }
    QVERIFY(scanned > 20);
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("user strings without tr():\n  ") + found.join(QStringLiteral("\n  "))));
}

void TestTranslations::systemLocalePicksItsTranslation_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("file"); // the translation loaded, "" for none
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_SG") << QStringLiteral("zh_SG") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("zh_TW");
    QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << QStringLiteral("zh_TW");
    QTest::newRow("zh_MO") << QStringLiteral("zh_MO") << QStringLiteral("zh_TW");
    QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << QStringLiteral("ja");
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QString();
}

void TestTranslations::systemLocalePicksItsTranslation()
{
    QFETCH(QString, system);
    QFETCH(QString, file);
    QStandardPaths::setTestModeEnabled(true); // Preferences::language() reads no real settings
    lb::gui::Preferences::setLanguage(QString());
    const QLocale locale = lb::gui::Preferences::interfaceLocale(QLocale(system));
    QTranslator translator;
    const bool loaded
        = translator.load(locale, QStringLiteral("langbot-console"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    QCOMPARE(loaded, !file.isEmpty());
    if (loaded)
        QCOMPARE(QFileInfo(translator.filePath()).fileName(), QStringLiteral("langbot-console_%1.qm").arg(file));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
