#pragma once

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real cremactl binary, as a script would.
namespace crema::test {

struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const
    {
        QJsonParseError e;
        const auto doc = QJsonDocument::fromJson(out.toUtf8(), &e);
        INFO(out.left(400).toStdString());
        REQUIRE(e.error == QJsonParseError::NoError);
        return doc.object();
    }
};

inline Run cremactl(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(CREMACTL_PATH));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Run {
        p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// One line on stderr, starting "cremactl".
inline void checkOneLineError(const Run& r)
{
    INFO(r.err.toStdString());
    CHECK(r.err.startsWith(QStringLiteral("cremactl")));
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.out.isEmpty());
}

} // namespace crema::test

using crema::test::checkOneLineError;
using crema::test::cremactl;
using crema::test::Run;
