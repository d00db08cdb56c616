#pragma once

#include <QDateTime>

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

} // namespace crema
