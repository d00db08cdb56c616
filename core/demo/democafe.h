#pragma once

#include "common/result.h"

#include <QDate>

namespace crema {

class Database;

struct DemoStats {
    int products = 0;
    int categories = 0;
    int ingredients = 0;
    int customers = 0;
    int orders = 0;
    int days = 0;
};

// The demo café: a realistic coffeehouse menu with recipes, suppliers, staff (PINs 1111 cashier,
// 2222 barista, 3333 manager, 4444 owner), customers, and 13 weeks (or `days`) of order history ending the day
// before `asOf`, with weekday and hour-of-day patterns, deliveries and the stock they leave.
// Deterministic: the same asOf gives the same file contents, ids included. All in one transaction.
namespace DemoCafe {
inline constexpr int kHistoryDays = 91;
Result<DemoStats> seed(Database& db, const QDate& asOf, int days = kHistoryDays);
} // namespace DemoCafe

} // namespace crema
