// CertificateDialog (ui/CertificateDialog.ui beside IconTextDialog's frame):
// the certificate's summary and SHA-256 fingerprint, the profile it would be
// trusted for, the label announcing the details, Cancel as the default (Enter
// does not trust), the tab order, and Trust accepting.
#include "TestSupport.h"
#include "profiles/CertificateDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using lb::gui::CertificateDialog;

namespace {
const QString kSummary = QStringLiteral("Subject: CN=langbot.lab\nIssuer: CN=langbot.lab\nProblem: self-signed");
const QString kSha256 = QStringLiteral("0123456789abcdef").repeated(4);
} // namespace

class TestCertificateDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lb::testsupport::useTestPaths(); }
    void showsTheCertificate();
    void enterDoesNotTrust();
    void trustAccepts();
    void tabGoesFromTheDetailsToTheButtons();

private:
    static void activate(QDialog &dialog);
};

void TestCertificateDialog::activate(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

void TestCertificateDialog::showsTheCertificate()
{
    CertificateDialog dialog(QStringLiteral("Lab"), kSummary, kSha256);
    dialog.show();
    QCOMPARE(dialog.objectName(), QStringLiteral("certificateDialog"));
    QVERIFY(!dialog.windowTitle().isEmpty());
    auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("certificateDetails"));
    QVERIFY(details);
    QVERIFY(details->isReadOnly());
    QVERIFY(details->isVisible());
    QCOMPARE(details->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    const QString text = details->toPlainText();
    QVERIFY2(text.startsWith(kSummary), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SHA-256 fingerprint:")), qPrintable(text));
    QVERIFY2(text.contains(lb::gui::MessageBox::formatFingerprint(kSha256)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("01:23:45:67:89:AB:CD:EF:01")));
    // The label announces the details (its buddy) for screen readers.
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("certificateDetailsLabel"));
    QVERIFY(label);
    QCOMPARE(label->buddy(), details);
    auto *advice = dialog.findChild<QLabel *>(QStringLiteral("certificateAdvice"));
    QVERIFY(advice);
    QVERIFY2(advice->text().contains(QStringLiteral("“Lab”")), qPrintable(advice->text()));
    QCOMPARE(dialog.trustButton()->objectName(), QStringLiteral("trustCertificateButton"));
    QVERIFY(dialog.trustButton()->isVisible());
    QVERIFY(dialog.grab().save(
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("tst_certificatedialog.png"))));
}

void TestCertificateDialog::enterDoesNotTrust()
{
    CertificateDialog dialog(QStringLiteral("Lab"), kSummary, kSha256);
    activate(dialog);
    QVERIFY(!dialog.trustButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestCertificateDialog::trustAccepts()
{
    CertificateDialog dialog(QStringLiteral("Lab"), kSummary, kSha256);
    activate(dialog);
    QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestCertificateDialog::tabGoesFromTheDetailsToTheButtons()
{
    CertificateDialog dialog(QStringLiteral("Lab"), kSummary, kSha256);
    activate(dialog);
    auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("certificateDetails"));
    QVERIFY(details);
    details->setFocus();
    QCOMPARE(QApplication::focusWidget(), details);
    // Read-only: Tab leaves the text instead of typing a tab.
    QTest::keyClick(details, Qt::Key_Tab);
    auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
    QVERIFY(button);
    QCOMPARE(button->window(), &dialog);
}

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
