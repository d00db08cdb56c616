#pragma once

#include <QObject>

class QTimer;

namespace crema {

class Database;

// Runs WAL checkpoints when the till is idle instead of inside a sale's commit, where SQLite's
// automatic checkpoint would add milliseconds to the sale that happened to cross the threshold.
// Lives on the thread that writes, and checkpoints through that thread's connection: one writer
// connection per process (see STYLE.md on SQLite's WAL-reset bug).
//
// It waits for a batch of writes before checkpointing: the first commit after a complete checkpoint
// restarts the log, and with synchronous=FULL SQLite syncs the new log header on its own, one more
// fsync in that sale. Checkpointing after every sale made every sale pay it (about a tenth of its
// time); after a batch, one sale in `batchWrites` does. A quiet till still folds a smaller batch in
// within `periodMs`.
class WalCheckpointer : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultBatchWrites = 64;

    // idleMs: how long after the batch's last write to checkpoint; periodMs: how often any writes
    // left over are checkpointed regardless.
    WalCheckpointer(Database& db, int idleMs = 2000, int periodMs = 5 * 60 * 1000,
        int batchWrites = kDefaultBatchWrites, QObject* parent = nullptr);

    int checkpoints() const { return m_count; }
    int pendingWrites() const { return m_pending; }

public Q_SLOTS:
    // Something was written; checkpoint once a batch is in and things are quiet.
    void noteWrite();
    void checkpointNow();

private:
    Database& m_db;
    QTimer* m_idle;
    QTimer* m_period;
    int m_batch;
    int m_pending = 0; // writes since the last checkpoint
    int m_count = 0;
};

} // namespace crema
