#include "importing/csvreader.h"

#include <catch2/catch.hpp>

using namespace crema;

TEST_CASE("CSV records keep the line they start on, through quoted line breaks and blank lines", "[core][import]")
{
    auto t = parseCsv(QByteArray("\xEF\xBB\xBF"
                                 " Date , Note\r\n"
                                 "\r\n"
                                 "2026-01-01,\"two\r\nlines, one field\"\r\n"
                                 "2026-01-02,\"say \"\"hi\"\"\"\n"
                                 "2026-01-03,"));
    REQUIRE(t);
    CHECK(t->header == QStringList {QStringLiteral("Date"), QStringLiteral("Note")});
    REQUIRE(t->records.size() == 3);
    CHECK(t->records[0].line == 3);
    CHECK(t->records[0].fields[1] == QStringLiteral("two\nlines, one field"));
    CHECK(t->records[1].line == 5);
    CHECK(t->records[1].fields[1] == QStringLiteral("say \"hi\""));
    CHECK(t->records[2].line == 6);
    CHECK(t->records[2].fields == QStringList {QStringLiteral("2026-01-03"), QString()});

    auto open = parseCsv(QByteArray("a,b\n1,\"x\n2,3\n"));
    REQUIRE_FALSE(open);
    CHECK(open.error().message == QStringLiteral("line 2: a quoted field is never closed"));
    CHECK_FALSE(parseCsv(QByteArray("\n\n")));
    CHECK_FALSE(parseCsv(QByteArray("a,b\n\xff\xfe,1\n")));
}
