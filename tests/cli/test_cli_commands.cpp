#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Runs a copy of cremactl from `folder` (its applicationDirPath), where crema-print may be missing.
Run cremactlIn(const QString& folder, const QStringList& args)
{
    QProcess p;
    p.setProgram(folder + QStringLiteral("/cremactl"));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Run {
        p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QStringList kCommands {QStringLiteral("category"), QStringLiteral("customer"), QStringLiteral("customers"),
    QStringLiteral("forecast"), QStringLiteral("generate-history"), QStringLiteral("hold"), QStringLiteral("hq"),
    QStringLiteral("import-sales"), QStringLiteral("ingredient"), QStringLiteral("ingredients"), QStringLiteral("init"),
    QStringLiteral("kitchen-bump"), QStringLiteral("kitchen-serve"), QStringLiteral("kitchen-station"),
    QStringLiteral("kitchen-watch"), QStringLiteral("menu"), QStringLiteral("modifier"),
    QStringLiteral("modifier-group"), QStringLiteral("orders"), QStringLiteral("product"),
    QStringLiteral("purchase-unit"), QStringLiteral("receipt"), QStringLiteral("recipe"), QStringLiteral("refund"),
    QStringLiteral("report"), QStringLiteral("reward"), QStringLiteral("rewards"), QStringLiteral("sell"),
    QStringLiteral("settings"), QStringLiteral("shift"), QStringLiteral("size"), QStringLiteral("staff"),
    QStringLiteral("station"), QStringLiteral("stock"), QStringLiteral("store"), QStringLiteral("supplier"),
    QStringLiteral("suppliers"), QStringLiteral("tax"), QStringLiteral("users"), QStringLiteral("void")};

} // namespace

TEST_CASE("cremactl --help lists every command once, sorted, and each has its own --help", "[cli]")
{
    const Run h = cremactl({QStringLiteral("--help")});
    REQUIRE(h.code == 0);
    const QString commands = h.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList listed;
    static const QRegularExpression row(QStringLiteral("^  (\\S+) +\\S"));
    for (const QString& line : commands.split(QLatin1Char('\n'))) {
        const auto m = row.match(line);
        INFO(line.toStdString());
        REQUIRE(m.hasMatch());
        listed << m.captured(1);
    }
    CHECK(listed == kCommands);
    for (const QString& c : kCommands) {
        const Run r = cremactl({QStringLiteral("--db"), QStringLiteral("unused.db"), c, QStringLiteral("--help")});
        INFO(c.toStdString());
        CHECK(r.code == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: cremactl [--db FILE] %1 [options]\n").arg(c)));
        CHECK(r.err.isEmpty());
    }
}

TEST_CASE("cremactl receipt --pdf needs crema-print next to cremactl and says so when it is missing", "[cli][receipts]")
{
    crema::test::TempDir dir;
    const QString db = crema::test::demoCopy(dir);
    crema::test::openShift(db);
    const Run sale = cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"),
        QStringLiteral("1111"), QStringLiteral("--item"), QStringLiteral("Croissant"), QStringLiteral("--pay"),
        QStringLiteral("card"), QStringLiteral("--json")});
    REQUIRE(sale.code == 0);
    const QString receipt = QString::number(sale.json().value(QStringLiteral("receipt")).toInteger());

    // The installed layout: crema-print beside cremactl.
    CHECK(QFileInfo(QFileInfo(QStringLiteral(CREMACTL_PATH)).absolutePath() + QStringLiteral("/crema-print"))
              .isExecutable());

    const QString alone = dir.file(QStringLiteral("alone"));
    REQUIRE(QDir().mkpath(alone));
    REQUIRE(QFile::copy(QStringLiteral(CREMACTL_PATH), alone + QStringLiteral("/cremactl")));
    const QString pdf = dir.file(QStringLiteral("r.pdf"));
    const Run r = cremactlIn(
        alone, {QStringLiteral("--db"), db, QStringLiteral("receipt"), receipt, QStringLiteral("--pdf"), pdf});
    CHECK(r.code == 2);
    checkOneLineError(r);
    CHECK(r.err.contains(QStringLiteral("cannot write %1").arg(pdf)));
    CHECK(r.err.contains(QStringLiteral("crema-print is missing")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    // Without --pdf nothing needs drawing: the text receipt works without crema-print.
    const Run text = cremactlIn(alone, {QStringLiteral("--db"), db, QStringLiteral("receipt"), receipt});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Receipt %1").arg(receipt)));
}
