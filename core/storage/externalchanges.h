#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QTimer;

namespace crema {

class Database;

// Notices what other processes on the same file committed (cremactl changing a price while crema
// is open, a second crema on the till) and announces it on the file's ChangeHub as if made here,
// with key "external": CatalogChanged, SettingChanged or StaffChanged, each once per poll. It polls
// PRAGMA data_version (which moves only when another connection commits), and only then reads
// change_revisions, so an idle till costs one pragma per interval. The ExternalChangeWatcher must be
// created before anything else subscribes to the hub (TillServices makes it so).
class ExternalChangeWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 400; // a change shows within half a second

    explicit ExternalChangeWatcher(Database& db, QObject* parent = nullptr);

    // Starts polling on this thread's connection (the thread the watcher lives on).
    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    // One poll now: publishes what changed since the last one. Returns whether anything did.
    bool poll();

private:
    void rebase(const QString& kind);

    Database& m_db;
    QTimer* m_timer;
    qint64 m_dataVersion = -1;
    QHash<QString, qint64> m_revisions;
};

} // namespace crema
