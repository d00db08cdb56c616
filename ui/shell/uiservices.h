#pragma once

#include "store/site.h"

namespace crema {

class CatalogService;
class CustomerService;
class InventoryService;
class KitchenService;
class StaffService;

// The core services the screens use, created and owned by the app's wiring.
struct UiServices {
    Site site;
    StaffService& staff;
    CatalogService& catalog;
    InventoryService& inventory;
    CustomerService& customers;
    KitchenService& kitchen;
};

} // namespace crema
