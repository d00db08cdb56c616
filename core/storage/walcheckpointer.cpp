#include "walcheckpointer.h"

#include "database.h"

#include <QTimer>

namespace crema {

WalCheckpointer::WalCheckpointer(Database& db, int idleMs, int periodMs, int batchWrites, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_idle(new QTimer(this))
    , m_period(new QTimer(this))
    , m_batch(qMax(1, batchWrites))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleMs);
    connect(m_idle, &QTimer::timeout, this, &WalCheckpointer::checkpointNow);
    m_period->setInterval(periodMs);
    connect(m_period, &QTimer::timeout, this, [this] {
        if (m_pending > 0)
            checkpointNow();
    });
    m_period->start();
}

void WalCheckpointer::noteWrite()
{
    if (++m_pending >= m_batch)
        m_idle->start();
}

void WalCheckpointer::checkpointNow()
{
    m_idle->stop();
    if (auto s = m_db.checkpoint(); !s.ok()) {
        qWarning("crema: %s", qPrintable(s.error().message)); // the next one will try again
        return;
    }
    m_pending = 0;
    ++m_count;
}

} // namespace crema
