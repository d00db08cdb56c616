#include "common/quantity.h"
#include "storage/migrator.h"
#include "testsupport.h"

using crema::BaseUnit;
using crema::Quantity;

TEST_CASE("purchase units convert to whole base units", "[core][units]")
{
    CHECK(Quantity::parse(QStringLiteral("1 kg")).value() == Quantity {1000, BaseUnit::Gram});
    CHECK(Quantity::parse(QStringLiteral("250 g")).value() == Quantity {250, BaseUnit::Gram});
    CHECK(Quantity::parse(QStringLiteral("1.5 l")).value() == Quantity {1500, BaseUnit::Millilitre});
    CHECK(Quantity::parse(QStringLiteral("330ml")).value() == Quantity {330, BaseUnit::Millilitre});
    CHECK(Quantity::parse(QStringLiteral("12 x 1 l")).value() == Quantity {12000, BaseUnit::Millilitre});
    CHECK(Quantity::parse(QStringLiteral("6 × 2 l")).value() == Quantity {12000, BaseUnit::Millilitre});
    CHECK(Quantity::parse(QStringLiteral("10 x 250 g")).value() == Quantity {2500, BaseUnit::Gram});
    CHECK(Quantity::parse(QStringLiteral("2 dozen")).value() == Quantity {24, BaseUnit::Piece});
    CHECK(Quantity::parse(QStringLiteral("2.5 kg")).value() == Quantity {2500, BaseUnit::Gram});
    CHECK(Quantity::parse(QStringLiteral("75 cl")).value() == Quantity {750, BaseUnit::Millilitre});
}

TEST_CASE("quantities that are not whole base units or have unknown units are refused", "[core][units]")
{
    for (const char* bad : {"0.5 g", "1.0005 kg", "12 bags", "kg", "", "1,5", "x 1 l", "0 x 1 l"}) {
        INFO(bad);
        auto r = Quantity::parse(QString::fromUtf8(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == crema::Error::Code::InvalidInput);
    }
    CHECK(Quantity::parse(QStringLiteral("12 bags")).error().message.contains(QStringLiteral("bags")));
}

TEST_CASE("quantities print in the largest exact unit", "[core][units]")
{
    CHECK(Quantity {1250, BaseUnit::Gram}.toString() == QStringLiteral("1.25 kg"));
    CHECK(Quantity {750, BaseUnit::Millilitre}.toString() == QStringLiteral("750 ml"));
    CHECK(Quantity {12000, BaseUnit::Millilitre}.toString() == QStringLiteral("12 l"));
    CHECK(Quantity {-1500, BaseUnit::Gram}.toString() == QStringLiteral("-1.5 kg"));
    CHECK(Quantity {12, BaseUnit::Piece}.toString() == QStringLiteral("12 pc"));
    CHECK(crema::parseBaseUnit(QStringLiteral("ml")).value() == BaseUnit::Millilitre);
    CHECK_FALSE(crema::parseBaseUnit(QStringLiteral("oz")).ok());
}

TEST_CASE("migration scripts split into statements, triggers kept whole", "[core][migrations]")
{
    const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE a (x TEXT DEFAULT 'semi;colon');\n"
                                          "/* block; comment */ INSERT INTO a VALUES ('it''s;');\n"
                                          "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                          "  UPDATE a SET x = CASE WHEN x = 'a' THEN 'b' ELSE x END;\n"
                                          "  SELECT RAISE(ABORT, 'no; really');\n"
                                          "END;\n"
                                          "CREATE INDEX i ON a (x)");
    const QStringList statements = crema::splitSqlScript(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements[0].startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(statements[1].contains(QStringLiteral("'it''s;'")));
    CHECK(statements[2].startsWith(QStringLiteral("CREATE TRIGGER t")));
    CHECK(statements[2].endsWith(QStringLiteral("END")));
    CHECK(statements[3] == QStringLiteral("CREATE INDEX i ON a (x)"));
}

TEST_CASE("embedded migrations are numbered without gaps", "[core][migrations]")
{
    auto migrations = crema::Migrator::load();
    REQUIRE_OK(migrations);
    REQUIRE(migrations->size() >= 6);
    for (qsizetype i = 0; i < migrations->size(); ++i)
        CHECK(migrations->at(i).version == i + 1);
}
