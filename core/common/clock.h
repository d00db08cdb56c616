#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace crema {

// Where core reads the time, so lockouts and reports can be tested without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move.
class ManualClock : public Clock {
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    { }
    QDateTime nowUtc() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void set(QDateTime t) { m_now = std::move(t); }

private:
    QDateTime m_now;
};

// The text form every timestamp column uses: UTC ISO 8601 with milliseconds, "2026-11-21T08:15:02.123Z".
// Lexical order equals time order, so range queries can use indexes.
QString toDbTime(const QDateTime& t);
QDateTime fromDbTime(const QString& text);

// Where a moment falls in a store's own calendar: its local date ("2026-11-21") and hour (0-23).
// Sales summaries, reports and forecasts count in these days, not in UTC ones.
struct BusinessTime {
    QString day;
    int hour = 0;
};
BusinessTime businessTime(const QDateTime& moment, const QTimeZone& zone);
// Just the store-local date of a moment ("today" for the store).
QDate businessDate(const QDateTime& moment, const QTimeZone& zone);

// The store's zone from its IANA name; UTC when the name is unknown to this machine.
QTimeZone storeZone(const QString& ianaName);

} // namespace crema
