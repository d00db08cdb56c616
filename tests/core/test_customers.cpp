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
