#include "customers/customerservice.h"
#include "storage/sql.h"
#include "testsupport.h"

using namespace crema;

TEST_CASE("phone numbers are normalised or refused with the reason", "[core][customers]")
{
    CHECK(normalisePhone(QStringLiteral("+44 7700 900123")).value() == QStringLiteral("+447700900123"));
    CHECK(normalisePhone(QStringLiteral("(0131) 496-0000")).value() == QStringLiteral("01314960000"));
    auto letters = normalisePhone(QStringLiteral("0131 CAFE"));
    REQUIRE_FALSE(letters.ok());
    CHECK(letters.error().message.contains(QStringLiteral("0131 CAFE")));
    CHECK_FALSE(normalisePhone(QStringLiteral("123")).ok());
    CHECK_FALSE(normalisePhone(QStringLiteral("44+123456")).ok());
}

TEST_CASE("customers are found by name or phone, with points from the ledger", "[core][customers]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    CustomerService customers(*db);
    auto all = customers.search();
    REQUIRE_OK(all);
    CHECK(all->size() >= 200);

    auto byPhone = customers.search(QStringLiteral("07700 900 007"));
    REQUIRE_OK(byPhone);
    REQUIRE(byPhone->size() >= 1);
    CHECK(byPhone->first().phone.endsWith(QStringLiteral("7700900007")));

    auto byName = customers.search(QStringLiteral("oLiViA"));
    REQUIRE_OK(byName);
    REQUIRE_FALSE(byName->isEmpty());
    for (const CustomerSummary& c : *byName)
        CHECK(c.name.contains(QStringLiteral("Olivia")));

    auto wildcard = customers.search(QStringLiteral("%"));
    REQUIRE_OK(wildcard);
    CHECK(wildcard->isEmpty()); // a typed % is a character, not "everyone"

    auto points
        = queryScalar(db->connection(), QStringLiteral("SELECT sum(points) FROM loyalty_ledger WHERE customer_id = ?"),
            {byPhone->first().id}, QStringLiteral("test"));
    REQUIRE_OK(points);
    CHECK(byPhone->first().points == points->toLongLong());
}

TEST_CASE("customer names and emails are bounded and clean", "[core][customers][text]")
{
    test::TempDir dir;
    auto db = test::freshDatabase(dir);
    CustomerService customers(*db);
    const auto count = [&] { return test::scalar(*db, QStringLiteral("SELECT count(*) FROM customers")); };
    auto spoofed
        = customers.addCustomer(QStringLiteral("Ana \u202Egnp.exe"), QStringLiteral("+447700900001"), QString(), false);
    REQUIRE_FALSE(spoofed.ok());
    CHECK(spoofed.error().code == Error::Code::InvalidInput);
    CHECK(
        spoofed.error().message.startsWith(QStringLiteral("customer name: contains the bidirectional control U+202E")));
    auto longName
        = customers.addCustomer(QString(201, QLatin1Char('a')), QStringLiteral("+447700900001"), QString(), false);
    REQUIRE_FALSE(longName.ok());
    CHECK(longName.error().message == QStringLiteral("customer name: at most 200 characters, got 201"));
    auto bell = customers.addCustomer(
        QStringLiteral("Ana"), QStringLiteral("+447700900001"), QStringLiteral("ana\x07@example.com"), false);
    REQUIRE_FALSE(bell.ok());
    CHECK(bell.error().message.startsWith(QStringLiteral("email: contains the control character U+0007")));
    CHECK(count() == 0);
    auto ok = customers.addCustomer(
        QStringLiteral("  Ana  Lúcia "), QStringLiteral("+447700900001"), QStringLiteral(" ana@example.com "), true);
    REQUIRE_OK(ok);
    CHECK(ok->name == QStringLiteral("Ana Lúcia"));
    CHECK(ok->email == QStringLiteral("ana@example.com"));
}
