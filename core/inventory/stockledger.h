#pragma once

#include "common/result.h"

#include <QString>

namespace crema {

class UnitOfWork;

// One line of the stock ledger: a signed quantity of an ingredient in its base unit.
struct StockMovement {
    QString uuid; // empty: a new one
    qint64 storeId = 0;
    qint64 ingredientId = 0;
    QString kind; // sale | refund | waste | receipt | count | transfer
    qint64 quantity = 0; // base units; negative takes out of stock
    qint64 orderId = 0; // 0: none
    qint64 orderLineId = 0;
    qint64 staffId = 0;
    QString note;
    QString at; // database time (UTC)
    bool fromHq = false; // rung at another till of the store, sent down by HQ (never sent back)
};

// Core-private: the one writer of stock_movements. On-hand per store follows by trigger; the ledger
// is append-only. Records Change::StockMoved for the store.
namespace StockLedger {
Status record(UnitOfWork& work, const StockMovement& movement);
} // namespace StockLedger

} // namespace crema
