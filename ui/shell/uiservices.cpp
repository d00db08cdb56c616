#include "uiservices.h"

#include "loyalty/rewardeditor.h"
#include "services/tillservices.h"
#include "storage/unitofwork.h"
#include "store/storeeditor.h"
#include "sync/hqchain.h"
#include "sync/hqlink.h"

namespace crema {

UiServices UiServices::of(TillServices& till, const QString& receiptFolder)
{
    return UiServices {till.site, *till.staff, *till.catalog, *till.menuEditor, *till.inventory, *till.customers,
        *till.kitchen, *till.kitchenBoard, *till.sales, *till.loyalty, *till.shifts, *till.settings, *till.salesReport,
        *till.forecasts, *till.importer, receiptFolder, till.db->changes(), *till.stockItems, *till.rewards,
        *till.store, *till.hqLink, *till.chain};
}

} // namespace crema
