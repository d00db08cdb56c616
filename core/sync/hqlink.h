#pragma once

#include "sync/hqsync.h"

#include <QMutex>
#include <QObject>

#include <memory>

class QThread;
class QTimer;

namespace crema {

class Clock;
class Database;

// The till's own sync with HQ, on its own thread and its own connection to the file, so a sale or
// the window never waits for the network: it pushes and pulls every interval, soon after anything is
// committed here (a sale is at HQ within a second or two when online), and when HQ is out of reach
// it retries later and later (5 s, 10 s, 20 s ... at most 5 minutes, each ±25 % so a store's tills
// that lost the link together do not all come back in the same second). After each run it says where
// the link stands (stateChanged, on the thread that made the HqLink).
class HqLink : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 15'000;
    static constexpr int kFirstRetryMs = 5'000;
    static constexpr int kMaxRetryMs = 300'000;
    static constexpr int kSoonMs = 500; // after a local commit: several sales rung together go as one push

    HqLink(Database& db, const Clock& clock, QObject* parent = nullptr);
    ~HqLink() override; // stops the thread, after the run in progress

    // Starts the thread when the file has joined HQ. A file not joined yet is looked at every
    // kJoinCheckMs, so a till joined meanwhile (`cremactl hq join` beside a running crema) starts
    // syncing, and says so (stateChanged), without a restart. Idempotent.
    static constexpr int kJoinCheckMs = 3'000;
    void start(int intervalMs = kDefaultIntervalMs);

    // The last state read (before the first run: read now).
    HqLinkState state() const;

    // The wait before the next try after `failures` failures in a row (1 = the first), with the
    // jitter given by `unit` in [0, 1): 0.5 gives the middle of the range.
    static int retryDelayMs(int failures, double unit);

Q_SIGNALS:
    void stateChanged(const crema::HqLinkState& state);

private:
    class Worker;
    void take(const HqLinkState& state);

    Database& m_db;
    const Clock& m_clock;
    std::unique_ptr<QThread> m_thread;
    QTimer* m_joinCheck = nullptr; // while the file has not joined
    int m_intervalMs = kDefaultIntervalMs;
    Worker* m_worker = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    HqLinkState m_state;
    bool m_haveState = false;
};

} // namespace crema

Q_DECLARE_METATYPE(crema::HqLinkState)
