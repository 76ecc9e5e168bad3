// Password hashing, session tokens, base32 and TOTP against their RFC test vectors.
#include "auth/crypto/PasswordHasher.h"
#include "auth/crypto/TokenGenerator.h"
#include "auth/crypto/Totp.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using okna::server::PasswordHasher;
using okna::server::TokenGenerator;
using okna::server::Totp;

namespace {

// RFC 6238 Appendix B seeds: the reference code uses a key as long as each hash's output.
const QByteArray kSha1Key = QByteArrayLiteral("12345678901234567890");
const QByteArray kSha256Key = QByteArrayLiteral("12345678901234567890123456789012");
const QByteArray kSha512Key = QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");

} // namespace

class TestAuthCrypto : public QObject
{
    Q_OBJECT

private slots:
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void rfc4226Vectors_data();
    void rfc4226Vectors();
    void sixDigitTruncation();
    void codeAtRejectsInvalidArguments();
    void verifyWindow();
    void verifyRejectsMalformedInput();
    void generatedSecretVerifies();

    void base32Vectors_data();
    void base32Vectors();
    void base32DecodeIsLenient();
    void base32RoundTrip();
    void base32RejectsInvalid_data();
    void base32RejectsInvalid();

    void otpauthUriEscaping();

    void passwordHashAndVerify();
    void passwordNeedsRehash();
    void dummyHash();

    void tokensAreBase64UrlAndUnique();
    void hashTokenIsStableSha256Hex();
    void randomBase32();
};

void TestAuthCrypto::rfc6238Vectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");

    struct Row
    {
        qint64 time;
        const char *sha1;
        const char *sha256;
        const char *sha512;
    };
    const Row rows[] = {
        {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const Row &row : rows) {
        QTest::addRow("sha1 %lld", row.time)
            << kSha1Key << int(QCryptographicHash::Sha1) << row.time << QString::fromLatin1(row.sha1);
        QTest::addRow("sha256 %lld", row.time)
            << kSha256Key << int(QCryptographicHash::Sha256) << row.time << QString::fromLatin1(row.sha256);
        QTest::addRow("sha512 %lld", row.time)
            << kSha512Key << int(QCryptographicHash::Sha512) << row.time << QString::fromLatin1(row.sha512);
    }
}

void TestAuthCrypto::rfc6238Vectors()
{
    QFETCH(QByteArray, key);
    QFETCH(int, algorithm);
    QFETCH(qint64, time);
    QFETCH(QString, code);
    QCOMPARE(Totp::codeAt(key, time, 8, 30, QCryptographicHash::Algorithm(algorithm)), code);
}

void TestAuthCrypto::rfc4226Vectors_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("code");
    const char *codes[] = {"755224", "287082", "359152", "969429", "338314",
                           "254676", "287922", "162583", "399871", "520489"};
    for (quint64 counter = 0; counter < 10; ++counter)
        QTest::addRow("count %llu", counter) << counter << QString::fromLatin1(codes[counter]);
}

void TestAuthCrypto::rfc4226Vectors()
{
    QFETCH(quint64, counter);
    QFETCH(QString, code);
    QCOMPARE(Totp::hotp(kSha1Key, counter), code);
}

void TestAuthCrypto::sixDigitTruncation()
{
    // The 6-digit code is the 8-digit one modulo 10^6, leading zeros kept.
    QCOMPARE(Totp::codeAt(kSha1Key, 59), QStringLiteral("287082"));
    QCOMPARE(Totp::codeAt(kSha1Key, 1111111109), QStringLiteral("081804"));
    QCOMPARE(Totp::codeAt(kSha1Key, 1234567890), QStringLiteral("005924"));
    // Any second inside one 30 s step gives the same code.
    QCOMPARE(Totp::codeAt(kSha1Key, 1111111080), Totp::codeAt(kSha1Key, 1111111109));
    QVERIFY(Totp::codeAt(kSha1Key, 1111111110) != Totp::codeAt(kSha1Key, 1111111109));
}

void TestAuthCrypto::codeAtRejectsInvalidArguments()
{
    QVERIFY(Totp::codeAt(QByteArray(), 59).isEmpty());
    QVERIFY(Totp::codeAt(kSha1Key, -1).isEmpty());
    QVERIFY(Totp::codeAt(kSha1Key, 59, 0).isEmpty());
    QVERIFY(Totp::codeAt(kSha1Key, 59, 11).isEmpty());
    QVERIFY(Totp::codeAt(kSha1Key, 59, 6, 0).isEmpty());
    QCOMPARE(Totp::codeAt(kSha1Key, 59, 10).size(), 10);
}

void TestAuthCrypto::verifyWindow()
{
    const QString secret = Totp::encodeBase32(kSha1Key);
    const qint64 t = 1111111109;
    const qint64 step = t / 30;
    const QString code = Totp::codeAt(kSha1Key, t);

    QCOMPARE(Totp::verify(secret, code, t), std::optional<qint64>(step));
    // The same code, checked one step late or early (clock skew), still passes and reports the
    // step it belongs to, which is what replay protection keys on.
    QCOMPARE(Totp::verify(secret, code, t + 30), std::optional<qint64>(step));
    QCOMPARE(Totp::verify(secret, code, t - 30), std::optional<qint64>(step));
    QCOMPARE(Totp::verify(secret, code, t + 60), std::nullopt);
    QCOMPARE(Totp::verify(secret, code, t - 60), std::nullopt);

    QCOMPARE(Totp::verify(secret, code, t, 0), std::optional<qint64>(step));
    QCOMPARE(Totp::verify(secret, code, t + 30, 0), std::nullopt);
    QCOMPARE(Totp::verify(secret, code, t + 60, 2), std::optional<qint64>(step));

    // Lower-case, spaced secrets and spaced codes are what people actually paste.
    const QString spacedCode = code.left(3) + QStringLiteral(" ") + code.mid(3);
    QCOMPARE(Totp::verify(secret.toLower(), spacedCode, t), std::optional<qint64>(step));
}

void TestAuthCrypto::verifyRejectsMalformedInput()
{
    const QString secret = Totp::encodeBase32(kSha1Key);
    const qint64 t = 1111111109;
    const QString code = Totp::codeAt(kSha1Key, t);

    QCOMPARE(Totp::verify(secret, QStringLiteral("000000"), t), std::nullopt);
    QCOMPARE(Totp::verify(secret, code.left(5), t), std::nullopt);
    QCOMPARE(Totp::verify(secret, code + QStringLiteral("0"), t), std::nullopt);
    QCOMPARE(Totp::verify(secret, QStringLiteral("08a804"), t), std::nullopt);
    QCOMPARE(Totp::verify(secret, QString(), t), std::nullopt);
    QCOMPARE(Totp::verify(QStringLiteral("not base32!"), code, t), std::nullopt);
    QCOMPARE(Totp::verify(QString(), code, t), std::nullopt);
    QCOMPARE(Totp::verify(secret, code, t, -1), std::nullopt);
    // The 8-digit RFC code is not accepted where the API promises 6 digits.
    QCOMPARE(Totp::verify(secret, QStringLiteral("07081804"), t), std::nullopt);
}

void TestAuthCrypto::generatedSecretVerifies()
{
    const QString secret = Totp::generateSecret();
    QCOMPARE(secret.size(), 32);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7]{32}$")).match(secret).hasMatch());
    QVERIFY(secret != Totp::generateSecret());
    const auto key = Totp::decodeBase32(secret);
    QVERIFY(key);
    QCOMPARE(key->size(), 20);
    const qint64 now = 1700000000;
    QCOMPARE(Totp::verify(secret, Totp::codeAt(*key, now), now), std::optional<qint64>(now / 30));
}

void TestAuthCrypto::base32Vectors_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QString>("encoded");
    // RFC 4648 section 10, without the padding.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArrayLiteral("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArrayLiteral("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArrayLiteral("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArrayLiteral("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QStringLiteral("MZXW6YTBOI");
}

void TestAuthCrypto::base32Vectors()
{
    QFETCH(QByteArray, plain);
    QFETCH(QString, encoded);
    QCOMPARE(Totp::encodeBase32(plain), encoded);
    QCOMPARE(Totp::decodeBase32(encoded), std::optional<QByteArray>(plain));
}

void TestAuthCrypto::base32DecodeIsLenient()
{
    const auto foobar = std::optional<QByteArray>(QByteArrayLiteral("foobar"));
    QCOMPARE(Totp::decodeBase32(QStringLiteral("MZXW6YTBOI======")), foobar);
    QCOMPARE(Totp::decodeBase32(QStringLiteral("mzxw6ytboi")), foobar);
    QCOMPARE(Totp::decodeBase32(QStringLiteral("MzXw 6yTb OI")), foobar);
    QCOMPARE(Totp::decodeBase32(QStringLiteral(" MZXW\t6YTBOI\n")), foobar);
}

void TestAuthCrypto::base32RoundTrip()
{
    QByteArray data;
    for (int length = 0; length <= 41; ++length) {
        QCOMPARE(Totp::decodeBase32(Totp::encodeBase32(data)), std::optional<QByteArray>(data));
        data.append(static_cast<char>(length * 37 + 200));
    }
    QByteArray all;
    for (int byte = 0; byte < 256; ++byte)
        all.append(static_cast<char>(byte));
    QCOMPARE(Totp::decodeBase32(Totp::encodeBase32(all)), std::optional<QByteArray>(all));
}

void TestAuthCrypto::base32RejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digit 1") << QStringLiteral("MZXW6YTB1I");
    QTest::newRow("digit 0") << QStringLiteral("MZXW0");
    QTest::newRow("digit 8") << QStringLiteral("MZ8Q");
    QTest::newRow("punctuation") << QStringLiteral("MZXW-6YTB");
    QTest::newRow("padding inside") << QStringLiteral("MZ=XW6");
    QTest::newRow("cyrillic") << QStringLiteral("MZXW6\u041C");
    QTest::newRow("one symbol") << QStringLiteral("M");
    QTest::newRow("three symbols") << QStringLiteral("MZX");
    QTest::newRow("six symbols") << QStringLiteral("MZXW6Y");
}

void TestAuthCrypto::base32RejectsInvalid()
{
    QFETCH(QString, text);
    QCOMPARE(Totp::decodeBase32(text), std::nullopt);
}

void TestAuthCrypto::otpauthUriEscaping()
{
    const QString uri = Totp::otpauthUri(QStringLiteral("Okna"), QStringLiteral("ivan petrov@example.com"),
                                         QStringLiteral("JBSWY3DPEHPK3PXP"));
    QCOMPARE(uri, QStringLiteral("otpauth://totp/Okna:ivan%20petrov%40example.com"
                                 "?secret=JBSWY3DPEHPK3PXP&issuer=Okna&algorithm=SHA1&digits=6&period=30"));

    // Reserved characters in the issuer cannot break the label or the query apart.
    const QString tricky = Totp::otpauthUri(QStringLiteral("Okna & Co: Окна"), QStringLiteral("a+b?c"),
                                            QStringLiteral("jbsw y3dp ehpk 3pxp===="));
    QCOMPARE(tricky, QStringLiteral("otpauth://totp/Okna%20%26%20Co%3A%20%D0%9E%D0%BA%D0%BD%D0%B0:a%2Bb%3Fc"
                                    "?secret=JBSWY3DPEHPK3PXP&issuer=Okna%20%26%20Co%3A%20%D0%9E%D0%BA%D0%BD%D0%B0"
                                    "&algorithm=SHA1&digits=6&period=30"));
    const QUrl url(tricky);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded), QStringLiteral("Okna & Co: Окна"));
    QCOMPARE(query.queryItemValue(QStringLiteral("secret")), QStringLiteral("JBSWY3DPEHPK3PXP"));
}

void TestAuthCrypto::passwordHashAndVerify()
{
    const QString password = QStringLiteral("correct horse battery staple");
    const QString first = PasswordHasher::hash(password);
    const QString second = PasswordHasher::hash(password);

    QVERIFY2(first.startsWith(QStringLiteral("$argon2id$")), qPrintable(first));
    QVERIFY(first != second); // a fresh salt each time
    QVERIFY(PasswordHasher::verify(first, password));
    QVERIFY(PasswordHasher::verify(second, password));
    QVERIFY(!PasswordHasher::verify(first, QStringLiteral("correct horse battery stapler")));
    QVERIFY(!PasswordHasher::verify(first, QString()));

    const QString cyrillic = QStringLiteral("пароль-окна");
    const QString cyrillicHash = PasswordHasher::hash(cyrillic);
    QVERIFY(PasswordHasher::verify(cyrillicHash, cyrillic));
    QVERIFY(!PasswordHasher::verify(cyrillicHash, QStringLiteral("ПАРОЛЬ-ОКНА")));

    QVERIFY(!PasswordHasher::verify(QString(), password));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2id$garbage"), password));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("plain text password"), QStringLiteral("plain text password")));
}

void TestAuthCrypto::passwordNeedsRehash()
{
    const QString current = PasswordHasher::hash(QStringLiteral("some password"));
    QVERIFY(!PasswordHasher::needsRehash(current));
    // INTERACTIVE is t=2; a hash made with other limits is due for an upgrade.
    QVERIFY2(current.contains(QStringLiteral(",t=2,")), qPrintable(current));
    QString weaker = current;
    weaker.replace(QStringLiteral(",t=2,"), QStringLiteral(",t=1,"));
    QVERIFY(PasswordHasher::needsRehash(weaker));
    QString argon2i = current;
    argon2i.replace(QStringLiteral("$argon2id$"), QStringLiteral("$argon2i$"));
    QVERIFY(PasswordHasher::needsRehash(argon2i));
    QVERIFY(PasswordHasher::needsRehash(QString()));
    QVERIFY(PasswordHasher::needsRehash(QStringLiteral("not a hash")));
}

void TestAuthCrypto::dummyHash()
{
    const QString &dummy = PasswordHasher::dummyHash();
    QVERIFY(dummy.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!PasswordHasher::needsRehash(dummy));
    QCOMPARE(&PasswordHasher::dummyHash(), &dummy); // computed once
    QVERIFY(!PasswordHasher::verify(dummy, QString()));
    QVERIFY(!PasswordHasher::verify(dummy, QStringLiteral("password")));
}

void TestAuthCrypto::tokensAreBase64UrlAndUnique()
{
    const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString token = TokenGenerator::newToken();
        QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 1000);
    const QByteArray raw = QByteArray::fromBase64(TokenGenerator::newToken().toLatin1(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(raw.size(), 32);
}

void TestAuthCrypto::hashTokenIsStableSha256Hex()
{
    QCOMPARE(TokenGenerator::hashToken(QStringLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const QString token = TokenGenerator::newToken();
    const QString hashed = TokenGenerator::hashToken(token);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hashed).hasMatch());
    QCOMPARE(TokenGenerator::hashToken(token), hashed);
    QVERIFY(TokenGenerator::hashToken(TokenGenerator::newToken()) != hashed);
}

void TestAuthCrypto::randomBase32()
{
    const QString value = TokenGenerator::randomBase32(20);
    QCOMPARE(value.size(), 32);
    QCOMPARE(Totp::decodeBase32(value)->size(), 20);
    QVERIFY(value != TokenGenerator::randomBase32(20));
    QCOMPARE(TokenGenerator::randomBase32(5).size(), 8);
    QCOMPARE(TokenGenerator::randomBase32(1).size(), 2);
    QVERIFY(TokenGenerator::randomBase32(0).isEmpty());
    QVERIFY(TokenGenerator::randomBase32(-3).isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthCrypto)
#include "tst_auth_crypto.moc"
