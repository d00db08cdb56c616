#pragma once

#include "common/result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace crema {

class ChangeHub;

struct OpenOptions {
    bool create = false; // create the file (and its schema) when it does not exist
    bool migrate = true; // upgrade an older schema (after taking a backup copy)
    int busyTimeoutMs = 5000;
    int targetVersion = -1; // migrate only this far (tests of the upgrade path); -1 = latest
    QString migrationsDir; // empty = the migrations embedded in the binary
};

// One Crema SQLite file. Checks it before touching it (SQLite header, Crema application id,
// quick_check, schema version), so a damaged, foreign or newer file is refused unmodified.
// Hands out one named connection per thread (Qt connections must not cross threads), each with
// WAL, synchronous=FULL, foreign keys and a busy timeout.
class Database {
public:
    static constexpr int kApplicationId = 0x43524D41; // "CRMA"

    static Result<std::shared_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // This thread's connection to the file, opened on first use.
    QSqlDatabase connection();
    // Closes this thread's connection, if it has one. A worker thread calls it before it ends, so
    // no connection outlives the thread that owns it (Qt's rule).
    void releaseConnection();
    // Copies committed pages from the WAL into the file without waiting for readers (PASSIVE), on
    // this thread's connection.
    Status checkpoint();
    QString path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    // The copy taken before the last migration of an existing file, empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    // True when open() created or initialised the schema from nothing.
    bool isNew() const { return m_fresh; }
    // Where this file's committed units of work announce what they changed (see UnitOfWork).
    ChangeHub& changes() const { return *m_changes; }

private:
    Database(QString path, OpenOptions options);
    Result<QSqlDatabase> openConnection(const QString& name);

    QString m_path;
    OpenOptions m_options;
    QString m_prefix;
    QString m_backupPath;
    int m_version = 0;
    bool m_fresh = false;
    QMutex m_mutex;
    QHash<quintptr, QString> m_connections; // thread id -> connection name
    std::unique_ptr<ChangeHub> m_changes;
};

} // namespace crema
