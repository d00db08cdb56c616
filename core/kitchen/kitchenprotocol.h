#pragma once

#include "common/result.h"
#include "kitchenservice.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>

// The kitchen feed's wire format: JSON text messages over a WebSocket, version 1.
//
//   till → screen  {"type":"hello","protocol":1,"till":UUID,"store":NAME,"nonce":HEX}
//   screen → till  {"type":"auth","nonce":HEX,"mac":HEX,"from":SEQ,"follow":BOOL}  (follow false: bumps only)
//   till → screen  {"type":"welcome","mac":HEX,"last_seq":N,"reset":BOOL,"stations":{NAME:{"amber":S,"red":S}}}
//                  or {"type":"error","message":TEXT}, then the till closes the connection
//   till → screen  {"type":"event","seq","till","ticket","receipt","order","state","station","customer",
//                   "created_at","at","items":[{"product","size","quantity","modifiers","note"}]}
//                  state: pending | in_progress | ready | completed | cancelled (a refund or void; the
//                  items are then those it cancelled, and an event in an unchanged state after a
//                  partial refund carries the items that remain)
//   screen → till  {"type":"bump","id":UUID,"ticket":ID,"state":STATE}  (never cancelled)
//   till → screen  {"type":"ack","id":UUID,"ok":BOOL,"message":TEXT}
//
// Both sides prove they know the store secret without sending it: each MACs both nonces with a key
// derived from the secret (HMAC-SHA-256), so a recorded handshake cannot be replayed. Messages are
// not encrypted: tickets are no secret on the shop's own network; the secret stops strangers
// reading the feed or bumping tickets.
namespace crema::kitchenwire {

constexpr int kProtocol = 1;
constexpr qint64 kMaxMessageBytes = 64 * 1024; // a bump or an auth is a few hundred bytes
constexpr int kMinSecretLength = 8;

Status checkSecret(const QString& secret);
QByteArray newNonce(); // 16 random bytes, hex
// The MAC a screen ("client") or a till ("server") sends for this handshake, hex.
QByteArray mac(const QString& secret, const char* role, const QByteArray& serverNonce, const QByteArray& clientNonce,
    const QString& tillUuid);
bool macEquals(const QByteArray& a, const QByteArray& b); // constant time

QJsonObject eventToJson(const QString& tillUuid, const KitchenEvent& e);
// Reads an event, checking every field; the error names the field.
Result<KitchenEvent> eventFromJson(const QJsonObject& o);

// Parses one message: a JSON object with a string "type" no larger than kMaxMessageBytes.
Result<QJsonObject> parseMessage(const QString& text);
QString serialize(const QJsonObject& o);

// "HOST:PORT" (a name, IPv4, or [IPv6]); port 1..65535, or 0 when `allowAnyPort` (listen anywhere free).
struct Endpoint {
    QString host;
    quint16 port = 0;
};
Result<Endpoint> parseEndpoint(const QString& text, bool allowAnyPort = false);
// The address to listen on for a HOST part: an IP address of this machine, * (all IPv4), :: or localhost.
Result<QHostAddress> listenAddress(const QString& host);

} // namespace crema::kitchenwire
