#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace crema {

struct Migration {
    int version = 0; // NNNN of NNNN_name.sql; PRAGMA user_version after it is applied
    QString name;
    QString sql;
};

// Applies the plain-SQL migrations in db/migrations (embedded under :/crema/migrations) in order,
// each in its own transaction that also sets PRAGMA user_version, so a crash leaves the file at the
// last fully applied version. A fresh database replays the whole chain.
class Migrator {
public:
    static constexpr const char* kResourceDir = ":/crema/migrations";

    // Reads NNNN_name.sql files from a directory (or resource directory). Versions must run 1, 2, 3…
    static Result<QList<Migration>> load(const QString& dir = QString::fromLatin1(kResourceDir));

    // Brings db from its user_version up to `target` (or the last migration when target < 0).
    static Status migrate(const QSqlDatabase& db, const QList<Migration>& migrations, int target = -1);

    static Result<int> currentVersion(const QSqlDatabase& db);
};

// Splits an SQL script into statements: semicolons inside quotes, comments and CREATE TRIGGER
// bodies (BEGIN … END, including CASE … END inside them) do not end a statement.
QStringList splitSqlScript(const QString& script);

} // namespace crema
