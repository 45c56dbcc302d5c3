// Regression tests for what the fuzz targets (tests/fuzz) found, one test per
// finding, so each stays fixed in every build (the fuzz_replay_* tests replay
// the crashing inputs too, but only a sanitizer build sees undefined
// behaviour as a failure).
#include "api/Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lb;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void hugeNumericCodeIsNotCastToAnInteger_data();
    void hugeNumericCodeIsNotCastToAnInteger();
};

// fuzz_envelope: {"code": -2666…(100 digits)} made envelopeCodeToString cast
// a double far outside qint64 to qint64 (undefined behaviour, UBSan report).
void TestFuzzRegressions::hugeNumericCodeIsNotCastToAnInteger_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("shown");
    QTest::newRow("-2.67e101") << QByteArray("-266666666666666666666666666666666666666666666666666666666666666666666"
                                             "666666666666666666666666666666666")
                               << QStringLiteral("[code -2.66667e+101]");
    QTest::newRow("1e300") << QByteArray("1e300") << QStringLiteral("[code 1e+300]");
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << QStringLiteral("[code 9.22337e+18]");
    QTest::newRow("-2") << QByteArray("-2") << QStringLiteral("[code -2]");
    QTest::newRow("1.5") << QByteArray("1.5") << QStringLiteral("[code 1.5]");
}

void TestFuzzRegressions::hugeNumericCodeIsNotCastToAnInteger()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, shown);
    const QByteArray body = R"({"code":)" + code + R"(,"msg":"x"})";
    const EnvelopeResult r = decodeEnvelope(200, "application/json", body, "GET", QStringLiteral("/p"));
    QCOMPARE(r.error.kind(), ApiError::Kind::Server);
    QVERIFY2(r.error.message().contains(shown), qPrintable(r.error.message()));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
