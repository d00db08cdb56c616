#pragma once

#include "common/result.h"
#include "forecasting/forecastservice.h"
#include "reporting/salesreport.h"

#include <QSqlDatabase>
#include <QString>

namespace crema {

// The chain's figures, read from what the tills sent (HQ's orders, refunds, payments, points and
// stock ledger), in the forms a till reads from its own file: a chain report is then built by the
// same code as a till's, and its figures are the sum of the tills'. storeId "" is every store.
// Reads only; the caller holds one transaction around the reads of one answer.
namespace HqReports {

Result<SalesParts> salesParts(const QSqlDatabase& db, const QString& storeId, const DateRange& range);
Result<ForecastData> forecastData(const QSqlDatabase& db, const QString& storeId, const ForecastWindow& window);

} // namespace HqReports

} // namespace crema
