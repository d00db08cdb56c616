#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <initializer_list>

#include <catch2/catch.hpp>

#include <memory>

namespace crema {
struct StaffMember;
}

namespace crema::test {

// A fresh folder per test, removed afterwards; databases in it are real files (WAL needs a file).
class TempDir {
public:
    TempDir();
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// A new database file with the full schema.
std::shared_ptr<Database> freshDatabase(const TempDir& dir, const QString& name = QStringLiteral("crema.db"));

// A copy of the demo café (as of 2026-11-21), built once per test run and copied for each test.
QString demoCopy(const TempDir& dir, const QString& name = QStringLiteral("demo.db"));
std::shared_ptr<Database> openDemo(const TempDir& dir);
// Opens a shift on the till in `path` now (real clock), as the demo cashier, so that cremactl and
// other processes can take payments there.
void openShift(const QString& path);

// The file's owner (the demo's Olive Owner), as StaffService lists her, with no PIN checked: who
// reads reports, forecasts and imports in tests that are not about who may.
StaffMember owner(Database& db);

// SHA-256 of a file's bytes, to prove a refused file was not touched.
QByteArray fileHash(const QString& path);

// The first column of the first row of a query, as a number (tests only).
qint64 scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values = {});
// On-hand of an ingredient in the demo store, by name.
qint64 onHand(Database& db, const QString& ingredient);

// Runs an SQL statement on a plain connection of its own (tests only: set up odd states).
void rawExec(const QString& path, const QString& sql);

} // namespace crema::test

// Catch prints QStrings in failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto& crema_r_ = (expr);                                                                                 \
        INFO((crema_r_.ok() ? std::string("ok") : crema_r_.error().message.toStdString()));                            \
        REQUIRE(crema_r_.ok());                                                                                        \
    } while (false)
