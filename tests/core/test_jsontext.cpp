// JsonText writes what QJsonDocument reads back as the same values, whatever the text holds.
#include "common/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using crema::JsonText;

TEST_CASE("json text: objects, arrays, numbers, nulls and raw text read back as written", "[core]")
{
    JsonText j;
    j.beginObject()
        .key("movements")
        .beginArray()
        .beginObject()
        .key("uuid")
        .value(QStringLiteral("m1"))
        .key("quantity")
        .value(qint64(-9007199254740991))
        .key("order")
        .textOrNull(QString())
        .endObject()
        .beginObject()
        .key("uuid")
        .value(QStringLiteral("m2"))
        .endObject()
        .endArray()
        .key("empty")
        .beginArray()
        .endArray()
        .key("details")
        .raw(QStringLiteral("{\"receipt\":12}"))
        .endObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(j.text().toUtf8(), &error);
    INFO(j.text().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    const QJsonArray moves = o.value(QStringLiteral("movements")).toArray();
    REQUIRE(moves.size() == 2);
    CHECK(moves[0].toObject().value(QStringLiteral("uuid")).toString() == QStringLiteral("m1"));
    CHECK(moves[0].toObject().value(QStringLiteral("quantity")).toInteger() == -9007199254740991);
    CHECK(moves[0].toObject().value(QStringLiteral("order")).isNull());
    CHECK(moves[1].toObject().value(QStringLiteral("uuid")).toString() == QStringLiteral("m2"));
    CHECK(o.value(QStringLiteral("empty")).toArray().isEmpty());
    CHECK(o.value(QStringLiteral("details")).toObject().value(QStringLiteral("receipt")).toInt() == 12);
}

TEST_CASE("json text: quotes, backslashes, control characters and any script are escaped or kept", "[core]")
{
    const QString nasty = QStringLiteral("say \"hi\" \\ back\nslash\r\ttab") + QChar(0x01) + QChar(0x1f)
        + QStringLiteral(" café €5 “quoted” 咖啡 ") + QString::fromUtf8("\xF0\x9F\x98\x80")
        + QStringLiteral("</script>");
    JsonText j;
    j.beginArray().value(nasty).value(QString()).endArray();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(j.text().toUtf8(), &error);
    INFO(j.text().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(doc.array().at(0).toString() == nasty);
    CHECK(doc.array().at(1).toString() == QString());
    CHECK(!j.text().contains(QChar(0x01)));
}
