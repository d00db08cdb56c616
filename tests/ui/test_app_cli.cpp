#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

namespace {

// Runs the built crema with no display at all: no X, no Wayland, no platform chosen.
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runWithoutDisplay(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CREMA_PATH), args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardOutput()),
        QString::fromLocal8Bit(p.readAllStandardError())};
}

} // namespace

TEST_CASE("crema --help prints its usage without a display", "[ui][app]")
{
    const Run r = runWithoutDisplay({QStringLiteral("--help")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Usage: crema [options]")));
    CHECK(r.out.contains(QStringLiteral("--db <FILE>")));
    CHECK(r.out.contains(QStringLiteral("--size <WxH>")));
    CHECK(r.out.contains(QStringLiteral("--kitchen")));
}

TEST_CASE("crema --version prints the version without a display", "[ui][app]")
{
    const Run r = runWithoutDisplay({QStringLiteral("--version")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("crema " CREMA_VERSION "\n"));
    CHECK(runWithoutDisplay({QStringLiteral("-v")}).out == r.out);
}

TEST_CASE("crema refuses a --size it cannot read, before it needs a display", "[ui][app]")
{
    const Run r = runWithoutDisplay({QStringLiteral("--size"), QStringLiteral("big")});
    CHECK(r.exitCode == 2);
    CHECK(
        r.err.contains(QStringLiteral("--size big: expected WIDTHxHEIGHT from 320x240 to 16384x16384, e.g. 1024x768")));
}
