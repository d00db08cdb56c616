#pragma once

#include "common/result.h"

#include <QDate>
#include <QStringList>

#include <functional>

namespace crema {

class Database;

struct StaffMember;

struct HistoryPlan {
    static constexpr int kMaxStores = 50;
    int stores = 3; // new stores of its own, each with one till
    int days = 365; // ending the day before asOf
    int ordersPerDay = 580; // per store, on an average day
    QDate asOf;
    // The file holds real sales (not the demo café's or the generator's own): write anyway. Needs an
    // owner as `authorisedBy`.
    bool besideRealSales = false;
};

struct HistoryStats {
    qint64 orders = 0;
    qint64 lines = 0;
    QStringList newStores;
};

// Writes a large, plausible sales history from the file's menu, for benchmarks and trying the back
// office at chain scale: weekday and hour-of-day shapes, a few products selling most, sizes and
// modifiers (required choices always made), cash and card, loyalty members earning points, priced
// by Pricing as the till prices. Orders are history only (no stock, no kitchen), in stores of its
// own ("Crema Leith", ...), never a real till's. A file with real sales is refused unless the plan
// says besideRealSales and an owner authorises it. Deterministic for a given plan; refuses to write
// the same days for the same store twice. One transaction per 30 days; `progress` gets the days done.
namespace HistoryGenerator {
Result<HistoryStats> generate(Database& db, const HistoryPlan& plan, const StaffMember* authorisedBy = nullptr,
    const std::function<void(int done, int total)>& progress = {});
} // namespace HistoryGenerator

} // namespace crema
