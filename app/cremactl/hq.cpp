// cremactl hq: this till and the chain's HQ (crema-hq): join, status, sync.
#include "clisupport.h"
#include "registry.h"

#include "storage/database.h"
#include "sync/hqsync.h"

#include <QCoreApplication>
#include <QThread>

#include <csignal>

namespace crema::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;

void printState(const HqLinkState& s)
{
    if (!s.joined) {
        out() << "not joined to HQ (cremactl hq join URL --code CODE)\n";
        out() << "pending=" << s.pending << "\n";
        return;
    }
    out() << "hq=" << s.url << "\n";
    out() << "store=" << s.storeUuid << (s.storeCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.storeCode))
          << "\n";
    out() << "till=" << s.tillUuid << (s.tillCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.tillCode))
          << "\n";
    out() << "last_push=" << (s.lastPush.isEmpty() ? QStringLiteral("never") : s.lastPush) << "\n";
    out() << "pending=" << s.pending << "\n";
    out() << "oldest_pending_age_s=" << s.oldestPendingAgeS << (s.overdue() ? "  [waiting over 24 h]" : "") << "\n";
    if (s.skipped > 0)
        out() << "skipped=" << s.skipped << "  [changes from HQ this till could not take: see hq_skipped]\n";
    if (!s.offlineSince.isEmpty())
        out() << "offline_since=" << s.offlineSince << "\n";
    if (!s.lastError.isEmpty())
        out() << "last_error=" << s.lastError << "\n";
}

int cmdHq(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption code(
        QStringLiteral("code"), QStringLiteral("join: the one-time code from crema-hq enrol."), QStringLiteral("CODE"));
    const QCommandLineOption watch(
        QStringLiteral("watch"), QStringLiteral("sync: keep the till in sync until stopped (Ctrl+C)."));
    const QCommandLineOption interval(QStringLiteral("interval"),
        QStringLiteral("sync --watch: seconds between syncs (1 to 3600, default 5)."), QStringLiteral("S"),
        QStringLiteral("5"));
    const QCommandLineOption json = jsonOption();
    p.addOptions({code, watch, interval, json});
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("join URL, status or sync."));
    if (int c = parse(p, ctx,
            QStringLiteral("This till and the chain's HQ. join URL --code CODE exchanges a one-time code for this "
                           "till's credential (kept in the file, never printed); status shows the link; sync "
                           "pushes what is waiting until nothing is (exit 1 when HQ cannot be reached)."),
            -1);
        c >= 0)
        return c;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    if (action != u"join" && action != u"status" && action != u"sync")
        return usage(ctx.command,
            action.isEmpty() ? QStringLiteral("give an action: join URL, status or sync")
                             : QStringLiteral("unknown action '%1' (expected join, status or sync)").arg(action));
    if (args.size() != (action == u"join" ? 2 : 1))
        return usage(ctx.command,
            action == u"join" ? QStringLiteral("join needs HQ's address: hq join http://HOST:PORT --code CODE")
                              : QStringLiteral("unexpected argument '%1'").arg(args.value(1)));
    if (action != u"join" && p.isSet(code))
        return usage(ctx.command, QStringLiteral("--code goes with join"));
    if (action == u"join" && !p.isSet(code))
        return usage(ctx.command, QStringLiteral("join needs --code CODE (from crema-hq enrol)"));
    if (action != u"sync" && (p.isSet(watch) || p.isSet(interval)))
        return usage(ctx.command, QStringLiteral("--watch and --interval go with sync"));
    bool ok = false;
    const int seconds = p.value(interval).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600)
        return usage(ctx.command, QStringLiteral("--interval must be 1 to 3600 seconds"));

    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    HqSync sync(*till->db, till->clock);
    if (action == u"join") {
        auto joined = sync.join(args.value(1), p.value(code));
        if (!joined)
            return report(joined.error());
        if (p.isSet(json))
            printJson(joined->toJson());
        else {
            out() << "joined HQ at " << joined->url << " as till " << joined->tillCode << " of store "
                  << joined->storeCode << "; " << joined->pending << " events to send (cremactl hq sync)\n";
        }
        return Ok;
    }
    if (action == u"status") {
        auto state = HqSync::state(*till->db, till->clock);
        if (!state)
            return report(state.error());
        if (p.isSet(json))
            printJson(state->toJson());
        else
            printState(*state);
        return Ok;
    }
    if (!p.isSet(watch)) {
        auto done = sync.syncAll();
        if (!done) {
            // HQ out of reach is the ordinary offline case: exit 1, like any refusal.
            const int exit = report(done.error());
            return done.error().code == Error::Code::Io ? int(Refused) : exit;
        }
        if (p.isSet(json))
            printJson(done->toJson());
        else
            out() << done->text() << "\n";
        return Ok;
    }
    std::signal(SIGINT, [](int) { g_stop = 1; });
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    while (!g_stop) {
        auto done = sync.syncAll();
        if (!done)
            err() << "cremactl: hq sync: " << done.error().message << Qt::endl;
        else if (done->pushed > 0 || done->applied > 0)
            out() << done->text() << Qt::endl;
        for (int i = 0; i < seconds * 10 && !g_stop; ++i)
            QThread::msleep(100);
    }
    return Ok;
}

const Registration registerHq {"hq", "this till and the chain's HQ: join, status, sync", cmdHq};

} // namespace

} // namespace crema::cli
