#pragma once

#include <QObject>

class QTimer;

namespace crema {

class Database;

// Runs WAL checkpoints when the till is idle instead of inside a sale's commit, where SQLite's
// automatic checkpoint would add milliseconds to the sale that happened to cross the threshold.
// Lives on the thread that writes, and checkpoints through that thread's connection: one writer
// connection per process (see STYLE.md on SQLite's WAL-reset bug).
class WalCheckpointer : public QObject {
    Q_OBJECT
public:
    // idleMs: how long after the last write to checkpoint; also checkpoints every periodMs regardless.
    WalCheckpointer(Database& db, int idleMs = 2000, int periodMs = 60000, QObject* parent = nullptr);

    int checkpoints() const { return m_count; }

public Q_SLOTS:
    // Something was written; checkpoint once things are quiet.
    void noteWrite();
    void checkpointNow();

private:
    Database& m_db;
    QTimer* m_idle;
    QTimer* m_period;
    int m_count = 0;
};

} // namespace crema
