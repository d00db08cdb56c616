#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

namespace {

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("cremactl init killed in the middle leaves no database file behind", "[cli][init]")
{
    crema::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("crema.db"));
    QProcess init;
    init.setProgram(QStringLiteral(CREMACTL_PATH));
    // A year of history takes long enough to be caught in the middle.
    init.setArguments({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
        QStringLiteral("--history-days"), QStringLiteral("365")});
    init.start();
    REQUIRE(init.waitForStarted(10000));
    // Wait until it is writing (some file has appeared and grown), then kill it as a power cut would.
    QElapsedTimer t;
    t.start();
    qint64 written = 0;
    while (t.elapsed() < 60000 && init.state() == QProcess::Running) {
        written = 0;
        for (const QString& f : filesIn(dir.path()))
            written += QFileInfo(dir.file(f)).size();
        if (written > 2'000'000)
            break;
        QThread::msleep(20);
    }
    REQUIRE(init.state() == QProcess::Running);
    REQUIRE(written > 2'000'000);
    init.kill();
    REQUIRE(init.waitForFinished(10000));
    INFO(filesIn(dir.path()).join(QLatin1Char(' ')).toStdString());
    CHECK_FALSE(QFileInfo::exists(db));

    // The next init succeeds on the same path and clears what the killed one left.
    const Run again = cremactl(
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store"), QStringLiteral("Bean There"),
            QStringLiteral("--owner"), QStringLiteral("Ona"), QStringLiteral("--owner-pin"), QStringLiteral("4321")});
    INFO(again.err.toStdString());
    REQUIRE(again.code == 0);
    CHECK(filesIn(dir.path()) == QStringList {QStringLiteral("crema.db")});
    const Run users = cremactl({QStringLiteral("--db"), db, QStringLiteral("users")});
    CHECK(users.code == 0);
    CHECK(users.out.contains(QStringLiteral("Ona")));
}

TEST_CASE("cremactl without --db uses $XDG_DATA_HOME/crema/crema.db, as ./scripts/run and crema do", "[cli][init]")
{
    crema::test::TempDir data;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CREMA_DB"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CREMACTL_PATH),
        {QStringLiteral("init"), QStringLiteral("--store"), QStringLiteral("Bean There"), QStringLiteral("--owner"),
            QStringLiteral("Ona"), QStringLiteral("--owner-pin"), QStringLiteral("4321")});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(QFileInfo::exists(data.file(QStringLiteral("crema/crema.db"))));
    CHECK(filesIn(data.file(QStringLiteral("crema"))) == QStringList {QStringLiteral("crema.db")});
}
