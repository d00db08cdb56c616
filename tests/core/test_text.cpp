#include "common/text.h"
#include "testsupport.h"

using namespace crema;

TEST_CASE("text is trimmed and kept when it is clean", "[core][text]")
{
    auto name = text::cleanName(QStringLiteral("customer name"), QStringLiteral("  Zoë Ødegård 李 \U0001F600 "));
    REQUIRE_OK(name);
    CHECK(*name == QStringLiteral("Zoë Ødegård 李 \U0001F600"));
    auto note = text::cleanNote(QStringLiteral("note"), QStringLiteral("   "));
    REQUIRE_OK(note);
    CHECK(note->isEmpty());
    CHECK_FALSE(note->isNull()); // stored in NOT NULL columns
    // Right-to-left text is fine; only the invisible controls that reorder text are refused.
    CHECK(text::cleanName(QStringLiteral("name"), QStringLiteral("مقهى كريما")).ok());
}

TEST_CASE("a required name must not be empty", "[core][text]")
{
    auto empty = text::cleanName(QStringLiteral("store name"), QStringLiteral(" \t "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == Error::Code::InvalidInput);
    CHECK(empty.error().message == QStringLiteral("store name: must not be empty"));
}

TEST_CASE("names are at most 200 characters and notes at most 1,000, counted as characters", "[core][text]")
{
    CHECK(text::cleanName(QStringLiteral("name"), QString(200, QLatin1Char('a'))).ok());
    auto tooLong = text::cleanName(QStringLiteral("customer name"), QString(201, QLatin1Char('a')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message == QStringLiteral("customer name: at most 200 characters, got 201"));
    // 200 emoji are 400 UTF-16 units but 200 characters.
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += QStringLiteral("\U0001F600");
    CHECK(text::cleanName(QStringLiteral("name"), emoji).ok());
    CHECK(text::cleanNote(QStringLiteral("reason"), QString(1000, QLatin1Char('x'))).ok());
    auto longNote = text::cleanNote(QStringLiteral("reason"), QString(1001, QLatin1Char('x')));
    REQUIRE_FALSE(longNote.ok());
    CHECK(longNote.error().message.contains(QStringLiteral("reason: at most 1000 characters")));
}

TEST_CASE("control characters and bidirectional overrides are refused, naming field and place", "[core][text]")
{
    auto bell = text::cleanNote(QStringLiteral("note"), QStringLiteral("ext\x07ra hot"));
    REQUIRE_FALSE(bell.ok());
    CHECK(bell.error().message == QStringLiteral("note: contains the control character U+0007 at character 4"));
    CHECK_FALSE(text::cleanNote(QStringLiteral("note"), QStringLiteral("two\nlines")).ok());
    CHECK_FALSE(text::cleanNote(QStringLiteral("note"), QStringLiteral("a\u0085b")).ok()); // C1
    CHECK_FALSE(text::cleanNote(QStringLiteral("note"), QStringLiteral("a\u2028b")).ok()); // line separator
    CHECK_FALSE(text::cleanNote(QStringLiteral("note"), QStringLiteral("a\x7f")).ok()); // DEL
    for (char16_t c :
        {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068', u'\u2069'}) {
        auto r = text::cleanName(QStringLiteral("staff name"), QStringLiteral("Sam") + QChar(c) + QStringLiteral("x"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(QStringLiteral("staff name: contains the bidirectional control U+20")));
        CHECK(r.error().message.contains(QStringLiteral("at character 4")));
    }
    QString broken = QStringLiteral("ab");
    broken.append(QChar(0xD800));
    CHECK(text::cleanName(QStringLiteral("name"), broken).error().message.contains(QStringLiteral("unpaired")));
}
