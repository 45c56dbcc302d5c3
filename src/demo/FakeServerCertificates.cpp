// Throw-away certificates made with the openssl tool (langbot_demo_testing:
// tests and tools, never the console).
#include "FakeLangBotServer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace lb::demo {

FakeLangBotServer::TestCertificate FakeLangBotServer::makeTestCertificate(TestCertificateKind kind)
{
    TestCertificate result;
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        result.error = u"the openssl command-line tool is not installed (Debian: apt install openssl)"_s;
        return result;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error = u"no temporary directory: %1"_s.arg(dir.errorString());
        return result;
    }
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            result.error
                = u"openssl %1 failed: %2"_s.arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()));
            return false;
        }
        return true;
    };
    const QStringList newKey{u"-newkey"_s, u"ec"_s,      u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                             u"-nodes"_s,  u"-keyout"_s, u"key.pem"_s};
    const bool wrongHost = kind == TestCertificateKind::WrongHost;
    const QString subject = wrongHost ? u"/CN=wrong-host.invalid"_s : u"/CN=127.0.0.1"_s;
    const QString altNames
        = wrongHost ? u"subjectAltName=DNS:wrong-host.invalid"_s : u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s;

    if (kind == TestCertificateKind::Expired) {
        // "req -x509" cannot back-date; a one-off self-signing CA can.
        QFile config(dir.filePath(u"ca.cnf"_s));
        QFile index(dir.filePath(u"index.txt"_s));
        QFile serial(dir.filePath(u"serial"_s));
        if (!config.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)
            || !index.open(QIODevice::WriteOnly)) {
            result.error = u"cannot write the openssl configuration"_s;
            return result;
        }
        index.close();
        serial.write("01\n");
        serial.close();
        config.write("[ca]\ndefault_ca = test_ca\n"
                     "[test_ca]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                     "default_md = sha256\npolicy = any\ncopy_extensions = copy\n"
                     "unique_subject = no\n"
                     "[any]\ncommonName = supplied\n"
                     "[req]\ndistinguished_name = dn\nprompt = no\n"
                     "[dn]\nCN = 127.0.0.1\n");
        config.close();
        if (!run(QStringList{u"req"_s, u"-new"_s} + newKey
                 + QStringList{u"-out"_s, u"request.csr"_s, u"-config"_s, u"ca.cnf"_s, u"-addext"_s, altNames})
            || !run({u"ca"_s, u"-batch"_s, u"-config"_s, u"ca.cnf"_s, u"-selfsign"_s, u"-keyfile"_s, u"key.pem"_s,
                     u"-in"_s, u"request.csr"_s, u"-out"_s, u"cert.pem"_s, u"-startdate"_s, u"20200101000000Z"_s,
                     u"-enddate"_s, u"20201231000000Z"_s, u"-notext"_s})) {
            return result;
        }
    } else if (!run(QStringList{u"req"_s, u"-x509"_s} + newKey
                    + QStringList{u"-out"_s, u"cert.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, subject, u"-addext"_s,
                                  altNames})) {
        return result;
    }

    QFile certFile(dir.filePath(u"cert.pem"_s));
    QFile keyFile(dir.filePath(u"key.pem"_s));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        result.error = u"openssl wrote no certificate"_s;
        return result;
    }
    result.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    result.key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (result.isNull())
        result.error = u"the certificate or key made by openssl could not be read"_s;
    return result;
}

} // namespace lb::demo
