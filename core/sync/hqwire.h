#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The till ↔ HQ wire format, protocol version 1: HTTP/1.1 (or HTTPS) with JSON bodies.
//
//   POST /v1/join     {"protocol","code","till_uuid","store":{...},"has_sales"}       (the code is the proof)
//                  →  {"protocol","till_uuid","store_uuid","store","till","secret","last_seq","last_receipt"}
//   POST /v1/push     {"protocol","events":[{"seq","uuid","entity","entity_uuid","event","payload","created_at"}]}
//                  →  {"protocol","acked_seq","applied","duplicates"} or 409 {"error":{"code":"gap","expected_seq"}}
//   GET  /v1/changes?after=N&limit=M
//                  →  {"protocol","changes":[{"no","kind","uuid","event","payload","store","at"}],"last","more"}
//   GET  /v1/hello →  {"protocol","till","store","last_seq","server_time"}
//
// Every request but join is signed by its till (headers below): an HMAC-SHA-256, keyed with the
// till's own 32-byte secret, over the method, the path with its query, the till, the time, a
// nonce and the SHA-256 of the body. HQ refuses a time more than kMaxSkewMs away from its clock and
// a nonce it has seen from that till within that window, so a captured request cannot be replayed.
// The secret never crosses the wire after join (over HTTPS, or loopback, in the README's setups).
//
// Errors: a 4xx/5xx status with {"error":{"code":TEXT,"message":TEXT}} (code: bad_request,
// unauthorised, forbidden, not_found, too_large, timeout, gap, protocol, conflict, internal).
namespace crema::hqwire {

constexpr int kProtocol = 1;
// The oldest till protocol this HQ still serves.
constexpr int kMinProtocol = 1;
constexpr qint64 kMaxSkewMs = 5 * 60 * 1000;
constexpr qint64 kMaxJoinBytes = 64 * 1024;
constexpr qint64 kMaxPushBytes = 4 * 1024 * 1024;
constexpr int kMaxPushEvents = 500;
constexpr int kMaxPageChanges = 500;
constexpr qint64 kMaxEventPayloadBytes = 512 * 1024;

inline constexpr char kHeaderProtocol[] = "x-crema-protocol";
inline constexpr char kHeaderTill[] = "x-crema-till";
inline constexpr char kHeaderTime[] = "x-crema-time";
inline constexpr char kHeaderNonce[] = "x-crema-nonce";
inline constexpr char kHeaderSignature[] = "x-crema-signature";

// A till's secret: 32 random bytes, base64url on disk and in the join answer.
QByteArray newSecret();
Result<QByteArray> decodeSecret(const QString& text);
QString encodeSecret(const QByteArray& secret);

QByteArray newNonce(); // 16 random bytes, hex
// hex(HMAC-SHA-256(secret, "CREMA1\n" method "\n" target "\n" till "\n" time "\n" nonce "\n" hex(sha256(body))))
QByteArray sign(const QByteArray& secret, const QByteArray& method, const QByteArray& target, const QString& till,
    qint64 timeMs, const QByteArray& nonce, const QByteArray& body);
bool macEquals(const QByteArray& a, const QByteArray& b); // constant time

// A PIN on its way to HQ (the chain's figures), unreadable without the till's secret even over
// plain HTTP: hex(pin XOR HMAC-SHA-256(secret, "CREMA-PIN\n" nonce)), a fresh nonce (hex) each time.
// openPin: empty when the sealed text cannot be a PIN.
QByteArray sealPin(const QByteArray& secret, const QByteArray& nonce, const QString& pin);
QString openPin(const QByteArray& secret, const QByteArray& nonce, const QByteArray& sealed);

// Enrolment codes: 12 characters from an alphabet without look-alikes, shown as XXXX-XXXX-XXXX.
QString newEnrolmentCode();
// Upper-cases, drops spaces and dashes; empty when it cannot be a code.
QString normaliseEnrolmentCode(const QString& text);
QString hashCode(const QString& normalisedCode); // hex SHA-256, what HQ keeps

QByteArray errorBody(const QString& code, const QString& message);
QByteArray toBody(const QJsonObject& o);
// Parses a JSON object body; the error names `what` ("the push body").
Result<QJsonObject> parseObject(const QByteArray& body, const QString& what);

} // namespace crema::hqwire
