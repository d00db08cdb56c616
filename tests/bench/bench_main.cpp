// crema-bench: measurements, not pass/fail tests. Each subcommand prints one summary line of
// figures and ratios; later issues add ringup and catalog.
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "demo/democafe.h"
#include "staff/pinhasher.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QTextStream out(stdout);

qint64 percentile(std::vector<qint64> v, int p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, v.size() * static_cast<size_t>(p) / 100)];
}

// How long the demo café takes to build (what ./scripts/run waits for on first start), and how
// fast the menu then loads.
int benchDemo()
{
    QTemporaryDir dir;
    crema::OpenOptions create;
    create.create = true;
    auto db = crema::Database::open(dir.filePath(QStringLiteral("demo.db")), create);
    if (!db) {
        fprintf(stderr, "crema-bench: %s\n", qPrintable(db.error().message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto stats = crema::DemoCafe::seed(**db, QDate(2026, 11, 21));
    const qint64 seedMs = t.elapsed();
    if (!stats) {
        fprintf(stderr, "crema-bench: %s\n", qPrintable(stats.error().message));
        return 1;
    }
    crema::CatalogService catalog(**db);
    std::vector<qint64> loads;
    for (int i = 0; i < 50; ++i) {
        t.restart();
        auto menu = catalog.loadMenu();
        loads.push_back(t.nsecsElapsed() / 1000);
    }
    out << QStringLiteral("demo: orders=%1 seed_ms=%2 orders_per_s=%3 menu_load_median_us=%4 menu_load_p99_us=%5\n")
               .arg(stats->orders)
               .arg(seedMs)
               .arg(seedMs > 0 ? stats->orders * 1000 / seedMs : 0)
               .arg(percentile(loads, 50))
               .arg(percentile(loads, 99));
    return 0;
}

// What a PIN login costs: one Argon2id verify per active staff member tried.
int benchPin()
{
    auto hash = crema::PinHasher::hash(QStringLiteral("1234"));
    if (!hash)
        return 1;
    std::vector<qint64> times;
    QElapsedTimer t;
    for (int i = 0; i < 20; ++i) {
        t.start();
        (void)crema::PinHasher::verify(*hash, QStringLiteral("1234"));
        times.push_back(t.nsecsElapsed() / 1000);
    }
    const qint64 median = percentile(times, 50);
    out << QStringLiteral("pin: verify_median_us=%1 verify_p99_us=%2 pin_only_login_10_staff_ms=%3\n")
               .arg(median)
               .arg(percentile(times, 99))
               .arg(median * 10 / 1000);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString which = args.size() > 1 ? args[1] : QStringLiteral("all");
    if (which == u"--help" || which == u"-h") {
        out << "Usage: crema-bench [demo|pin|all]\n";
        return 0;
    }
    int rc = 0;
    if (which == u"demo" || which == u"all")
        rc |= benchDemo();
    if (which == u"pin" || which == u"all")
        rc |= benchPin();
    if (which != u"demo" && which != u"pin" && which != u"all") {
        fprintf(stderr, "crema-bench: unknown benchmark '%s' (expected demo, pin or all)\n", qPrintable(which));
        return 2;
    }
    return rc;
}
