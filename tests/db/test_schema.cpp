#include "common/clock.h"
#include "storage/sql.h"
#include "store/setupservice.h"
#include "testsupport.h"

using namespace crema;

namespace {
Status exec(Database& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    SqlQuery q(db.connection(), sql);
    q.bindAll(values);
    return q.run(QStringLiteral("test statement"));
}
qint64 scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    auto v = queryScalar(db.connection(), sql, values, QStringLiteral("test query"));
    REQUIRE_OK(v);
    return v->toLongLong();
}
} // namespace

TEST_CASE("on-hand always equals the sum of the stock ledger, which is append-only", "[db][schema][stock]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CHECK(scalar(*db,
              QStringLiteral(
                  "SELECT count(*) FROM store_ingredients AS s WHERE s.on_hand <> (SELECT coalesce(sum(quantity), 0) "
                  "FROM stock_movements AS m WHERE m.store_id = s.store_id AND m.ingredient_id = s.ingredient_id)"))
        == 0);
    const qint64 milk = scalar(*db, QStringLiteral("SELECT id FROM ingredients WHERE name = 'Whole milk'"));
    const qint64 before
        = scalar(*db, QStringLiteral("SELECT on_hand FROM store_ingredients WHERE ingredient_id = ?"), {milk});
    REQUIRE_OK(exec(*db,
        QStringLiteral("INSERT INTO stock_movements (uuid, store_id, ingredient_id, kind, quantity, created_at) "
                       "VALUES ('t-1', 1, ?, 'waste', -500, '2026-11-21T10:00:00.000Z')"),
        {milk}));
    CHECK(scalar(*db, QStringLiteral("SELECT on_hand FROM store_ingredients WHERE ingredient_id = ?"), {milk})
        == before - 500);

    auto update = exec(*db, QStringLiteral("UPDATE stock_movements SET quantity = 1 WHERE uuid = 't-1'"));
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message.contains(QStringLiteral("append-only")));
    CHECK_FALSE(exec(*db, QStringLiteral("DELETE FROM stock_movements WHERE uuid = 't-1'")).ok());
    CHECK_FALSE(exec(*db,
        QStringLiteral("INSERT INTO stock_movements (uuid, store_id, ingredient_id, kind, quantity, created_at) "
                       "VALUES ('t-2', 1, ?, 'theft', -1, '2026-11-21T10:00:00.000Z')"),
        {milk})
                    .ok()); // unknown movement kind
}

TEST_CASE("a loyalty balance can never go below zero, and the ledger is append-only", "[db][schema][loyalty]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const qint64 customer = scalar(*db, QStringLiteral("SELECT id FROM customers WHERE phone = '+447700900003'"));
    const qint64 balance = scalar(
        *db, QStringLiteral("SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = ?"), {customer});
    REQUIRE(balance > 0);
    auto over = exec(*db,
        QStringLiteral("INSERT INTO loyalty_ledger (uuid, customer_id, points, reason, created_at) VALUES ('l-1', ?, "
                       "?, 'redeem', 'now')"),
        {customer, -(balance + 1)});
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message.contains(QStringLiteral("below zero")));
    REQUIRE_OK(exec(*db,
        QStringLiteral("INSERT INTO loyalty_ledger (uuid, customer_id, points, reason, created_at) VALUES ('l-2', ?, "
                       "?, 'redeem', 'now')"),
        {customer, -balance}));
    CHECK(scalar(*db, QStringLiteral("SELECT sum(points) FROM loyalty_ledger WHERE customer_id = ?"), {customer}) == 0);
    CHECK_FALSE(exec(*db, QStringLiteral("DELETE FROM loyalty_ledger WHERE uuid = 'l-2'")).ok());
    CHECK_FALSE(exec(*db, QStringLiteral("UPDATE audit_log SET action = 'x'")).ok());
}

TEST_CASE("the schema refuses rows that break its rules", "[db][schema]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    // Foreign keys are enforced.
    CHECK_FALSE(exec(*db,
        QStringLiteral(
            "INSERT INTO product_sizes (uuid, product_id, name, price_cents) VALUES ('s', 999999, 'X', 100)"))
                    .ok());
    // Negative prices, a min above max, an unknown base unit, replace without what it replaces.
    CHECK_FALSE(exec(*db,
        QStringLiteral("INSERT INTO product_sizes (uuid, product_id, name, price_cents) VALUES ('s', 1, 'Huge', -1)"))
                    .ok());
    CHECK_FALSE(exec(*db,
        QStringLiteral("INSERT INTO modifier_groups (uuid, name, min_choices, max_choices) VALUES ('g', 'Bad', 3, 1)"))
                    .ok());
    CHECK_FALSE(
        exec(*db, QStringLiteral("INSERT INTO ingredients (uuid, name, base_unit) VALUES ('i', 'Sugar', 'oz')")).ok());
    CHECK_FALSE(exec(*db,
        QStringLiteral(
            "INSERT INTO modifier_recipe_items (modifier_id, action, ingredient_id) VALUES (1, 'replace', 1)"))
                    .ok());
    // Consent needs its source and time.
    CHECK_FALSE(exec(*db,
        QStringLiteral(
            "INSERT INTO customers (uuid, name, marketing_consent, created_at) VALUES ('c', 'Zed', 1, '2026-01-01')"))
                    .ok());
    // A paid order needs a receipt number, and receipt numbers are unique per till.
    CHECK_FALSE(exec(*db,
        QStringLiteral("INSERT INTO orders (uuid, store_id, terminal_id, staff_id, status, created_at) VALUES ('o', 1, "
                       "1, 1, 'paid', 'now')"))
                    .ok());
    CHECK_FALSE(exec(*db,
        QStringLiteral(
            "INSERT INTO orders (uuid, store_id, terminal_id, receipt_no, staff_id, status, created_at, paid_at) "
            "VALUES ('o', 1, 1, 1, 1, 'paid', 'now', 'now')"))
                    .ok());
}

TEST_CASE("store setup validates every field and runs once", "[db][schema][setup]")
{
    test::TempDir dir;
    auto db = test::freshDatabase(dir);
    Clock clock;
    StoreSetup setup;
    setup.storeName = QStringLiteral("Bean There");
    const QList<InitialStaff> owner {{QStringLiteral("Ona"), Role::Owner, QStringLiteral("4321")}};

    StoreSetup bad = setup;
    bad.currency = QStringLiteral("pounds");
    CHECK(Setup::initialise(*db, clock, bad, owner).error().message.contains(QStringLiteral("currency")));
    bad = setup;
    bad.timeZone = QStringLiteral("Mars/Olympus");
    CHECK(Setup::initialise(*db, clock, bad, owner).error().message.contains(QStringLiteral("time zone")));
    CHECK(Setup::initialise(*db, clock, setup, {{QStringLiteral("Cass"), Role::Cashier, QStringLiteral("1111")}})
              .error()
              .message.contains(QStringLiteral("owner")));
    CHECK(Setup::initialise(*db, clock, setup, {{QStringLiteral("Ona"), Role::Owner, QStringLiteral("12")}})
              .error()
              .message.contains(QStringLiteral("PIN of Ona")));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM stores")) == 0); // nothing half-written

    REQUIRE_OK(Setup::initialise(*db, clock, setup, owner));
    auto again = Setup::initialise(*db, clock, setup, owner);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Conflict);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM stores")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM staff WHERE pin_hash LIKE '$argon2id$%'")) == 1);
}
