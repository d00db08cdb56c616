// crema-hq: the chain's server. Tills of every store sync with it over HTTP(S); it keeps the
// chain's orders, stock, points, customers and master data (SQLite file or PostgreSQL).
//
//   crema-hq --db FILE|postgresql://USER@HOST:PORT/DB --listen ADDR:PORT [--tls-cert F --tls-key F]
//   crema-hq --db … enrol --store NAME --till NAME      prints a one-time code (24 h)
//   crema-hq --db … revoke --till NAME [--store NAME]
//   crema-hq --db … status [--json]
//   crema-hq --db … backup FILE                        (SQLite; while serving)
#include "common/clock.h"
#include "hq/hqdatabase.h"
#include "hq/hqservice.h"
#include "hq/httpserver.h"
#include "kitchen/kitchenprotocol.h"
#include "sync/hqwire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <csignal>

using namespace crema;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int refuse(const Error& e)
{
    err() << "crema-hq: " << e.message << Qt::endl;
    return isRefusal(e.code) ? 1 : 2;
}

int usage(const QString& message)
{
    err() << "crema-hq: " << message << "\n(crema-hq --help lists the commands)" << Qt::endl;
    return 2;
}

Result<QSslConfiguration> loadTls(const QString& certFile, const QString& keyFile)
{
    QFile cert(certFile);
    if (!cert.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QStringLiteral("--tls-cert %1: %2").arg(certFile, cert.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("--tls-cert %1 holds no PEM certificate").arg(certFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QStringLiteral("--tls-key %1: %2").arg(keyFile, keyIn.errorString()));
    const QByteArray pem = keyIn.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("--tls-key %1 holds no unencrypted PEM RSA or EC key").arg(keyFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // tills prove themselves by signature
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

void printStatus(const QJsonObject& status)
{
    out() << "last change: " << status.value(QStringLiteral("last_change")).toInteger()
          << "  points overdrafts: " << status.value(QStringLiteral("points_overdrafts")).toInteger() << "\n";
    const QJsonArray stores = status.value(QStringLiteral("stores")).toArray();
    if (stores.isEmpty())
        out() << "no stores yet (crema-hq enrol --store NAME --till NAME)\n";
    for (const QJsonValue& sv : stores) {
        const QJsonObject s = sv.toObject();
        out() << s.value(QStringLiteral("store")).toString() << "  (" << s.value(QStringLiteral("store_id")).toString()
              << ")\n";
        for (const QJsonValue& tv : s.value(QStringLiteral("tills")).toArray()) {
            const QJsonObject t = tv.toObject();
            const QJsonValue age = t.value(QStringLiteral("last_seen_age_s"));
            out() << "  " << t.value(QStringLiteral("till")).toString().leftJustified(16) << " "
                  << t.value(QStringLiteral("state")).toString().leftJustified(8) << " last seen "
                  << (age.isNull() ? QStringLiteral("never") : QStringLiteral("%1 s ago").arg(age.toInteger()))
                  << ", events applied " << t.value(QStringLiteral("last_seq")).toInteger() << ", waiting "
                  << t.value(QStringLiteral("events_waiting")).toInteger() << ", lag "
                  << t.value(QStringLiteral("lag_s")).toInteger() << " s, changes behind "
                  << t.value(QStringLiteral("changes_behind")).toInteger() << "\n";
        }
    }
    out().flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crema-hq"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREMA_VERSION));
    std::signal(SIGPIPE, SIG_IGN);

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The chain's server: tills sync with it over HTTP(S).\n\n"
        "  crema-hq --db DB --listen ADDR:PORT [--tls-cert F --tls-key F]   serve the tills\n"
        "  crema-hq --db DB enrol --store NAME --till NAME                   a one-time code for a till (24 h)\n"
        "  crema-hq --db DB revoke --till NAME [--store NAME]                cut a till off\n"
        "  crema-hq --db DB status [--json]                                  stores, tills, last seen, lag\n"
        "  crema-hq --db DB backup FILE                                      a consistent copy (SQLite)\n\n"
        "DB: a file (made when missing) or postgresql://USER@HOST:PORT/DBNAME (password: PGPASSWORD)."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("HQ's database."), QStringLiteral("DB"));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("serve on ADDR:PORT (127.0.0.1:8470, *:8470)."), QStringLiteral("ADDR:PORT"));
    const QCommandLineOption cert(
        QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption key(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("enrol, revoke: the store."), QStringLiteral("NAME"));
    const QCommandLineOption till(
        QStringLiteral("till"), QStringLiteral("enrol, revoke: the till."), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("status: print JSON."));
    p.addOptions({db, listen, cert, key, store, till, json});
    p.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("enrol, revoke, status or backup (none: serve)."));
    if (!p.parse(QCoreApplication::arguments()))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out() << "crema-hq " << CREMA_VERSION << " (protocol " << hqwire::kProtocol << ")\n";
        return 0;
    }
    if (!p.isSet(db))
        return usage(QStringLiteral("--db is required (a file or postgresql://USER@HOST:PORT/DB)"));
    const QStringList args = p.positionalArguments();
    const QString command = args.value(0);
    const QList<QCommandLineOption> serveOnly {listen, cert, key};
    if (!command.isEmpty()) {
        for (const QCommandLineOption& o : serveOnly)
            if (p.isSet(o))
                return usage(QStringLiteral("--%1 is for serving, not %2").arg(o.names().first(), command));
    }
    if (command != u"enrol" && command != u"revoke" && (p.isSet(store) || p.isSet(till)))
        return usage(QStringLiteral("--store and --till go with enrol or revoke"));
    if (command != u"status" && p.isSet(json))
        return usage(QStringLiteral("--json goes with status"));
    const int wantArgs = command == u"backup" ? 2 : command.isEmpty() ? 0 : 1;
    if (args.size() != wantArgs)
        return usage(command == u"backup" ? QStringLiteral("backup needs one FILE")
                                          : QStringLiteral("unexpected argument '%1'").arg(args.value(wantArgs)));
    if (!command.isEmpty() && command != u"enrol" && command != u"revoke" && command != u"status"
        && command != u"backup")
        return usage(QStringLiteral("unknown command '%1' (enrol, revoke, status, backup)").arg(command));
    if (command.isEmpty() && !p.isSet(listen))
        return usage(QStringLiteral("give --listen ADDR:PORT to serve, or a command"));
    if (p.isSet(cert) != p.isSet(key))
        return usage(QStringLiteral("--tls-cert and --tls-key go together"));

    auto opened = HqDatabase::open(p.value(db), command.isEmpty() || command == u"enrol");
    if (!opened)
        return refuse(opened.error());
    HqDatabase& hq = **opened;
    Clock clock;
    HqService service(hq, clock);

    if (command == u"enrol") {
        if (!p.isSet(store) || !p.isSet(till))
            return usage(QStringLiteral("enrol needs --store NAME and --till NAME"));
        auto code = service.enrol(p.value(store), p.value(till));
        if (!code)
            return refuse(code.error());
        out() << *code << "\n";
        err() << "crema-hq: on the till, within 24 hours: cremactl --db TILL.db hq join URL --code " << *code
              << Qt::endl;
        return 0;
    }
    if (command == u"revoke") {
        if (!p.isSet(till))
            return usage(QStringLiteral("revoke needs --till NAME"));
        if (auto r = service.revoke(p.value(till), p.value(store)); !r)
            return refuse(r.error());
        out() << "revoked " << p.value(till) << "\n";
        return 0;
    }
    if (command == u"status") {
        auto status = service.statusJson();
        if (!status)
            return refuse(status.error());
        if (p.isSet(json))
            out() << QJsonDocument(*status).toJson(QJsonDocument::Indented);
        else
            printStatus(*status);
        return 0;
    }
    if (command == u"backup") {
        if (auto r = hq.backupTo(args.value(1)); !r)
            return refuse(r.error());
        out() << "backed up to " << args.value(1) << "\n";
        return 0;
    }

    auto endpoint = kitchenwire::parseEndpoint(p.value(listen), true);
    if (!endpoint)
        return refuse(endpoint.error());
    auto address = kitchenwire::listenAddress(endpoint->host);
    if (!address)
        return refuse(address.error());
    std::optional<QSslConfiguration> tls;
    if (p.isSet(cert)) {
        auto loaded = loadTls(p.value(cert), p.value(key));
        if (!loaded)
            return refuse(loaded.error());
        tls = *loaded;
    }
    HttpServer server([&](const HttpRequest& request) {
        const HqReply reply = service.handle(request);
        if (reply.status >= 400)
            err() << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << " " << request.peer.toString()
                  << " " << request.method << " " << request.path << " " << reply.status << " "
                  << reply.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()
                  << Qt::endl;
        return HttpResponse::json(reply.status, hqwire::toBody(reply.body));
    });
    server.setBodyLimit(
        [&](const QByteArray& method, const QByteArray& path) { return service.bodyLimit(method, path); });
    if (auto r = server.listen(*address, endpoint->port, tls); !r)
        return refuse(r.error());
    // The port on stdout first (tests and scripts listen on port 0 and read it), then the banner.
    out() << "listening " << server.port() << Qt::endl;
    err() << "crema-hq: serving " << hq.describe() << " on " << (tls ? "https://" : "http://") << endpoint->host << ":"
          << server.port() << " (protocol " << hqwire::kProtocol << ")" << Qt::endl;
    return QCoreApplication::exec();
}
