#pragma once

#include "common/result.h"

#include <QDate>
#include <QStringList>

#include <functional>

namespace crema {

class Database;

struct HistoryPlan {
    int stores = 3; // this till's store and new ones beside it
    int days = 365; // ending the day before asOf
    int ordersPerDay = 580; // per store, on an average day
    QDate asOf;
};

struct HistoryStats {
    qint64 orders = 0;
    qint64 lines = 0;
    QStringList newStores;
};

// Writes a large, plausible sales history from the file's menu, for benchmarks and trying the back
// office at chain scale: weekday and hour-of-day shapes, a few products selling most, sizes and
// modifiers (required choices always made), cash and card, loyalty members earning points.
// Orders are history only (no stock, no kitchen). Deterministic for a given plan; refuses to
// write the same days for the same store twice. One transaction per 30 days; `progress` gets the
// days done.
namespace HistoryGenerator {
Result<HistoryStats> generate(
    Database& db, const HistoryPlan& plan, const std::function<void(int done, int total)>& progress = {});
} // namespace HistoryGenerator

} // namespace crema
