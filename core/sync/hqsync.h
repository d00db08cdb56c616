#pragma once

#include "common/result.h"
#include "sync/hqapply.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace crema {

class Clock;
class Database;
class HqClient;

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
    qint64 skipped = 0; // changes from HQ this till could not take (hq_skipped), for the owner
    static constexpr qint64 kOverdueS = 24 * 3600;
    // Events have waited longer than a day: the owner should look at the link.
    bool overdue() const { return oldestPendingAgeS > kOverdueS; }
    bool online() const { return joined && offlineSince.isEmpty(); }
    QJsonObject toJson() const;
};

// What one sync did.
struct HqSyncSummary {
    qint64 pushed = 0; // events HQ acknowledged in this run
    qint64 pending = 0; // left waiting (0 after a full sync)
    int batches = 0;
    qint64 pulled = 0; // changes of HQ's log taken in this run
    qint64 applied = 0; // of those, the ones that wrote something here
    qint64 cursor = 0; // the last change of HQ's log this file holds
    qint64 skipped = 0; // changes this till could not take (kept in hq_skipped with the reason)
    // {"pushed","pending","batches","pulled","applied","cursor","skipped"}: `cremactl hq sync --json`.
    QJsonObject toJson() const;
    QString text() const; // "pushed=3 pending=0 pulled=12 applied=9 cursor=40"
};

// A till's side of the chain sync: joining HQ, pushing the outbox and pulling HQ's change log. The one writer of
// hq_link. Only one program at a time sends a file's events: a lock file beside it (FILE.hq-sync.lock) is held for each
// run, so a second crema or cremactl on the same file never syncs in parallel.
class HqSync {
public:
    HqSync(Database& db, const Clock& clock);

    static Result<HqLinkState> state(Database& db, const Clock& clock);

    // Exchanges a one-time code for this till's credential, kept in the file (never printed).
    // A till with history keeps it: its outbox goes up on the next sync. A replacement file
    // continues the till's sequence after what HQ has.
    Result<HqLinkState> join(const QString& url, const QString& code);

    // Pushes everything waiting, in order, in batches, then takes HQ's change log after this file's
    // cursor, page by page, each page applied in one unit of work with the cursor moved in it (see
    // HqApply): a crash mid-page leaves the page for next time, never half of it. Returns when
    // nothing waits and the log's end is here, or with the error that stopped it (Io when HQ
    // cannot be reached; its message names HQ). What `cremactl hq sync` and the till's sync
    // thread run.
    Result<HqSyncSummary> syncAll();

    // A client signed as this till, for requests that neither push nor pull (the chain's figures):
    // no lock is taken. BusinessRule when the file has not joined.
    static Result<std::unique_ptr<HqClient>> client(Database& db);

private:
    Result<HqSyncSummary> push(HqClient& client);
    Result<HqSyncSummary> pull(HqClient& client);
    Result<HqApplied> applyPage(const QJsonArray& changes, qint64 from, qint64 to);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace crema
