#include "tls/SelfSignedCertificate.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace okna::server {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

QString opensslError(const char *what)
{
    char buffer[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QString::fromLatin1(what);
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLatin1(buffer));
}

ApiError failure(const char *what)
{
    return ApiError(ErrorCode::Internal, opensslError(what));
}

// Never prompt on a terminal for a passphrase: an encrypted key simply fails to load.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

PkeyPtr generateKey()
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx.get(), NID_X9_62_prime256v1) <= 0 ||
        EVP_PKEY_CTX_set_ec_param_enc(ctx.get(), OPENSSL_EC_NAMED_CURVE) <= 0 || EVP_PKEY_keygen(ctx.get(), &key) <= 0)
        return nullptr;
    return PkeyPtr(key);
}

bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7f) | 0x40); // positive, full 128 bits
    BnPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, ctx, nid, value);
    if (!ext)
        return false;
    const bool added = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return added;
}

bool addSubjectAltNames(X509 *cert, const QStringList &names)
{
    GENERAL_NAMES *list = sk_GENERAL_NAME_new_null();
    if (!list)
        return false;
    bool ok = true;
    for (const QString &name : names) {
        GENERAL_NAME *entry = GENERAL_NAME_new();
        if (!entry) {
            ok = false;
            break;
        }
        const QByteArray latin = name.toLatin1();
        if (QHostAddress(name).isNull()) {
            ASN1_IA5STRING *dns = ASN1_IA5STRING_new();
            if (dns && ASN1_STRING_set(dns, latin.constData(), static_cast<int>(latin.size())) == 1) {
                GENERAL_NAME_set0_value(entry, GEN_DNS, dns);
            } else {
                ASN1_IA5STRING_free(dns);
                ok = false;
            }
        } else if (ASN1_OCTET_STRING *ip = a2i_IPADDRESS(latin.constData())) {
            GENERAL_NAME_set0_value(entry, GEN_IPADD, ip);
        } else {
            ok = false;
        }
        if (!ok || sk_GENERAL_NAME_push(list, entry) == 0) {
            GENERAL_NAME_free(entry);
            ok = false;
            break;
        }
    }
    ok = ok && X509_add1_ext_i2d(cert, NID_subject_alt_name, list, 0, X509V3_ADD_DEFAULT) == 1;
    GENERAL_NAMES_free(list);
    return ok;
}

} // namespace

Result<PemPair> SelfSignedCertificate::generate(const QString &commonName, const QStringList &subjectAltNames)
{
    ERR_clear_error();
    PkeyPtr key = generateKey();
    if (!key)
        return failure("cannot generate an EC P-256 key");

    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()))
        return failure("cannot initialise the certificate");
    // An hour of slack for clients whose clock runs behind.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), ValidityDays, 0, nullptr))
        return failure("cannot set the validity period");

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                   -1, -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), name) != 1 || X509_set_pubkey(cert.get(), key.get()) != 1)
        return failure("cannot set the certificate subject");

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    // A leaf that clients pin by fingerprint: not a CA, for server authentication only.
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyEncipherment") ||
        !addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash") ||
        !addSubjectAltNames(cert.get(), subjectAltNames))
        return failure("cannot add the certificate extensions");

    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return failure("cannot sign the certificate");

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failure("cannot encode the certificate as PEM");
    return PemPair{bioContents(certBio.get()), bioContents(keyBio.get())};
}

QString SelfSignedCertificate::keyMismatch(const QByteArray &certificatePem, const QByteArray &privateKeyPem)
{
    ERR_clear_error();
    BioPtr certBio = memoryBio(certificatePem);
    X509Ptr cert(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!cert)
        return opensslError("not a PEM certificate");
    BioPtr keyBio = memoryBio(privateKeyPem);
    PkeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key)
        return opensslError("not an unencrypted PEM private key");
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        return QStringLiteral("the private key does not belong to the certificate");
    }
    return {};
}

} // namespace okna::server
