#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>

namespace crema {

class Clock;
class HqDatabase;
struct HttpRequest;

// An answer of HQ's API: the HTTP status and its JSON body ({"error":{...}} when not 2xx).
struct HqReply {
    int status = 200;
    QJsonObject body;

    static HqReply ok(QJsonObject body) { return {200, std::move(body)}; }
    static HqReply error(int status, const QString& code, const QString& message, QJsonObject extra = {});
    static HqReply fromError(const Error& e);
};

// The till a signed request came from.
struct HqCaller {
    QString storeId;
    QString tillId;
    QString tillName;
    int protocol = 0;
};

// One row of `crema-hq status`.
struct HqTillState {
    QString storeName, storeId, tillName, tillId, state;
    QString lastSeen, lastPush, lastPull;
    qint64 lastSeq = 0;
    qint64 cursor = 0;
    qint64 behind = 0; // changes the till has not pulled yet
    qint64 waiting = 0; // events the till said still waited behind its last push
    QString oldestWaitingAt; // since when the oldest of them waits (empty: none)
};

// HQ's use cases: enrolment, trust, the tills' pushes and pulls, status. Runs on crema-hq's thread;
// every call is one transaction.
class HqService {
public:
    HqService(HqDatabase& db, const Clock& clock);

    // A one-time code (XXXX-XXXX-XXXX) for a till of a store, valid 24 hours. The store is made
    // when it is new to the chain. A till name that already exists is re-keyed by the code: its
    // next join (a replacement file) takes over its history and its sequence.
    Result<QString> enrol(const QString& storeName, const QString& tillName);
    // Cuts a till off: its requests are refused from now on. storeName: needed when two stores
    // have a till of that name.
    Status revoke(const QString& tillName, const QString& storeName = {});
    Result<QList<HqTillState>> tills();
    // `crema-hq status --json`: {"protocol","stores":[{"store","store_id","tills":[...]}],"changes"}
    Result<QJsonObject> statusJson();

    // The API, one function per route; `request` has passed the HTTP server's framing limits.
    HqReply handle(const HttpRequest& request);
    qint64 bodyLimit(const QByteArray& method, const QByteArray& path) const;

    // Checks a signed request: the till, the time window, the nonce (once), the signature.
    Result<HqCaller> authenticate(const HttpRequest& request);

private:
    HqReply join(const HttpRequest& request);
    HqReply push(const HqCaller& caller, const QByteArray& body);
    HqReply changes(const HqCaller& caller, const HttpRequest& request);
    HqReply hello(const HqCaller& caller);
    // The chain's figures for an owner or manager: the till signs the request, the person proves
    // who they are with their PIN (checked against the hash the chain's staff records carry) or
    // with the token an earlier answer gave them at this till.
    HqReply chain(const HqCaller& caller, const QByteArray& body);
    Result<QString> chainPerson(const HqCaller& caller, const QJsonObject& body, qint64 nowMs);
    Status pruneNonces(qint64 nowMs);

    HqDatabase& m_db;
    const Clock& m_clock;
    qint64 m_lastPruneMs = 0;
    struct ChainToken {
        QString tillId;
        QString staffUuid;
        qint64 expiresMs = 0;
    };
    QHash<QString, ChainToken> m_chainTokens;
    struct PinFailures {
        int count = 0;
        qint64 sinceMs = 0;
    };
    QHash<QString, PinFailures> m_pinFailures; // per till
    int m_failedJoins = 0;
    qint64 m_failedJoinWindowMs = 0;
};

} // namespace crema
