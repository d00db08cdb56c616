#pragma once

#include "clisupport.h"

// The owner's commands: sales reports, forecasts, importing history, generating test history.
namespace crema::cli {

int cmdReport(Context& ctx);
int cmdForecast(Context& ctx);
int cmdImportSales(Context& ctx);
int cmdGenerateHistory(Context& ctx);

} // namespace crema::cli
