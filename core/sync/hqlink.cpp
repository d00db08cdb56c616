#include "hqlink.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace crema {

class HqLink::Worker : public QObject {
public:
    Worker(HqLink& link, Database& db, const Clock& clock, int intervalMs)
        : m_link(link)
        , m_db(db)
        , m_clock(clock)
        , m_intervalMs(intervalMs)
    { }

    // On the worker's thread.
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { run(); });
        // What this till commits goes up soon; what the worker itself commits (HQ's changes) does
        // not wake it again, since those changes are already at HQ.
        connect(&m_db.changes(), &ChangeHub::changed, this, [this](const ChangeSet&) {
            if (!m_running)
                soon();
        });
        m_timer->start(0);
    }

    // Soon, unless HQ is out of reach: then the back-off stands (every sale would otherwise make
    // every till of the store try again at once).
    void soon()
    {
        if (m_failures > 0 || m_stop.load())
            return;
        if (!m_timer->isActive() || m_timer->remainingTime() > kSoonMs)
            m_timer->start(kSoonMs);
    }

    // On the worker's thread, as it finishes.
    void end()
    {
        if (m_timer)
            m_timer->stop();
        m_db.releaseConnection();
    }

    std::atomic_bool m_stop {false};

private:
    void run()
    {
        if (m_stop.load())
            return;
        m_running = true;
        HqSync sync(m_db, m_clock);
        auto done = sync.syncAll();
        // Commits made during the run were published here (direct: same thread) while m_running.
        m_running = false;
        if (m_stop.load())
            return; // shutting down: the run was cut short, nothing to say or schedule
        int next = m_intervalMs;
        if (done) {
            m_failures = 0;
        } else if (done.error().code == Error::Code::BusinessRule
            && done.error().message.contains(QLatin1String("another program is syncing"))) {
            next = m_intervalMs; // cremactl hq sync has it: try again at the usual time
        } else {
            ++m_failures;
            next = retryDelayMs(m_failures, QRandomGenerator::global()->generateDouble());
        }
        auto state = HqSync::state(m_db, m_clock);
        if (state) {
            QMetaObject::invokeMethod(
                &m_link, [link = &m_link, s = *state] { link->take(s); }, Qt::QueuedConnection);
            // A sale committed while this run was under way went unheard (the run's own commits
            // are not told apart): what still waits goes soon.
            if (done && state->pending > 0)
                next = kSoonMs;
        }
        m_timer->start(next);
    }

    HqLink& m_link;
    Database& m_db;
    const Clock& m_clock;
    int m_intervalMs;
    QTimer* m_timer = nullptr;
    int m_failures = 0;
    bool m_running = false;
};

HqLink::HqLink(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    qRegisterMetaType<HqLinkState>();
}

HqLink::~HqLink()
{
    if (m_thread) {
        // A run in progress returns at once (its request ends with the thread's event loops) and
        // schedules nothing; the worker stops its timer and closes its connection on its own thread.
        m_worker->m_stop.store(true);
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

void HqLink::start(int intervalMs)
{
    if (m_thread)
        return;
    m_intervalMs = intervalMs;
    // A cheap look first: an island's outbox, never sent, is not counted every few seconds.
    auto joined = queryScalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM hq_link"), {},
        QStringLiteral("reading whether this till is in a chain"));
    auto read = joined && joined->toLongLong() > 0 ? HqSync::state(m_db, m_clock) : Result<HqLinkState>(HqLinkState {});
    if (!read || !read->joined) {
        if (!m_joinCheck) {
            m_joinCheck = new QTimer(this);
            connect(m_joinCheck, &QTimer::timeout, this, [this] { start(m_intervalMs); });
            m_joinCheck->start(kJoinCheckMs);
        }
        return;
    }
    if (m_joinCheck) {
        m_joinCheck->stop();
        m_joinCheck->deleteLater();
        m_joinCheck = nullptr;
        take(*read); // joined while running: the window hears of it now, before the first run
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("hq-sync"));
    m_worker = new Worker(*this, m_db, m_clock, std::max(1000, intervalMs));
    m_worker->moveToThread(m_thread.get());
    connect(
        m_thread.get(), &QThread::finished, m_worker, [w = m_worker] { w->end(); }, Qt::DirectConnection);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->begin(); }, Qt::QueuedConnection);
}

HqLinkState HqLink::state() const
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_haveState)
            return m_state;
    }
    auto s = HqSync::state(m_db, m_clock);
    return s ? *s : HqLinkState {};
}

void HqLink::take(const HqLinkState& state)
{
    {
        QMutexLocker lock(&m_mutex);
        m_state = state;
        m_haveState = true;
    }
    Q_EMIT stateChanged(state);
}

int HqLink::retryDelayMs(int failures, double unit)
{
    const int n = std::clamp(failures, 1, 30);
    const double base = std::min<double>(kMaxRetryMs, kFirstRetryMs * std::pow(2.0, n - 1));
    const double jittered = base * (0.75 + 0.5 * std::clamp(unit, 0.0, 1.0));
    return static_cast<int>(std::min<double>(kMaxRetryMs, jittered));
}

} // namespace crema
