// cremactl kitchen-serve, kitchen-watch, kitchen-bump, kitchen-station: the kitchen feed between tills
// and kitchen screens, and the stations' timings.
#include "clisupport.h"
#include "registry.h"

#include "common/ids.h"
#include "kitchen/kitchenfeedclient.h"
#include "kitchen/kitchenfeedserver.h"
#include "kitchen/kitchenprotocol.h"
#include "kitchen/kitchenservice.h"
#include "staff/staffservice.h"
#include "store/tillsettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>
#include <memory>
#include <vector>

namespace crema::cli {

namespace {

QCommandLineOption secretOption()
{
    return QCommandLineOption(QStringLiteral("secret"),
        QStringLiteral("The store secret shared by tills and kitchen screens (default: $CREMA_KITCHEN_SECRET, "
                       "else this till's kitchen_secret setting)."),
        QStringLiteral("SECRET"));
}

QString secretFrom(const QCommandLineParser& p, TillSettings* settings)
{
    if (p.isSet(secretOption()))
        return p.value(secretOption());
    const QString env = qEnvironmentVariable("CREMA_KITCHEN_SECRET");
    if (!env.isEmpty() || !settings)
        return env;
    return settings->value(QStringLiteral("kitchen_secret"));
}

int cmdKitchenServe(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Where kitchen screens connect: ADDRESS:PORT (* for every interface; port 0 picks one)."),
        QStringLiteral("ADDR:PORT"));
    const QCommandLineOption json = jsonOption();
    p.addOptions({listen, secretOption(), json});
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx,
            QStringLiteral("Publish this till's kitchen tickets to kitchen screens on the network, and take their "
                           "bumps, until stopped. Prints the address it listens on."),
            till);
        code >= 0)
        return code;
    if (!p.isSet(listen))
        return usage(ctx.command, QStringLiteral("--listen ADDR:PORT is required"));
    TillSettings& settings = *till->settings;
    const QString secret = secretFrom(p, &settings);
    if (auto s = kitchenwire::checkSecret(secret); !s.ok())
        return usage(ctx.command, s.error().message + QStringLiteral(" (--secret)"));

    KitchenService& kitchen = *till->kitchen;
    KitchenFeedServer server(kitchen, till->clock, till->site.terminalUuid, till->site.storeName, secret);
    if (auto s = server.listen(p.value(listen)); !s.ok())
        return s.error().code == Error::Code::InvalidInput
            ? usage(ctx.command, QStringLiteral("--listen ") + s.error().message)
            : report(s.error());
    const QString where = server.address();
    auto last = kitchen.lastSeq();
    if (!last)
        return report(last.error());
    if (p.isSet(json))
        out() << QJsonDocument(
            QJsonObject {{QStringLiteral("listening"), where}, {QStringLiteral("till"), till->site.terminalUuid},
                {QStringLiteral("last_seq"), *last}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        out() << "listening on " << where << " (till " << till->site.terminalName << ", last event " << *last << ")"
              << Qt::endl;
    QObject::connect(&server, &KitchenFeedServer::screenConnected,
        [](const QString& peer) { err() << "kitchen-serve: screen " << peer << " connected" << Qt::endl; });
    QObject::connect(&server, &KitchenFeedServer::screenDisconnected,
        [](const QString& peer) { err() << "kitchen-serve: screen " << peer << " left" << Qt::endl; });
    QObject::connect(&server, &KitchenFeedServer::peerRejected, [](const QString& peer, const QString& why) {
        err() << "kitchen-serve: dropped " << peer << ": " << why << Qt::endl;
    });
    return QCoreApplication::exec();
}

QString watchText(const KitchenEvent& e)
{
    QStringList items;
    for (const KitchenTicketItem& i : e.ticket.items) {
        QString line = QStringLiteral("%1x %2").arg(i.quantity).arg(i.product);
        if (!i.size.isEmpty())
            line += QStringLiteral(" (%1)").arg(i.size);
        for (const QString& m : i.modifiers)
            line += QStringLiteral(" +") + m;
        if (!i.note.isEmpty())
            line += QStringLiteral(" \"%1\"").arg(i.note);
        items << line;
    }
    return QStringLiteral("%1  #%2  %3  %4  %5%6")
        .arg(e.seq)
        .arg(e.ticket.receiptNo)
        .arg(e.ticket.station, e.ticket.status, items.join(QLatin1String("; ")),
            e.ticket.customer.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(e.ticket.customer));
}

int cmdKitchenWatch(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption connectTo(QStringLiteral("connect"),
        QStringLiteral("A till's kitchen feed, HOST:PORT (repeat for several tills)."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("Resume after this event number (one till only; default: today's tickets)."),
        QStringLiteral("SEQ"));
    const QCommandLineOption json = jsonOption();
    p.addOptions({connectTo, secretOption(), from, json});
    if (int code = parse(p, ctx,
            QStringLiteral("Print every kitchen ticket and every change of state from tills' kitchen feeds, one line "
                           "each, as they happen; reconnects and resumes by itself. With --json each line is "
                           "{\"seq\",\"till\",\"ticket\",\"receipt\",\"order\",\"state\",\"station\",\"customer\","
                           "\"created_at\",\"at\",\"items\":[...]}."));
        code >= 0)
        return code;
    const QStringList addresses = p.values(connectTo);
    if (addresses.isEmpty())
        return usage(ctx.command, QStringLiteral("--connect HOST:PORT is required"));
    qint64 fromSeq = 0;
    if (p.isSet(from)) {
        bool ok = false;
        fromSeq = p.value(from).toLongLong(&ok);
        if (!ok || fromSeq < 0)
            return usage(ctx.command, QStringLiteral("--from: '%1' is not an event number").arg(p.value(from)));
        if (addresses.size() > 1)
            return usage(ctx.command, QStringLiteral("--from goes with a single --connect"));
    }
    const QString secret = secretFrom(p, nullptr);
    if (auto s = kitchenwire::checkSecret(secret); !s.ok())
        return usage(ctx.command, s.error().message + QStringLiteral(" (--secret or $CREMA_KITCHEN_SECRET)"));
    std::vector<std::unique_ptr<KitchenFeedClient>> clients;
    for (const QString& a : addresses) {
        auto endpoint = kitchenwire::parseEndpoint(a);
        if (!endpoint)
            return usage(ctx.command, QStringLiteral("--connect %1").arg(endpoint.error().message));
        auto client = std::make_unique<KitchenFeedClient>(*endpoint, secret);
        client->resumeFrom(QString(), fromSeq);
        const bool asJson = p.isSet(json);
        KitchenFeedClient* c = client.get();
        QObject::connect(c, &KitchenFeedClient::eventReceived, [asJson](const QString& till, const KitchenEvent& e) {
            if (asJson)
                out() << QJsonDocument(kitchenwire::eventToJson(till, e)).toJson(QJsonDocument::Compact) << Qt::endl;
            else
                out() << watchText(e) << Qt::endl;
        });
        QObject::connect(c, &KitchenFeedClient::live, [c](const QString&, const QString& store, bool reset) {
            err() << "kitchen-watch: following " << store << " at " << c->address()
                  << (reset ? " (its feed went back: starting over)" : "") << Qt::endl;
        });
        QObject::connect(c, &KitchenFeedClient::linkDown, [c](const QString& reason) {
            err() << "kitchen-watch: " << c->address() << ": " << reason << "; trying again" << Qt::endl;
        });
        QObject::connect(c, &KitchenFeedClient::authenticationFailed, [](const QString& message) {
            err() << "cremactl kitchen-watch: " << message << Qt::endl;
            QCoreApplication::exit(Refused);
        });
        clients.push_back(std::move(client));
    }
    for (auto& c : clients)
        c->start();
    return QCoreApplication::exec();
}

int cmdKitchenBump(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption connectTo(
        QStringLiteral("connect"), QStringLiteral("The till's kitchen feed, HOST:PORT."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption ticket(QStringLiteral("ticket"),
        QStringLiteral("The ticket number (\"ticket\" in kitchen-watch)."), QStringLiteral("ID"));
    const QCommandLineOption state(QStringLiteral("state"),
        QStringLiteral("in_progress, ready, completed (or pending)."), QStringLiteral("STATE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QStringLiteral("Give up after this many seconds without the till (default 10)."), QStringLiteral("SECONDS"),
        QStringLiteral("10"));
    const QCommandLineOption json = jsonOption();
    p.addOptions({connectTo, secretOption(), ticket, state, timeout, json});
    if (int code = parse(p, ctx, QStringLiteral("Move a ticket on a till's kitchen feed to a new state.")); code >= 0)
        return code;
    for (const auto& o : {connectTo, ticket, state}) {
        if (!p.isSet(o))
            return usage(ctx.command, QStringLiteral("--%1 is required").arg(o.names().first()));
    }
    auto endpoint = kitchenwire::parseEndpoint(p.value(connectTo));
    if (!endpoint)
        return usage(ctx.command, QStringLiteral("--connect %1").arg(endpoint.error().message));
    bool ok = false;
    const qint64 ticketId = p.value(ticket).toLongLong(&ok);
    if (!ok || ticketId < 1)
        return usage(ctx.command, QStringLiteral("--ticket: '%1' is not a ticket number").arg(p.value(ticket)));
    const QString target = p.value(state);
    if (!KitchenState::isBumpTarget(target))
        return usage(ctx.command,
            QStringLiteral("--state: '%1' is not one of pending, in_progress, ready, completed").arg(target));
    const int seconds = p.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600)
        return usage(ctx.command, QStringLiteral("--timeout: '%1' is not a number of seconds").arg(p.value(timeout)));
    const QString secret = secretFrom(p, nullptr);
    if (auto s = kitchenwire::checkSecret(secret); !s.ok())
        return usage(ctx.command, s.error().message + QStringLiteral(" (--secret or $CREMA_KITCHEN_SECRET)"));

    KitchenFeedClient client(*endpoint, secret);
    client.setFollow(false); // only the acknowledgement matters
    QString lastProblem;
    int code = Usage;
    const QString id = newUuid();
    QObject::connect(&client, &KitchenFeedClient::live, [&]() { client.sendBump(id, ticketId, target); });
    QObject::connect(&client, &KitchenFeedClient::linkDown, [&](const QString& reason) { lastProblem = reason; });
    QObject::connect(&client, &KitchenFeedClient::authenticationFailed, [&](const QString& message) {
        err() << "cremactl kitchen-bump: " << message << Qt::endl;
        code = Refused;
        QCoreApplication::exit(code);
    });
    QObject::connect(
        &client, &KitchenFeedClient::bumpAcknowledged, [&](const QString&, bool applied, const QString& message) {
            if (!applied) {
                err() << "cremactl kitchen-bump: " << message << Qt::endl;
                code = Refused;
            } else {
                if (p.isSet(json))
                    out() << QJsonDocument(
                        QJsonObject {{QStringLiteral("ticket"), ticketId}, {QStringLiteral("state"), target}})
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
                else
                    out() << "ticket " << ticketId << ": " << target << Qt::endl;
                code = Ok;
            }
            QCoreApplication::exit(code);
        });
    QTimer::singleShot(seconds * 1000, [&]() {
        err() << "cremactl kitchen-bump: no answer from " << client.address() << " within " << seconds << " s"
              << (lastProblem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(lastProblem)) << Qt::endl;
        code = Usage;
        QCoreApplication::exit(code);
    });
    client.start();
    QCoreApplication::exec();
    return code;
}

int cmdKitchenStation(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The station (as named on menu categories)."));
    const QCommandLineOption amber(
        QStringLiteral("amber"), QStringLiteral("Seconds before a ticket turns amber."), QStringLiteral("SECONDS"));
    const QCommandLineOption red(
        QStringLiteral("red"), QStringLiteral("Seconds before a ticket turns red."), QStringLiteral("SECONDS"));
    p.addOptions({amber, red, pinOption()});
    std::unique_ptr<Till> till;
    if (int code = begin(p, ctx,
            QStringLiteral("Show the kitchen stations and when their tickets turn amber and red; with NAME, --amber "
                           "and --red (and the --pin of someone who may change settings: the owner), change one."),
            till, -1);
        code >= 0)
        return code;
    KitchenService& kitchen = *till->kitchen;
    const QStringList args = p.positionalArguments();
    if (args.size() > 1)
        return usage(ctx.command, QStringLiteral("unexpected argument '%1'").arg(args.at(1)));
    if (args.isEmpty()) {
        auto timings = kitchen.stationTimings();
        if (!timings)
            return report(timings.error());
        QStringList names = timings->keys();
        names.sort();
        for (const QString& n : names)
            out() << n.leftJustified(16) << " amber " << timings->value(n).amberSeconds << " s, red "
                  << timings->value(n).redSeconds << " s\n";
        return Ok;
    }
    if (!p.isSet(amber) || !p.isSet(red))
        return usage(ctx.command, QStringLiteral("--amber and --red are required to change a station"));
    bool okA = false;
    bool okR = false;
    const StationTiming t {p.value(amber).toInt(&okA), p.value(red).toInt(&okR)};
    if (!okA || !okR)
        return usage(ctx.command, QStringLiteral("--amber and --red take whole seconds"));
    auto actor = logIn(*till, p, ctx);
    if (!actor)
        return report(actor.error());
    auto station = kitchen.setStationTiming(*actor, args.first(), t); // the station's own spelling
    if (!station)
        return report(station.error());
    out() << *station << ": amber " << t.amberSeconds << " s, red " << t.redSeconds << " s\n";
    return Ok;
}

const Registration registerKitchenServe {
    "kitchen-serve", "publish this till's kitchen tickets to kitchen screens", cmdKitchenServe};
const Registration registerKitchenWatch {
    "kitchen-watch", "follow tills' kitchen feeds, one line per ticket change", cmdKitchenWatch};
const Registration registerKitchenBump {
    "kitchen-bump", "move a ticket on a till's kitchen feed to a new state", cmdKitchenBump};
const Registration registerKitchenStation {
    "kitchen-station", "show or set when kitchen tickets turn amber and red", cmdKitchenStation};

} // namespace

} // namespace crema::cli
