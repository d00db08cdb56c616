#include "externalchanges.h"

#include "database.h"
#include "sql.h"
#include "unitofwork.h"

#include <QTimer>

namespace crema {

namespace {

constexpr Change::Kind kWatched[]
    = {Change::Kind::CatalogChanged, Change::Kind::SettingChanged, Change::Kind::StaffChanged};

} // namespace

ExternalChangeWatcher::ExternalChangeWatcher(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { poll(); });
    // This process's own change of a kind makes its screens reload that kind now, reading everything
    // committed so far; its raised revision must not come back as someone else's at the next poll.
    // Connected before any screen, so the baseline is read before they reload: whatever commits
    // after it is newer than the baseline and is announced.
    connect(&m_db.changes(), &ChangeHub::changed, this, [this](const ChangeSet& changes) {
        for (Change::Kind kind : kWatched) {
            const QList<Change> of = changes.of(kind);
            if (std::any_of(of.cbegin(), of.cend(), [](const Change& c) { return c.key != QLatin1String("external"); }))
                rebase(revisionKind(kind));
        }
    });
}

void ExternalChangeWatcher::rebase(const QString& kind)
{
    auto revision
        = queryScalar(m_db.connection(), QStringLiteral("SELECT revision FROM change_revisions WHERE kind = ?"), {kind},
            QStringLiteral("reading change revisions"));
    if (revision)
        m_revisions.insert(kind, revision->toLongLong());
}

void ExternalChangeWatcher::start(int intervalMs)
{
    poll(); // the baseline: what is in the file now is what this process has loaded
    m_timer->start(intervalMs);
}

void ExternalChangeWatcher::stop()
{
    m_timer->stop();
}

bool ExternalChangeWatcher::poll()
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery version(db, QStringLiteral("PRAGMA data_version"));
    if (!version.run(QStringLiteral("checking for changes")) || !version.next())
        return false; // busy or gone: the next poll tries again
    const qint64 dataVersion = version.value(0).toLongLong();
    if (dataVersion == m_dataVersion)
        return false;
    const bool first = m_dataVersion < 0;
    m_dataVersion = dataVersion;

    QHash<QString, qint64> now;
    {
        SqlQuery q(db, QStringLiteral("SELECT kind, revision FROM change_revisions"));
        if (!q.run(QStringLiteral("reading change revisions")))
            return false;
        while (q.next())
            now.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    ChangeSet changes;
    for (Change::Kind kind : kWatched) {
        const QString name = revisionKind(kind);
        if (now.value(name) != m_revisions.value(name))
            changes.add(Change {kind, 0, 0, QStringLiteral("external")});
    }
    m_revisions = std::move(now);
    if (first || changes.isEmpty())
        return false;
    m_db.changes().publish(changes);
    return true;
}

} // namespace crema
