// The kitchen feed between real processes on 127.0.0.1: cremactl kitchen-serve on a till's file,
// kitchen-watch screens, sales and bumps from other processes; both sides killed and restarted.
#include "testsupport.h"

#include "common/clock.h"
#include "kitchen/kitchenboard.h"
#include "kitchen/kitchenprotocol.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

#include <map>
#include <set>

using crema::test::TempDir;

namespace {

const QString kSecret = QStringLiteral("corner-cafe-2026");

template <typename Pred> bool waitUntil(Pred pred, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

int cremactl(const QStringList& args, QString* out = nullptr, QString* err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(CREMACTL_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    const QString e = QString::fromUtf8(p.readAllStandardError());
    if (err)
        *err = e;
    return p.exitCode();
}

// A long-running cremactl whose stdout lines are collected as they come.
class Running {
public:
    explicit Running(const QStringList& args)
    {
        QObject::connect(&m_p, &QProcess::readyReadStandardOutput, [this]() {
            m_buffer += m_p.readAllStandardOutput();
            qsizetype nl;
            while ((nl = m_buffer.indexOf('\n')) >= 0) {
                m_lines.append(QString::fromUtf8(m_buffer.left(nl)));
                m_buffer.remove(0, nl + 1);
            }
        });
        m_p.start(QStringLiteral(CREMACTL_PATH), args);
        REQUIRE(m_p.waitForStarted(10000));
    }
    ~Running() { kill(); }
    void kill()
    {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill(); // SIGKILL: no goodbye, as when the power goes
            m_p.waitForFinished(10000);
        }
    }
    bool running() const { return m_p.state() == QProcess::Running; }
    const QStringList& lines() const { return m_lines; }
    QString err() { return QString::fromUtf8(m_p.readAllStandardError()); }
    bool waitForLines(int n, int ms = 15000)
    {
        return waitUntil([&]() { return m_lines.size() >= n; }, ms);
    }
    QList<QJsonObject> json() const
    {
        QList<QJsonObject> list;
        for (const QString& l : m_lines)
            list.append(QJsonDocument::fromJson(l.toUtf8()).object());
        return list;
    }
    QProcess& process() { return m_p; }

private:
    QProcess m_p;
    QByteArray m_buffer;
    QStringList m_lines;
};

std::unique_ptr<Running> serve(const QString& db, quint16 port, quint16* chosen = nullptr)
{
    auto s = std::make_unique<Running>(
        QStringList {QStringLiteral("--db"), db, QStringLiteral("kitchen-serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--secret"), kSecret, QStringLiteral("--json")});
    REQUIRE(s->waitForLines(1));
    const QJsonObject hello = QJsonDocument::fromJson(s->lines().first().toUtf8()).object();
    const QString where = hello.value(QStringLiteral("listening")).toString();
    REQUIRE(where.startsWith(QStringLiteral("127.0.0.1:")));
    if (chosen)
        *chosen = static_cast<quint16>(where.mid(10).toUInt());
    return s;
}

std::unique_ptr<Running> watch(quint16 port, qint64 from = -1)
{
    QStringList args {QStringLiteral("kitchen-watch"), QStringLiteral("--connect"),
        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--secret"), kSecret, QStringLiteral("--json")};
    if (from >= 0)
        args << QStringLiteral("--from") << QString::number(from);
    return std::make_unique<Running>(args);
}

// A latte for the bar and a bacon roll for the kitchen: two tickets.
void sellTwoStations(const QString& db)
{
    QString err;
    REQUIRE(
        cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111"),
                     QStringLiteral("--item"), QStringLiteral("Latte:Large+Oat milk"), QStringLiteral("--item"),
                     QStringLiteral("Bacon roll"), QStringLiteral("--pay"), QStringLiteral("card")},
            nullptr, &err)
        == 0);
}

void sellOneDrink(const QString& db)
{
    REQUIRE(
        cremactl({QStringLiteral("--db"), db, QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111"),
            QStringLiteral("--item"), QStringLiteral("Flat white"), QStringLiteral("--pay"), QStringLiteral("card")})
        == 0);
}

int bump(quint16 port, qint64 ticket, const QString& state, QString* err = nullptr)
{
    return cremactl(
        {QStringLiteral("kitchen-bump"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--secret"), kSecret, QStringLiteral("--ticket"), QString::number(ticket),
            QStringLiteral("--state"), state, QStringLiteral("--timeout"), QStringLiteral("2")},
        nullptr, err);
}

qint64 maxSeq(const QList<QJsonObject>& events)
{
    qint64 m = 0;
    for (const QJsonObject& e : events)
        m = std::max(m, e.value(QStringLiteral("seq")).toInteger());
    return m;
}

std::map<qint64, QString> tillStates(const QString& path)
{
    auto db = crema::Database::open(path);
    REQUIRE(db.ok());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, status FROM kitchen_tickets")));
    std::map<qint64, QString> states;
    while (q.next())
        states[q.value(0).toLongLong()] = q.value(1).toString();
    return states;
}

} // namespace

TEST_CASE("kitchen feed: every ticket and change seen exactly once while screens and tills restart", "[cli][kitchen]")
{
    TempDir dir;
    const QString till = crema::test::demoCopy(dir);
    crema::test::openShift(till);
    quint16 port = 0;
    auto server = serve(till, 0, &port);
    auto w1 = watch(port);

    // A sale from another process reaches the screen within a second.
    sellTwoStations(till);
    QElapsedTimer sinceSale;
    sinceSale.start();
    REQUIRE(w1->waitForLines(2));
    CHECK(sinceSale.elapsed() < 1000);
    const QJsonObject first = w1->json().first();
    CHECK(first.value(QStringLiteral("state")).toString() == QStringLiteral("pending"));
    CHECK(first.value(QStringLiteral("station")).toString() == QStringLiteral("Bar"));
    CHECK(first.value(QStringLiteral("receipt")).toInteger() > 0);
    const QJsonObject item = first.value(QStringLiteral("items")).toArray().first().toObject();
    CHECK(item.value(QStringLiteral("product")).toString() == QStringLiteral("Latte"));
    CHECK(item.value(QStringLiteral("size")).toString() == QStringLiteral("Large"));
    CHECK(item.value(QStringLiteral("modifiers")).toArray().first().toString() == QStringLiteral("Oat milk"));
    CHECK(w1->json().at(1).value(QStringLiteral("station")).toString() == QStringLiteral("Kitchen"));
    const qint64 bar = first.value(QStringLiteral("ticket")).toInteger();
    const qint64 kitchen = w1->json().at(1).value(QStringLiteral("ticket")).toInteger();

    REQUIRE(bump(port, bar, QStringLiteral("in_progress")) == 0);
    REQUIRE(w1->waitForLines(3));
    CHECK(w1->json().at(2).value(QStringLiteral("state")).toString() == QStringLiteral("in_progress"));

    // The screen dies; a sale happens; the screen comes back from the last event it printed.
    w1->kill();
    const qint64 lastSeen = maxSeq(w1->json());
    sellOneDrink(till);
    auto w2 = watch(port, lastSeen);
    REQUIRE(w2->waitForLines(1));

    // The till's feed dies; two sales happen; a bump cannot reach it; it comes back on the same port.
    server->kill();
    sellTwoStations(till);
    QString err;
    CHECK(bump(port, kitchen, QStringLiteral("ready"), &err) == 2);
    CHECK(err.contains(QStringLiteral("no answer")));
    server = serve(till, port);
    REQUIRE(w2->waitForLines(3, 20000)); // the watcher reconnects by itself
    REQUIRE(bump(port, kitchen, QStringLiteral("ready")) == 0);
    REQUIRE(bump(port, bar, QStringLiteral("ready")) == 0);
    REQUIRE(w2->waitForLines(5));
    // A bump to the state a ticket is already in is no event.
    REQUIRE(bump(port, bar, QStringLiteral("ready")) == 0);

    // Every event in the till's file was printed exactly once, in order, across both screens.
    QList<QJsonObject> seen = w1->json() + w2->json();
    auto db = crema::Database::open(till);
    REQUIRE(db.ok());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT seq FROM kitchen_events ORDER BY seq")));
    QList<qint64> expected;
    while (q.next())
        expected.append(q.value(0).toLongLong());
    QList<qint64> printed;
    for (const QJsonObject& e : seen)
        printed.append(e.value(QStringLiteral("seq")).toInteger());
    CHECK(printed == expected);
    CHECK(expected.size() == 8); // 5 tickets created, 3 changes of state (the repeated bump is none)
    // Each ticket arrived once as new, and the screens end where the till is.
    std::map<qint64, int> created;
    std::map<qint64, QString> last;
    for (const QJsonObject& e : seen) {
        const qint64 t = e.value(QStringLiteral("ticket")).toInteger();
        if (e.value(QStringLiteral("state")).toString() == QStringLiteral("pending"))
            ++created[t];
        last[t] = e.value(QStringLiteral("state")).toString();
    }
    CHECK(created.size() == 5);
    for (const auto& [t, n] : created)
        CHECK(n == 1);
    CHECK(last == tillStates(till));
}

TEST_CASE("kitchen screen: a bump made while the till is away is delivered when it is back, across a screen restart",
    "[cli][kitchen]")
{
    TempDir dir;
    const QString till = crema::test::demoCopy(dir);
    crema::test::openShift(till);
    auto screenDb = crema::test::freshDatabase(dir, QStringLiteral("screen.db"));
    quint16 port = 0;
    auto server = serve(till, 0, &port);
    sellTwoStations(till);
    sellOneDrink(till);

    crema::Clock clock;
    auto board = std::make_unique<crema::KitchenBoard>(*screenDb, clock, nullptr, QString());
    REQUIRE_OK(board->addFeed(QStringLiteral("127.0.0.1:%1").arg(port), kSecret));
    REQUIRE(waitUntil([&]() { return board->rowCount() == 3; }, 10000));
    CHECK(board->feeds().first().live);
    CHECK(board->feeds().first().store == QStringLiteral("Crema Demo Café"));
    const qint64 ticket = board->ticketAt(0).ticket.id;

    server->kill();
    REQUIRE(waitUntil([&]() { return !board->feeds().first().live; }, 20000));
    REQUIRE_OK(board->advance(0)); // pending → in progress, with the till unreachable
    CHECK(board->ticketAt(0).state() == QStringLiteral("in_progress"));
    CHECK(crema::test::scalar(*screenDb, QStringLiteral("SELECT count(*) FROM kitchen_feed_outbox")) == 1);
    CHECK(tillStates(till).at(ticket) == QStringLiteral("pending"));

    // The screen restarts too: its tickets, where it stopped reading and the unsent bump are on disk.
    board.reset();
    board = std::make_unique<crema::KitchenBoard>(*screenDb, clock, nullptr, QString());
    CHECK(board->rowCount() == 3);
    CHECK(board->ticketAt(0).state() == QStringLiteral("in_progress"));
    CHECK(crema::test::scalar(*screenDb, QStringLiteral("SELECT last_seq FROM kitchen_feed_cursors")) == 3);
    REQUIRE_OK(board->addFeed(QStringLiteral("127.0.0.1:%1").arg(port), kSecret));

    server = serve(till, port);
    REQUIRE(waitUntil(
        [&]() {
            return crema::test::scalar(*screenDb, QStringLiteral("SELECT count(*) FROM kitchen_feed_outbox")) == 0;
        },
        20000));
    CHECK(tillStates(till).at(ticket) == QStringLiteral("in_progress"));
    REQUIRE(waitUntil([&]() { return board->ticketAt(0).seq == 4; }, 5000));
    CHECK(board->ticketAt(0).state() == QStringLiteral("in_progress"));
    CHECK(board->rowCount() == 3);

    // Ready, then completed: off the screen; recall brings it back as ready, on the till too.
    REQUIRE_OK(board->advance(0));
    REQUIRE_OK(board->advance(0));
    CHECK(board->rowCount() == 2);
    REQUIRE(waitUntil([&]() { return tillStates(till).at(ticket) == QStringLiteral("completed"); }, 5000));
    REQUIRE_OK(board->recall());
    CHECK(board->rowCount() == 3);
    REQUIRE(waitUntil([&]() { return tillStates(till).at(ticket) == QStringLiteral("ready"); }, 5000));
}

TEST_CASE("kitchen feed: a wrong secret, garbage, oversized and idle connections are dropped, screens keep flowing",
    "[cli][kitchen]")
{
    TempDir dir;
    const QString till = crema::test::demoCopy(dir);
    crema::test::openShift(till);
    quint16 port = 0;
    auto server = serve(till, 0, &port);
    auto good = watch(port);

    // A wrong secret: exit 1 with a clear message.
    QProcess wrong;
    wrong.start(QStringLiteral(CREMACTL_PATH),
        {QStringLiteral("kitchen-watch"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--secret"), QStringLiteral("not-the-secret")});
    REQUIRE(wrong.waitForFinished(10000));
    CHECK(wrong.exitCode() == 1);
    CHECK(QString::fromUtf8(wrong.readAllStandardError()).contains(QStringLiteral("refused the store secret")));

    // Connections that say nothing (half-open, slow) and one that sends garbage.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 20; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTcpSocket garbage;
    garbage.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(garbage.waitForConnected(5000));
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = static_cast<char>((i * 7919) % 251);
    garbage.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n" + noise);

    // A WebSocket that sends a 200 KiB message, and one that sends broken JSON.
    QWebSocket big;
    QWebSocket broken;
    bool bigClosed = false;
    QString brokenError;
    QObject::connect(&big, &QWebSocket::disconnected, [&]() { bigClosed = true; });
    QObject::connect(&big, &QWebSocket::textMessageReceived,
        [&](const QString&) { big.sendTextMessage(QString(200 * 1024, QLatin1Char('x'))); });
    QObject::connect(&broken, &QWebSocket::textMessageReceived, [&](const QString& m) {
        if (m.contains(QStringLiteral("hello")))
            broken.sendTextMessage(QStringLiteral("{\"type\": \"auth\", \"nonce\": [1,2"));
        else
            brokenError = m;
    });
    big.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    broken.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));

    // Meanwhile a sale still reaches the good screen within a second.
    sellOneDrink(till);
    QElapsedTimer t;
    t.start();
    REQUIRE(good->waitForLines(1, 5000));
    CHECK(t.elapsed() < 1000);

    CHECK(waitUntil([&]() { return bigClosed; }, 5000));
    CHECK(waitUntil([&]() { return brokenError.contains(QStringLiteral("not JSON")); }, 5000));
    CHECK(waitUntil([&]() { return garbage.state() == QAbstractSocket::UnconnectedState; }, 8000));
    // Idle connections are cut once the handshake deadline passes.
    CHECK(waitUntil(
        [&]() {
            return std::all_of(idle.cbegin(), idle.cend(),
                [](const auto& s) { return s->state() == QAbstractSocket::UnconnectedState; });
        },
        15000));

    // The till never stopped: another sale still flows.
    sellOneDrink(till);
    REQUIRE(good->waitForLines(2, 5000));
    CHECK(server->running());
    const QString log = server->err();
    CHECK(log.contains(QStringLiteral("wrong store secret")));
    CHECK(log.contains(QStringLiteral("not JSON")));
}

TEST_CASE("kitchen feed: a refund on the till reaches a kitchen-watch screen as cancelled", "[cli][kitchen][refund]")
{
    TempDir dir;
    const QString till = crema::test::demoCopy(dir);
    crema::test::openShift(till);
    quint16 port = 0;
    auto server = serve(till, 0, &port);
    auto screen = watch(port);
    sellTwoStations(till); // line 1 the latte (Bar), line 2 the bacon roll (Kitchen)
    REQUIRE(screen->waitForLines(2));
    const qint64 receipt = screen->json().first().value(QStringLiteral("receipt")).toInteger();
    const qint64 kitchenTicket = screen->json().at(1).value(QStringLiteral("ticket")).toInteger();
    const auto refund = [&](QStringList extra) {
        QString err;
        const int code = cremactl(QStringList {QStringLiteral("--db"), till, QStringLiteral("refund"),
                                      QStringLiteral("--pin"), QStringLiteral("3333"), QString::number(receipt)}
                + extra,
            nullptr, &err);
        INFO(err.toStdString());
        REQUIRE(code == 0);
    };

    // The bacon roll is refunded from another process: the kitchen's ticket is cancelled on the screen.
    refund({QStringLiteral("--line"), QStringLiteral("2")});
    REQUIRE(screen->waitForLines(3));
    const QJsonObject cancelled = screen->json().at(2);
    CHECK(cancelled.value(QStringLiteral("state")).toString() == QStringLiteral("cancelled"));
    CHECK(cancelled.value(QStringLiteral("ticket")).toInteger() == kitchenTicket);
    CHECK(cancelled.value(QStringLiteral("station")).toString() == QStringLiteral("Kitchen"));
    CHECK(cancelled.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("product"))
        == QStringLiteral("Bacon Roll"));

    // A screen cannot bring it back.
    QString err;
    CHECK(bump(port, kitchenTicket, QStringLiteral("ready"), &err) == 1);
    CHECK(err.contains(QStringLiteral("cancelled")));

    // The rest of the order: the bar's ticket goes too. Nothing else was announced.
    refund({});
    REQUIRE(screen->waitForLines(4));
    CHECK(screen->json().at(3).value(QStringLiteral("state")).toString() == QStringLiteral("cancelled"));
    CHECK(screen->json().at(3).value(QStringLiteral("station")).toString() == QStringLiteral("Bar"));
    CHECK_FALSE(waitUntil([&]() { return screen->lines().size() > 4; }, 300));
    CHECK(tillStates(till).at(kitchenTicket) == QStringLiteral("cancelled"));
}

TEST_CASE("kitchen-station: a station is matched without regard to case, an unknown one is refused, naming those "
          "that exist",
    "[cli][kitchen]")
{
    TempDir dir;
    const QString till = crema::test::demoCopy(dir);
    crema::test::openShift(till);
    QString out;
    QString err;
    CHECK(cremactl({QStringLiteral("--db"), till, QStringLiteral("kitchen-station"), QStringLiteral("bar"),
                       QStringLiteral("--amber"), QStringLiteral("120"), QStringLiteral("--red"), QStringLiteral("240"),
                       QStringLiteral("--pin"), QStringLiteral("4444")},
              &out, &err)
        == 0);
    CHECK(cremactl({QStringLiteral("--db"), till, QStringLiteral("kitchen-station")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("amber 120 s, red 240 s")));
    CHECK_FALSE(out.contains(QStringLiteral("bar ")));
    CHECK(cremactl({QStringLiteral("--db"), till, QStringLiteral("kitchen-station"), QStringLiteral("Grill"),
                       QStringLiteral("--amber"), QStringLiteral("120"), QStringLiteral("--red"), QStringLiteral("240"),
                       QStringLiteral("--pin"), QStringLiteral("4444")},
              &out, &err)
        != 0);
    CHECK(err.contains(QStringLiteral("'Grill'")));
    CHECK(err.contains(QStringLiteral("Bar, Kitchen")));
    CHECK(cremactl({QStringLiteral("--db"), till, QStringLiteral("kitchen-station")}, &out, &err) == 0);
    CHECK_FALSE(out.contains(QStringLiteral("Grill")));
}

TEST_CASE("kitchen commands: usage errors name what is wrong", "[cli][kitchen]")
{
    TempDir dir;
    const QString till = crema::test::demoCopy(dir);
    crema::test::openShift(till);
    QString err;
    CHECK(cremactl({QStringLiteral("--db"), till, QStringLiteral("kitchen-serve"), QStringLiteral("--secret"), kSecret},
              nullptr, &err)
        == 2);
    CHECK(err.contains(QStringLiteral("--listen")));
    CHECK(cremactl({QStringLiteral("--db"), till, QStringLiteral("kitchen-serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:99999"), QStringLiteral("--secret"), kSecret},
              nullptr, &err)
        == 2);
    CHECK(err.contains(QStringLiteral("65535")));
    CHECK(cremactl({QStringLiteral("--db"), till, QStringLiteral("kitchen-serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--secret"), QStringLiteral("short")},
              nullptr, &err)
        == 2);
    CHECK(err.contains(QStringLiteral("at least 8")));
    CHECK(cremactl({QStringLiteral("kitchen-watch"), QStringLiteral("--connect"), QStringLiteral("nowhere"),
                       QStringLiteral("--secret"), kSecret},
              nullptr, &err)
        == 2);
    CHECK(err.contains(QStringLiteral("HOST:PORT")));
    CHECK(cremactl({QStringLiteral("kitchen-bump"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:1"),
                       QStringLiteral("--secret"), kSecret, QStringLiteral("--ticket"), QStringLiteral("1"),
                       QStringLiteral("--state"), QStringLiteral("done")},
              nullptr, &err)
        == 2);
    CHECK(err.contains(QStringLiteral("in_progress")));
}
