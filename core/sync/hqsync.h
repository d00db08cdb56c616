#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace crema {

class Clock;
class Database;

// Where this till stands with HQ, as `cremactl hq status --json` prints it:
// {"joined","hq","store","till","last_push","last_pull","pending","oldest_pending_age_s","cursor"}.
struct HqLinkState {
    bool joined = false;
    QString url;
    QString storeUuid, tillUuid, storeCode, tillCode;
    qint64 cursor = 0;
    QString lastPush, lastPull, lastError, offlineSince;
    qint64 pending = 0;
    qint64 oldestPendingAgeS = 0; // 0 when nothing waits
    QJsonObject toJson() const;
};

// What one sync did.
struct HqSyncSummary {
    qint64 pushed = 0; // events HQ acknowledged in this run
    qint64 pending = 0; // left waiting (0 after a full sync)
    int batches = 0;
};

// A till's side of the chain sync: joining HQ and pushing the outbox. The one writer of hq_link.
// Only one program at a time sends a file's events: a lock file beside it (FILE.hq-sync.lock) is
// held for each run, so a second crema or cremactl on the same file never pushes in parallel.
class HqSync {
public:
    HqSync(Database& db, const Clock& clock);

    static Result<HqLinkState> state(Database& db, const Clock& clock);

    // Exchanges a one-time code for this till's credential, kept in the file (never printed).
    // A till with history keeps it: its outbox goes up on the next sync. A replacement file
    // continues the till's sequence after what HQ has.
    Result<HqLinkState> join(const QString& url, const QString& code);

    // Pushes everything waiting, in order, in batches; returns when nothing waits, or with the
    // error that stopped it (Io when HQ cannot be reached; its message names HQ).
    Result<HqSyncSummary> pushAll();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace crema
