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

TEST_CASE("CSV fields are quoted only when they must be, and read back the same", "[core][import]")
{
    CHECK(csvField(QStringLiteral("Latte")) == QStringLiteral("Latte"));
    CHECK(csvField(QStringLiteral("Sandwich, ham")) == QStringLiteral("\"Sandwich, ham\""));
    CHECK(csvField(QStringLiteral("Tea \"Special\"")) == QStringLiteral("\"Tea \"\"Special\"\"\""));
    const QStringList fields {QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")};
    QStringList written;
    for (const QString& f : fields)
        written << csvField(f);
    auto back = parseCsv((QStringLiteral("h1,h2,h3\n") + written.join(QLatin1Char(','))).toUtf8());
    REQUIRE(back);
    CHECK(back->records.first().fields == fields);
}
