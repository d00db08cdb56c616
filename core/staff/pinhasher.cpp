#include "pinhasher.h"

#include <sodium.h>

namespace crema::PinHasher {

namespace {
// OWASP's Argon2id floor (19 MiB, 2 passes): ~20 ms a verify on a till PC, so a PIN-only login
// can try every active staff member in well under a second, while an offline guess costs the same.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19u * 1024u * 1024u;

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

Status validate(const QString& pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return fail(Error::Code::InvalidInput, QStringLiteral("a PIN has 4 to 8 digits"));
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return fail(Error::Code::InvalidInput, QStringLiteral("a PIN has digits only"));
    }
    return {};
}

Result<QString> hash(const QString& pin)
{
    CREMA_TRY(validate(pin));
    if (!ensureSodium())
        return fail(Error::Code::Io, QStringLiteral("libsodium failed to initialise"));
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit, kMemLimit,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(Error::Code::Io, QStringLiteral("not enough memory to hash a PIN"));
    return QString::fromLatin1(out);
}

bool verify(const QString& hash, const QString& pin)
{
    if (!ensureSodium() || !validate(pin).ok())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace crema::PinHasher
