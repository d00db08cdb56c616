// Chaos: three stores of two tills, each till a separate process (crema-chaos-till) ringing up through
// the core with crema's sync thread, 10,000 orders in all with modifiers, customers, redemptions and
// refunds. Meanwhile HQ is SIGKILLed and restarted, tills are SIGKILLed while a request of theirs is
// in flight, and a TCP proxy between the tills and HQ drops, stalls and resets connections; captured
// requests are replayed at the end. After everything drains, HQ holds exactly every till's orders,
// each store's totals to the cent, every till of a store shows the same on-hand as HQ, every
// customer's balance is the same everywhere, and every file passes integrity_check.
#include "../cli/clirun.h"
#include "hqprocess.h"
#include "pgserver.h"
#include "testsupport.h"
#include "tillpeek.h"

#include "hq/hqdatabase.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>
#include <numeric>
#include <set>

using namespace crema;
using crema::test::cremaHq;
using crema::test::HqServer;
using crema::test::tillRows;

namespace {

// Runs the test thread's event loop (where QProcess hears its children end) for ms.
void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Between the tills and HQ, on its own thread (cremactl and the test's waits block the test's
// thread). While chaos is on, a connection is, at random: passed through; dropped once the request
// has gone to HQ and its answer starts back (HQ did the work, the till never hears: the lost
// acknowledgement); stalled for seconds before anything moves; or reset at once. Some requests are
// kept whole, for replaying.
class ProxyCore : public QObject {
public:
    void listen()
    {
        m_server = new QTcpServer(this);
        m_port = m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server->nextPendingConnection())
                accept(client);
        });
    }
    std::atomic<quint16> m_port {0};
    std::atomic<quint16> target {0};
    std::atomic<bool> chaos {false};
    std::atomic<int> drops {0}, stalls {0}, resets {0}, passed {0};
    mutable QMutex mutex;
    std::map<QTcpSocket*, QString> waiting; // guarded by mutex
    QList<QByteArray> captured; // guarded by mutex

private:
    enum class Mode { Pass, Drop, Stall, Reset };
    void done(QTcpSocket* client)
    {
        QMutexLocker lock(&mutex);
        waiting.erase(client);
    }

    void accept(QTcpSocket* client)
    {
        Mode mode = Mode::Pass;
        if (chaos) {
            const quint32 r = m_rng.bounded(100);
            mode = r < 8 ? Mode::Drop : r < 14 ? Mode::Stall : r < 20 ? Mode::Reset : Mode::Pass;
        }
        if (mode == Mode::Reset) {
            ++resets;
            client->abort();
            client->deleteLater();
            return;
        }
        auto* upstream = new QTcpSocket(client);
        auto request = std::make_shared<QByteArray>();
        auto kept = std::make_shared<bool>(false);
        const int delay = mode == Mode::Stall ? 1500 + static_cast<int>(m_rng.bounded(4000)) : 0;
        if (mode == Mode::Stall)
            ++stalls;
        else if (mode == Mode::Drop)
            ++drops;
        else
            ++passed;
        const bool capture = m_rng.bounded(3) == 0;
        QObject::connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, request, kept, capture] {
            const QByteArray bytes = client->readAll();
            *request += bytes;
            {
                QMutexLocker lock(&mutex);
                const qsizetype at = request->indexOf("X-Crema-Till: ");
                if (at >= 0 && !waiting.count(client)) {
                    const qsizetype end = request->indexOf("\r\n", at);
                    waiting[client] = QString::fromLatin1(request->mid(at + 14, end - at - 14));
                }
            }
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(bytes);
            const qsizetype head = request->indexOf("\r\n\r\n");
            if (capture && !*kept && head > 0) {
                const qsizetype lengthAt = request->indexOf("Content-Length: ");
                const qsizetype length = lengthAt >= 0
                    ? request->mid(lengthAt + 16, request->indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong()
                    : 0;
                if (request->size() >= head + 4 + length) {
                    *kept = true;
                    QMutexLocker lock(&mutex);
                    if (captured.size() < 40)
                        captured.append(request->left(head + 4 + length));
                }
            }
        });
        QObject::connect(upstream, &QTcpSocket::connected, client, [upstream, request] { upstream->write(*request); });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, mode] {
            done(client);
            if (mode == Mode::Drop) { // HQ answered; the till never hears
                client->abort();
                client->deleteLater();
                return;
            }
            client->write(upstream->readAll());
        });
        const auto close = [this, client] {
            done(client);
            client->disconnectFromHost();
            client->deleteLater();
        };
        QObject::connect(upstream, &QTcpSocket::disconnected, client, close);
        QObject::connect(upstream, &QTcpSocket::errorOccurred, client, close);
        QObject::connect(client, &QTcpSocket::disconnected, client, [this, client] {
            done(client);
            client->deleteLater();
        });
        const quint16 to = target;
        QTimer::singleShot(delay, upstream, [upstream, to] { upstream->connectToHost(QHostAddress::LocalHost, to); });
    }

    QTcpServer* m_server = nullptr;
    QRandomGenerator m_rng {20261203};
};

class ChaosProxy {
public:
    explicit ChaosProxy(quint16 target)
    {
        m_core.target = target;
        m_core.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_core, [this] { m_core.listen(); }, Qt::BlockingQueuedConnection);
        REQUIRE(m_core.m_port > 0);
    }
    ~ChaosProxy()
    {
        QMetaObject::invokeMethod(
            &m_core,
            [this] {
                for (QObject* child : m_core.children())
                    delete child;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_core.m_port.load()); }
    void setTarget(quint16 target) { m_core.target = target; }
    void setChaos(bool on) { m_core.chaos = on; }
    // The tills with a request through the proxy that has not had its answer yet.
    QSet<QString> inFlight() const
    {
        QMutexLocker lock(&m_core.mutex);
        QSet<QString> tills;
        for (const auto& [socket, till] : m_core.waiting)
            tills.insert(till);
        return tills;
    }
    QList<QByteArray> captured() const
    {
        QMutexLocker lock(&m_core.mutex);
        return m_core.captured;
    }
    int drops() const { return m_core.drops; }
    int stalls() const { return m_core.stalls; }
    int resets() const { return m_core.resets; }

private:
    QThread m_thread;
    ProxyCore m_core;
};

// One till's process, started again after every SIGKILL until it has sold its share and drained.
class TillProcess {
public:
    TillProcess(QString file, int orders, int seed)
        : m_file(std::move(file))
        , m_orders(orders)
        , m_seed(seed)
    {
        start();
    }
    ~TillProcess()
    {
        if (m_process) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    void start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral(CREMA_CHAOS_TILL_PATH));
        m_process->setArguments({QStringLiteral("--db"), m_file, QStringLiteral("--orders"), QString::number(m_orders),
            QStringLiteral("--seed"), QString::number(m_seed), QStringLiteral("--pace-ms"), QStringLiteral("10")});
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start();
        REQUIRE(m_process->waitForStarted(10000));
    }
    // Reads what it printed; restarts it when it died by a signal. True once it drained and exited 0.
    bool poll()
    {
        if (m_done)
            return true;
        m_out += m_process->readAllStandardOutput();
        m_err += m_process->readAllStandardError();
        if (m_process->state() != QProcess::NotRunning)
            return false;
        m_out += m_process->readAllStandardOutput();
        m_err += m_process->readAllStandardError();
        if (m_process->exitStatus() == QProcess::NormalExit) {
            INFO(m_file.toStdString() << ": " << m_err.toStdString());
            REQUIRE(m_process->exitCode() == 0);
            REQUIRE(m_out.contains("drained"));
            m_done = true;
            return true;
        }
        start();
        return false;
    }
    void kill()
    {
        if (m_process && m_process->state() == QProcess::Running) {
            m_process->kill();
            m_process->waitForFinished(5000);
            ++kills;
        }
    }
    bool selling() const
    {
        return !m_out.contains(QByteArrayLiteral("sold %1\n").replace("%1", QByteArray::number(m_orders)));
    }
    QString file() const { return m_file; }
    QString tillUuid;
    int kills = 0;

private:
    QString m_file;
    int m_orders;
    int m_seed;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_out, m_err;
    bool m_done = false;
};

QStringList hqRows(HqDatabase& hq, const QString& sql)
{
    QSqlQuery q(hq.db());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList rows;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols.append(q.value(i).toString());
        rows.append(cols.join(QLatin1Char('|')));
    }
    return rows;
}

Run ctl(const QString& file, QStringList args)
{
    const Run r = cremactl(QStringList {QStringLiteral("--db"), file} + args);
    INFO("cremactl " << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r;
}

// Sends raw bytes to HQ and returns its status line.
QByteArray replay(quint16 port, const QByteArray& request)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    s.write(request);
    QByteArray answer;
    while (!answer.contains("\r\n") && s.waitForReadyRead(5000))
        answer += s.readAll();
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace

TEST_CASE("hq chaos: 3 stores x 2 tills, HQ and tills killed, a hostile network, replays: nothing lost or doubled",
    "[hq][chaos]")
{
    const bool pg = GENERATE(false, true);
    INFO((pg ? "PostgreSQL" : "SQLite"));
    const int total = qEnvironmentVariableIntValue("CREMA_CHAOS_ORDERS") > 0
        ? qEnvironmentVariableIntValue("CREMA_CHAOS_ORDERS")
        : 10000;
    test::TempDir dir;
    const QString hqDb = pg ? test::PgServer::instance().newDatabase() : dir.file(QStringLiteral("hq.db"));
    const char* const stores[] = {"Camden", "Soho", "Hackney"};
    QStringList codes;
    for (const char* store : stores)
        for (const char* till : {"Till 1", "Till 2"}) {
            const auto e = cremaHq({QStringLiteral("--db"), hqDb, QStringLiteral("enrol"), QStringLiteral("--store"),
                QString::fromLatin1(store), QStringLiteral("--till"), QString::fromLatin1(till)});
            REQUIRE(e.code == 0);
            codes.append(e.out.trimmed());
        }
    HqServer hq(hqDb);
    ChaosProxy proxy(hq.port());

    // Camden's first till is the café the chain grew from (the demo, with its history); the others
    // are new files that take the chain's menu, staff and customers down.
    QStringList files;
    for (int i = 0; i < 6; ++i) {
        const QString file = dir.file(QStringLiteral("till-%1.db").arg(i));
        if (i == 0) {
            REQUIRE(test::demoCopy(dir, QStringLiteral("till-0.db")) == file);
        } else {
            ctl(file,
                {QStringLiteral("init"), QStringLiteral("--store"), QString::fromLatin1(stores[i / 2]),
                    QStringLiteral("--till"), QStringLiteral("Till %1").arg(i % 2 + 1), QStringLiteral("--owner"),
                    QStringLiteral("Owner %1").arg(i), QStringLiteral("--owner-pin"), QStringLiteral("80%1%1").arg(i)});
        }
        ctl(file, {QStringLiteral("hq"), QStringLiteral("join"), proxy.url(), QStringLiteral("--code"), codes[i]});
        ctl(file, {QStringLiteral("hq"), QStringLiteral("sync")});
        files.append(file);
    }
    // The first till's later tills need what the others sent after them.
    for (const QString& file : files)
        ctl(file, {QStringLiteral("hq"), QStringLiteral("sync")});
    const qint64 history
        = tillRows(files[0], QStringLiteral("SELECT count(*) FROM orders WHERE status <> 'open'")).first().toLongLong();

    // Each till sells its share on top of what it has.
    std::vector<std::unique_ptr<TillProcess>> tills;
    for (int i = 0; i < 6; ++i) {
        const int share = total / 6 + (i < total % 6 ? 1 : 0);
        tills.push_back(std::make_unique<TillProcess>(files[i], share + (i == 0 ? int(history) : 0), 100 + i));
        tills.back()->tillUuid = tillRows(files[i], QStringLiteral("SELECT till_uuid FROM hq_link")).first();
    }

    proxy.setChaos(true);
    QRandomGenerator rng(7);
    int hqKills = 0, tillKills = 0, replays = 0;
    QElapsedTimer sinceHqKill;
    sinceHqKill.start();
    QElapsedTimer overall;
    overall.start();
    const auto selling
        = [&] { return std::any_of(tills.begin(), tills.end(), [](const auto& t) { return t->selling(); }); };
    // Until every till has sold its share, and HQ has been killed 20 times (a till can only be
    // killed mid-sync while it still sells: each has a few seconds of selling left per kill).
    while (selling() || hqKills < 20) {
        REQUIRE(overall.elapsed() < 15 * 60 * 1000);
        pump(50);
        for (auto& t : tills)
            t->poll();
        if (hqKills < 20 && sinceHqKill.elapsed() > 1200 + static_cast<qint64>(rng.bounded(1500))) {
            hq.kill();
            pump(static_cast<int>(rng.bounded(400)));
            hq.start();
            proxy.setTarget(hq.port());
            ++hqKills;
            sinceHqKill.restart();
        }
        if (tillKills < 30 && rng.bounded(3) == 0) {
            const QSet<QString> busy = proxy.inFlight();
            for (auto& t : tills) {
                if (busy.contains(t->tillUuid) && rng.bounded(2) == 0) {
                    t->kill();
                    ++tillKills;
                    break;
                }
            }
        }
    }
    WARN("HQ kills " << hqKills << ", till kills " << tillKills << ", proxy drops " << proxy.drops() << ", stalls "
                     << proxy.stalls() << ", resets " << proxy.resets() << ", " << overall.elapsed() << " ms");
    INFO("HQ kills " << hqKills << ", till kills " << tillKills << ", proxy drops " << proxy.drops() << ", stalls "
                     << proxy.stalls() << ", resets " << proxy.resets());
    CHECK(hqKills >= 20);
    CHECK(tillKills >= 20);
    CHECK(proxy.drops() > 0);
    CHECK(proxy.stalls() > 0);
    CHECK(proxy.resets() > 0);

    // The network heals; every till drains, then takes what the others sent last.
    proxy.setChaos(false);
    while (!std::all_of(tills.begin(), tills.end(), [](const auto& t) { return t->poll(); })) {
        REQUIRE(overall.elapsed() < 20 * 60 * 1000);
        pump(100);
    }
    for (int round = 0; round < 2; ++round)
        for (const QString& file : files)
            ctl(file, {QStringLiteral("hq"), QStringLiteral("sync")});

    // Requests captured on the way replayed straight at HQ: every one refused.
    const QStringList before = [&] {
        auto opened = HqDatabase::open(hqDb, false);
        REQUIRE(opened.ok());
        return hqRows(**opened, QStringLiteral("SELECT count(*), sum(total_cents) FROM orders"));
    }();
    REQUIRE(!proxy.captured().isEmpty());
    // (A request the proxy kept but HQ never received is new to HQ: it may be taken, and changes
    // nothing, since every event is applied once by uuid and sequence.)
    for (const QByteArray& request : proxy.captured()) {
        const QByteArray status = replay(hq.port(), request);
        INFO(status.toStdString());
        CHECK((status.startsWith("HTTP/1.1 4") || status.startsWith("HTTP/1.1 200")));
        replays += status.startsWith("HTTP/1.1 4") ? 1 : 0;
    }
    CHECK(replays > 0);

    auto opened = HqDatabase::open(hqDb, false);
    REQUIRE(opened.ok());
    HqDatabase& hqdb = **opened;
    CHECK(hqRows(hqdb, QStringLiteral("SELECT count(*), sum(total_cents) FROM orders")) == before);

    // Every till's orders at HQ, once: by uuid, and each store's money to the cent.
    std::set<QString> tillOrders;
    std::map<QString, qint64> storeTotals, storeRefunds;
    qint64 sold = 0;
    for (const QString& file : files) {
        const QString store = tillRows(file, QStringLiteral("SELECT store_uuid FROM hq_link")).first();
        for (const QString& row : tillRows(
                 file, QStringLiteral("SELECT uuid, total_cents FROM orders WHERE status NOT IN ('open', 'voided')"))) {
            const QStringList c = row.split(QLatin1Char('|'));
            CHECK(tillOrders.insert(c[0]).second);
            storeTotals[store] += c[1].toLongLong();
            ++sold;
        }
        storeRefunds[store] += tillRows(file, QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM refunds"))
                                   .first()
                                   .toLongLong();
        CHECK(tillRows(file, QStringLiteral("PRAGMA integrity_check")) == QStringList {QStringLiteral("ok")});
        CHECK(tillRows(file, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE sent_at IS NULL"))
            == QStringList {QStringLiteral("0")});
    }
    CHECK(sold >= history + total);
    const QStringList hqOrders = hqRows(hqdb, QStringLiteral("SELECT order_uuid FROM orders"));
    CHECK(std::set<QString>(hqOrders.begin(), hqOrders.end()) == tillOrders);
    CHECK(static_cast<size_t>(hqOrders.size()) == tillOrders.size());
    for (const QString& row : hqRows(hqdb,
             QStringLiteral("SELECT store_id, sum(total_cents), sum(refunded_cents) FROM orders GROUP BY store_id"))) {
        const QStringList c = row.split(QLatin1Char('|'));
        INFO("store " << c[0].toStdString());
        CHECK(c[1].toLongLong() == storeTotals[c[0]]);
        CHECK(c[2].toLongLong() == storeRefunds[c[0]]);
    }
    CHECK(hqRows(hqdb, QStringLiteral("SELECT count(*) FROM refunds"))
        == QStringList {
            QString::number(std::accumulate(files.begin(), files.end(), qint64(0), [](qint64 n, const QString& f) {
                return n + tillRows(f, QStringLiteral("SELECT count(*) FROM refunds")).first().toLongLong();
            }))});

    // Each store's two tills agree on on-hand, and with HQ's ledger.
    for (int s = 0; s < 3; ++s) {
        const QString sql = QStringLiteral("SELECT i.uuid, l.on_hand FROM store_ingredients AS l JOIN ingredients AS i "
                                           "ON i.id = l.ingredient_id WHERE l.on_hand <> 0 ORDER BY i.uuid");
        const QStringList first = tillRows(files[2 * s], sql);
        CHECK(first == tillRows(files[2 * s + 1], sql));
        const QString store = tillRows(files[2 * s], QStringLiteral("SELECT store_uuid FROM hq_link")).first();
        CHECK(first
            == hqRows(hqdb,
                QStringLiteral("SELECT ingredient_uuid, sum(quantity) FROM stock_movements WHERE store_id = '%1' "
                               "GROUP BY ingredient_uuid HAVING sum(quantity) <> 0 ORDER BY ingredient_uuid")
                    .arg(store)));
    }

    // Every customer's balance, by phone, the same on every till and at HQ.
    const QString balances = QStringLiteral(
        "SELECT c.phone, coalesce(sum(l.points), 0) FROM customers AS c LEFT JOIN loyalty_ledger AS l "
        "ON l.customer_id = c.id WHERE c.merged_into IS NULL AND c.phone IS NOT NULL AND c.phone <> '' "
        "GROUP BY c.phone ORDER BY c.phone");
    const QStringList expected = tillRows(files[0], balances);
    CHECK(expected.size() > 240);
    const auto differences = [&expected](const QStringList& got) {
        QStringList d;
        for (const QString& row : got)
            if (!expected.contains(row))
                d.append(QStringLiteral("got ") + row);
        for (const QString& row : expected)
            if (!got.contains(row))
                d.append(QStringLiteral("first till has ") + row);
        return d.join(QLatin1String(", ")).toStdString();
    };
    for (const QString& file : files) {
        INFO(file.toStdString());
        CHECK(differences(tillRows(file, balances)) == std::string());
    }
    CHECK(differences(hqRows(hqdb,
              QStringLiteral("SELECT c.phone, coalesce(sum(p.points), 0) FROM customers AS c LEFT JOIN points_entries "
                             "AS p ON p.customer_uuid = c.customer_uuid WHERE c.merged_into IS NULL AND c.phone IS NOT "
                             "NULL AND c.phone <> '' GROUP BY c.phone ORDER BY c.phone")))
        == std::string());
    // The same phone added on two offline tills is one customer everywhere.
    CHECK(hqRows(hqdb,
              QStringLiteral("SELECT count(*) FROM (SELECT phone FROM customers WHERE merged_into IS NULL "
                             "AND phone IS NOT NULL GROUP BY phone HAVING count(*) > 1) AS d"))
        == QStringList {QStringLiteral("0")});
    if (!hqdb.isPostgres())
        CHECK(hqRows(hqdb, QStringLiteral("PRAGMA integrity_check")) == QStringList {QStringLiteral("ok")});
}
