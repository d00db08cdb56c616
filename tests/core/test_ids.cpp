#include "common/ids.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSet>
#include <QUuid>

using namespace crema;

TEST_CASE("new ids are version 7: made later, they sort later, and none repeats", "[core][ids]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QStringList ids;
    for (int i = 0; i < 20000; ++i) // more than a millisecond's counter holds
        ids << newUuid();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
    QStringList sorted = ids;
    sorted.sort();
    CHECK(sorted == ids); // text order is creation order, so an index takes new rows at its end
    for (const QString& text : {ids.first(), ids.last()}) {
        const QUuid id(text);
        REQUIRE_FALSE(id.isNull());
        CHECK(text.size() == 36);
        CHECK(text.at(14) == u'7'); // version
        CHECK(QStringLiteral("89ab").contains(text.at(19))); // RFC variant
        const qint64 ms = text.left(8).append(text.mid(9, 4)).toLongLong(nullptr, 16);
        CHECK(ms >= before);
        CHECK(ms <= after + 5); // a full millisecond's counter moves on to the next
    }
}

TEST_CASE("stable ids stay the same for the same name", "[core][ids]")
{
    CHECK(stableUuid(QStringLiteral("demo:store")) == stableUuid(QStringLiteral("demo:store")));
    CHECK(stableUuid(QStringLiteral("demo:store")) != stableUuid(QStringLiteral("demo:till")));
    CHECK(QUuid(stableUuid(QStringLiteral("demo:store"))).version() == QUuid::Sha1);
}
