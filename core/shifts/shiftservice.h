#pragma once

#include "common/money.h"
#include "staff/staffservice.h"
#include "store/site.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace crema {

class Clock;
class Database;

struct Shift {
    qint64 id = 0;
    QString uuid;
    QString openedBy;
    QDateTime openedAt; // UTC
    Money openingFloat;
    QDateTime closedAt; // invalid while open
    bool isOpen() const { return !closedAt.isValid(); }
};

// An X report (mid-shift) or Z report (at close): what the till took, by payment method, and the
// cash that should be in the drawer.
struct ShiftReport {
    Shift shift;
    QDateTime from; // UTC
    QDateTime to;
    int orders = 0;
    Money cashSales;
    Money cardSales;
    Money cashRefunds; // positive amounts given back
    Money cardRefunds;
    int refunds = 0;
    Money discounts;
    // Tax of the orders paid in the shift, and of the order lines refunded in it.
    Money taxCollected;
    Money taxRefunded; // positive
    Money netTax() const { return taxCollected - taxRefunded; }
    int voids = 0;
    Money voidedValue;
    Money cashIn;
    Money cashOut;
    Money expectedCash; // float + cash sales - cash refunds + cash in - cash out
    bool closed = false;
    Money countedCash;
    Money difference() const { return countedCash - expectedCash; } // + over, - short

    QJsonObject toJson() const;
    // Plain text for the screen, a printer or a PDF: one line each, `width` columns.
    QStringList lines(const Site& site, int width = 42) const;
};

// Shifts of this till: open with a float, cash in and out with a reason, an X report at any time,
// close with the counted cash into a Z report that is kept as it was printed. Each write is one unit
// of work that queues its event for HQ (shift.opened, shift.cash_moved, shift.closed) and publishes
// ShiftOpened, CashMoved or ShiftClosed on the database's ChangeHub.
class ShiftService : public QObject {
    Q_OBJECT
public:
    ShiftService(Database& db, const Clock& clock, Site site, StaffService& staff, QObject* parent = nullptr);

    // The open shift, if any (id 0 when none).
    Result<Shift> current();
    Result<Shift> open(const StaffMember& actor, Money openingFloat);
    // kind "in" or "out"; a manager's PIN when the actor may not manage cash.
    Status moveCash(const StaffMember& actor, const QString& kind, Money amount, const QString& reason,
        const QString& overridePin = {});
    Result<ShiftReport> xReport();
    Result<ShiftReport> close(const StaffMember& actor, Money counted, const QString& overridePin = {});
    Result<ShiftReport> zReport(qint64 shiftId);

private:
    Result<ShiftReport> report(const Shift& shift, const QDateTime& to);
    Result<Shift> openShift(); // the open shift, or an error saying there is none

    Database& m_db;
    const Clock& m_clock;
    Site m_site;
    StaffService& m_staff;
};

} // namespace crema
