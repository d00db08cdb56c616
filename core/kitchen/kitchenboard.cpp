#include "kitchenboard.h"

#include "common/clock.h"
#include "common/ids.h"
#include "kitchenfeedclient.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QTimer>

namespace crema {

namespace {
constexpr qint64 kWindowSeconds = 24 * 3600; // what a screen keeps: today's service

Error cancelledError(const BoardTicket& t)
{
    return Error::make(Error::Code::BusinessRule,
        QStringLiteral("#%1 %2 was cancelled: its order was refunded or voided")
            .arg(t.ticket.receiptNo)
            .arg(t.ticket.station));
}
} // namespace

struct KitchenBoard::Feed {
    std::unique_ptr<KitchenFeedClient> client;
    FeedStatus status;
};

KitchenBoard::KitchenBoard(Database& db, Clock& clock, KitchenService* local, QString localTillUuid, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_local(local)
    , m_localTill(std::move(localTillUuid))
{
    if (m_local) {
        if (auto timings = m_local->stationTimings())
            m_timings = *timings;
        loadLocal();
        connect(m_local, &KitchenService::eventsAppended, this, [this]() {
            loadLocal();
            rebuild();
        });
        m_local->watch();
    }
    loadMirror();
    rebuild();
}

KitchenBoard::~KitchenBoard()
{
    persistNow();
}

void KitchenBoard::loadLocal()
{
    if (m_localSeq < 0) {
        auto start = m_local->replayStart(m_clock.nowUtc().addSecs(-kWindowSeconds));
        if (!start) {
            Q_EMIT problem(start.error().message);
            return;
        }
        m_localSeq = *start;
    }
    for (;;) {
        auto events = m_local->events(m_localSeq, 500);
        if (!events) {
            Q_EMIT problem(events.error().message); // busy: the next tick reads on
            return;
        }
        for (const KitchenEvent& e : *events) {
            applyEvent(m_localTill, e, false);
            m_localSeq = e.seq;
        }
        if (events->size() < 500)
            return;
    }
}

void KitchenBoard::loadMirror()
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db, QStringLiteral("SELECT till_uuid, ticket FROM kitchen_mirror WHERE created_at >= ?"));
    q.bind(toDbTime(m_clock.nowUtc().addSecs(-kWindowSeconds)));
    if (!q.run(QStringLiteral("reading the kitchen screen's tickets")).ok())
        return;
    while (q.next()) {
        auto e = kitchenwire::eventFromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (e && q.value(0).toString() != m_localTill)
            applyEvent(q.value(0).toString(), *e, false);
    }
    SqlQuery out(db, QStringLiteral("SELECT till_uuid, ticket_id, state FROM kitchen_feed_outbox ORDER BY created_at"));
    if (!out.run(QStringLiteral("reading unsent bumps")).ok())
        return;
    while (out.next()) {
        const auto it = m_tickets.find(out.value(0).toString() + QLatin1Char('/') + out.value(1).toString());
        if (it != m_tickets.end())
            it->second.bumpedTo = out.value(2).toString();
    }
}

Status KitchenBoard::addFeed(const QString& address, const QString& secret)
{
    auto endpoint = kitchenwire::parseEndpoint(address);
    if (!endpoint)
        return endpoint.error();
    CREMA_TRY(kitchenwire::checkSecret(secret));
    auto feed = std::make_unique<Feed>();
    Feed* f = feed.get();
    f->client = std::make_unique<KitchenFeedClient>(*endpoint, secret);
    f->status.address = f->client->address();
    f->status.problem = QStringLiteral("connecting");

    const QSqlDatabase db = m_db.connection();
    SqlQuery cursor(db, QStringLiteral("SELECT till_uuid, last_seq FROM kitchen_feed_cursors WHERE address = ?"));
    cursor.bind(f->status.address);
    CREMA_TRY(cursor.run(QStringLiteral("reading where the kitchen feed stopped")));
    if (cursor.next())
        f->client->resumeFrom(cursor.value(0).toString(), cursor.value(1).toLongLong());

    KitchenFeedClient* client = f->client.get();
    connect(client, &KitchenFeedClient::live, this, [this, f](const QString& till, const QString& store, bool reset) {
        f->status.live = true;
        f->status.store = store;
        f->status.problem.clear();
        if (reset) {
            // The till's feed went back (restored from a backup): forget what it told us before.
            for (auto it = m_tickets.begin(); it != m_tickets.end();)
                it = it->second.till == till ? m_tickets.erase(it) : std::next(it);
            rebuild();
        }
        // Bumps made while it was away.
        SqlQuery out(m_db.connection(),
            QStringLiteral(
                "SELECT uuid, ticket_id, state FROM kitchen_feed_outbox WHERE till_uuid = ? ORDER BY created_at"));
        out.bind(till);
        if (out.run(QStringLiteral("reading unsent bumps")).ok()) {
            while (out.next())
                f->client->sendBump(out.value(0).toString(), out.value(1).toLongLong(), out.value(2).toString());
        }
        Q_EMIT feedsChanged();
    });
    connect(client, &KitchenFeedClient::stationsReceived, this, [this](const QHash<QString, StationTiming>& timings) {
        for (auto it = timings.cbegin(); it != timings.cend(); ++it) {
            if (!m_timings.contains(it.key()))
                m_timings.insert(it.key(), *it); // this screen's own settings win
        }
    });
    connect(client, &KitchenFeedClient::eventReceived, this, [this](const QString& till, const KitchenEvent& e) {
        if (till == m_localTill)
            return; // our own database already shows it
        applyEvent(till, e, true);
        rebuild();
    });
    connect(client, &KitchenFeedClient::bumpAcknowledged, this,
        [this, f](const QString& id, bool applied, const QString& message) {
            const QSqlDatabase conn = m_db.connection();
            SqlQuery q(conn, QStringLiteral("SELECT ticket_id FROM kitchen_feed_outbox WHERE uuid = ?"));
            q.bind(id);
            qint64 ticket = 0;
            if (q.run(QStringLiteral("reading a bump")).ok() && q.next())
                ticket = q.value(0).toLongLong();
            SqlQuery del(conn, QStringLiteral("DELETE FROM kitchen_feed_outbox WHERE uuid = ?"));
            del.bind(id);
            if (auto s = del.run(QStringLiteral("clearing a delivered bump")); !s.ok())
                Q_EMIT problem(s.error().message);
            const auto it = m_tickets.find(f->client->tillUuid() + QLatin1Char('/') + QString::number(ticket));
            if (it != m_tickets.end())
                it->second.bumpedTo.clear(); // the till's own event now says where it is
            if (!applied)
                Q_EMIT problem(QStringLiteral("%1 refused a bump: %2").arg(f->status.address, message));
            rebuild();
        });
    connect(client, &KitchenFeedClient::linkDown, this, [this, f](const QString& reason) {
        const bool changed = f->status.live || f->status.problem != reason;
        f->status.live = false;
        f->status.problem = reason;
        if (changed)
            Q_EMIT feedsChanged();
    });
    connect(client, &KitchenFeedClient::authenticationFailed, this, [this, f](const QString& message) {
        f->status.live = false;
        f->status.problem = message;
        Q_EMIT feedsChanged();
        Q_EMIT problem(message);
        // Someone may fix the secret on the till; ask again now and then, not in a tight loop.
        QTimer::singleShot(30000, f->client.get(), &KitchenFeedClient::start);
    });
    m_feeds.push_back(std::move(feed));
    client->start();
    Q_EMIT feedsChanged();
    return {};
}

QList<FeedStatus> KitchenBoard::feeds() const
{
    QList<FeedStatus> list;
    for (const auto& f : m_feeds)
        list.append(f->status);
    return list;
}

void KitchenBoard::applyEvent(const QString& till, const KitchenEvent& e, bool persist)
{
    const QString key = till + QLatin1Char('/') + QString::number(e.ticket.id);
    BoardTicket& t = m_tickets[key];
    if (t.seq >= e.seq && !t.till.isEmpty())
        return; // older than what we have
    t.till = till;
    t.ticket = e.ticket;
    t.seq = e.seq;
    t.completedAt = e.ticket.status == KitchenState::Completed ? e.at : QDateTime();
    t.cancelledAt = e.ticket.status == KitchenState::Cancelled ? e.at : QDateTime();
    if (persist) {
        m_unsaved.append({till, e});
        persistSoon();
    }
}

void KitchenBoard::persistSoon()
{
    if (m_persistQueued)
        return;
    m_persistQueued = true;
    // Events that arrive together are saved together: one transaction, one sync to disk.
    QTimer::singleShot(0, this, &KitchenBoard::persistNow);
}

void KitchenBoard::persistNow()
{
    m_persistQueued = false;
    if (m_unsaved.isEmpty())
        return;
    const QSqlDatabase db = m_db.connection();
    const auto save = [&]() -> Status {
        auto tx = ScopedTransaction::begin(db);
        if (!tx)
            return tx.error();
        SqlQuery mirror(db,
            QStringLiteral("INSERT INTO kitchen_mirror (till_uuid, ticket_id, seq, state, created_at, ticket) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (till_uuid, ticket_id) DO UPDATE SET "
                           "seq = excluded.seq, state = excluded.state, ticket = excluded.ticket "
                           "WHERE excluded.seq > kitchen_mirror.seq"));
        SqlQuery cursor(db,
            QStringLiteral("INSERT INTO kitchen_feed_cursors (till_uuid, address, last_seq) VALUES (?, ?, ?) "
                           "ON CONFLICT (till_uuid) DO UPDATE SET address = excluded.address, "
                           "last_seq = max(last_seq, excluded.last_seq)"));
        QHash<QString, qint64> last;
        for (const auto& [till, e] : std::as_const(m_unsaved)) {
            mirror.bindAll({till, e.ticket.id, e.seq, e.ticket.status, toDbTime(e.ticket.createdAt),
                QString::fromUtf8(QJsonDocument(kitchenwire::eventToJson(till, e)).toJson(QJsonDocument::Compact))});
            CREMA_TRY(mirror.run(QStringLiteral("saving a kitchen ticket")));
            last[till] = std::max(last.value(till), e.seq);
        }
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            QString address;
            for (const auto& f : m_feeds) {
                if (f->client->tillUuid() == it.key())
                    address = f->status.address;
            }
            cursor.bindAll({it.key(), address, *it});
            CREMA_TRY(cursor.run(QStringLiteral("saving where the kitchen feed stopped")));
        }
        // Keep a day.
        SqlQuery prune(db, QStringLiteral("DELETE FROM kitchen_mirror WHERE created_at < ?"));
        prune.bind(toDbTime(m_clock.nowUtc().addSecs(-kWindowSeconds)));
        CREMA_TRY(prune.run(QStringLiteral("pruning old kitchen tickets")));
        return tx->commit();
    };
    if (auto s = save(); !s.ok()) {
        // Kept in memory and tried again with the next event; a restart would fetch them again.
        Q_EMIT problem(s.error().message);
        return;
    }
    m_unsaved.clear();
}

void KitchenBoard::setStations(const QStringList& stations)
{
    m_stations = stations;
    rebuild();
}

QStringList KitchenBoard::knownStations() const
{
    QStringList names = m_timings.keys();
    for (const auto& [key, t] : m_tickets) {
        if (!names.contains(t.ticket.station))
            names.append(t.ticket.station);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

StationTiming KitchenBoard::timing(const QString& station) const
{
    return m_timings.value(station, StationTiming {});
}

bool KitchenBoard::shown(const BoardTicket& t) const
{
    return m_stations.isEmpty() || m_stations.contains(t.ticket.station);
}

bool KitchenBoard::onBoard(const BoardTicket& t, const QDateTime& now) const
{
    if (!shown(t))
        return false;
    const QString state = t.state();
    if (state == KitchenState::Cancelled)
        return t.cancelledAt.secsTo(now) < kCancelledShownSeconds;
    return state != KitchenState::Completed;
}

void KitchenBoard::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const QDateTime now = m_clock.nowUtc();
    bool cancelledShown = false;
    for (const auto& [key, t] : m_tickets) {
        if (onBoard(t, now)) {
            m_rows.push_back(&t);
            cancelledShown = cancelledShown || t.state() == KitchenState::Cancelled;
        }
    }
    // Looked at again each second while a cancelled card is up, by the board's clock (a test's
    // clock moves when the test says; a timeout per card would follow the wall clock instead).
    if (cancelledShown) {
        if (!m_cancelledTimer) {
            m_cancelledTimer = new QTimer(this);
            connect(m_cancelledTimer, &QTimer::timeout, this, &KitchenBoard::expireCancelled);
        }
        if (!m_cancelledTimer->isActive())
            m_cancelledTimer->start(1000);
    } else if (m_cancelledTimer) {
        m_cancelledTimer->stop();
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const BoardTicket* a, const BoardTicket* b) {
        if (a->ticket.createdAt != b->ticket.createdAt)
            return a->ticket.createdAt < b->ticket.createdAt;
        return a->ticket.id < b->ticket.id;
    });
    endResetModel();
}

void KitchenBoard::expireCancelled()
{
    const QDateTime now = m_clock.nowUtc();
    const bool due
        = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const BoardTicket* t) { return !onBoard(*t, now); });
    if (due)
        rebuild();
}

QDateTime KitchenBoard::now() const
{
    return m_clock.nowUtc();
}

int KitchenBoard::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant KitchenBoard::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardTicket& t = *m_rows.at(static_cast<size_t>(index.row()));
    const auto itemLines = [&]() {
        QStringList lines;
        for (const KitchenTicketItem& i : t.ticket.items)
            lines.append(QStringLiteral("%1× %2%3")
                             .arg(i.quantity)
                             .arg(i.product, i.size.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(i.size)));
        return lines;
    };
    const auto waitingOn = [&]() {
        QStringList stations;
        for (const auto& [key, other] : m_tickets) {
            if (other.till == t.till && other.ticket.orderUuid == t.ticket.orderUuid
                && KitchenState::rank(other.state()) < KitchenState::rank(KitchenState::Ready))
                stations.append(other.ticket.station);
        }
        return stations;
    };
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("#%1 %2: %3")
            .arg(t.ticket.receiptNo)
            .arg(t.ticket.station, itemLines().join(QLatin1String(", ")));
    case ReceiptRole:
        return t.ticket.receiptNo;
    case StateRole:
        return t.state();
    case StationRole:
        return t.ticket.station;
    case CustomerRole:
        return t.ticket.customer;
    case CreatedAtRole:
        return t.ticket.createdAt;
    case ItemsRole:
        return itemLines();
    case OrderReadyRole:
        return waitingOn().isEmpty();
    case WaitingOnRole:
        return waitingOn();
    case AgeLevelRole:
        return timing(t.ticket.station).level(std::max<qint64>(0, t.ticket.createdAt.secsTo(m_clock.nowUtc())));
    default:
        return {};
    }
}

QHash<int, QByteArray> KitchenBoard::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ReceiptRole, "receipt"}, {StateRole, "state"}, {StationRole, "station"}, {CustomerRole, "customer"},
        {CreatedAtRole, "createdAt"}, {ItemsRole, "items"}, {OrderReadyRole, "orderReady"},
        {WaitingOnRole, "waitingOn"}, {AgeLevelRole, "ageLevel"}});
    return names;
}

Status KitchenBoard::advance(int row)
{
    if (row < 0 || row >= rowCount())
        return fail(Error::Code::NotFound, QStringLiteral("no ticket %1 on this screen").arg(row + 1));
    const BoardTicket* t = m_rows.at(static_cast<size_t>(row));
    if (t->state() == KitchenState::Cancelled)
        return cancelledError(*t);
    return setState(row, KitchenState::next(t->state()));
}

Status KitchenBoard::setState(int row, const QString& state)
{
    if (row < 0 || row >= rowCount())
        return fail(Error::Code::NotFound, QStringLiteral("no ticket %1 on this screen").arg(row + 1));
    BoardTicket& t = m_tickets.at(m_rows.at(static_cast<size_t>(row))->key());
    return bump(t, state);
}

Status KitchenBoard::bump(BoardTicket& t, const QString& state)
{
    if (!KitchenState::isBumpTarget(state))
        return fail(Error::Code::InvalidInput, QStringLiteral("unknown kitchen state '%1'").arg(state));
    if (t.state() == KitchenState::Cancelled)
        return cancelledError(t);
    if (t.till == m_localTill && m_local) {
        auto changed = m_local->setState(t.ticket.id, state);
        if (!changed)
            return changed.error();
        loadLocal(); // see our own change at once, not on the next tick
        rebuild();
        return {};
    }
    const auto feed = std::find_if(
        m_feeds.cbegin(), m_feeds.cend(), [&](const auto& f) { return f->client->tillUuid() == t.till; });
    if (feed == m_feeds.cend())
        return fail(Error::Code::NotFound,
            QStringLiteral("this screen no longer follows the till of ticket #%1").arg(t.ticket.receiptNo));
    // Written down first: a bump survives the link being down and this screen restarting.
    const QString id = newUuid();
    const QSqlDatabase db = m_db.connection();
    auto tx = ScopedTransaction::begin(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
        QStringLiteral("INSERT INTO kitchen_feed_outbox (uuid, till_uuid, ticket_id, state, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    q.bindAll({id, t.till, t.ticket.id, state, toDbTime(m_clock.nowUtc())});
    CREMA_TRY(q.run(QStringLiteral("keeping a bump")));
    CREMA_TRY(tx->commit());
    t.bumpedTo = state;
    if (state == KitchenState::Completed)
        t.completedAt = m_clock.nowUtc();
    (*feed)->client->sendBump(id, t.ticket.id, state);
    rebuild();
    return {};
}

QList<BoardTicket> KitchenBoard::recentlyCompleted(int count) const
{
    QList<BoardTicket> done;
    for (const auto& [key, t] : m_tickets) {
        if (t.state() == KitchenState::Completed && shown(t))
            done.append(t);
    }
    std::sort(done.begin(), done.end(),
        [](const BoardTicket& a, const BoardTicket& b) { return a.completedAt > b.completedAt; });
    return done.mid(0, count);
}

Status KitchenBoard::recall()
{
    const QList<BoardTicket> done = recentlyCompleted(1);
    if (done.isEmpty())
        return fail(Error::Code::NotFound, QStringLiteral("nothing to recall"));
    return bump(m_tickets.at(done.first().key()), KitchenState::Ready);
}

QList<AllDayLine> KitchenBoard::allDay() const
{
    QHash<QString, int> counts;
    for (const BoardTicket* t : m_rows) {
        if (KitchenState::rank(t->state()) >= KitchenState::rank(KitchenState::Ready))
            continue; // ready, or cancelled (ranked past everything)
        for (const KitchenTicketItem& i : t->ticket.items)
            counts[i.size.isEmpty() ? i.product : QStringLiteral("%1 (%2)").arg(i.product, i.size)] += i.quantity;
    }
    QList<AllDayLine> lines;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        lines.append(AllDayLine {it.key(), *it});
    std::sort(lines.begin(), lines.end(), [](const AllDayLine& a, const AllDayLine& b) {
        return a.quantity != b.quantity ? a.quantity > b.quantity : a.item < b.item;
    });
    return lines;
}

} // namespace crema
