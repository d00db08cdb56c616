#pragma once

#include "common/result.h"

#include <QString>

namespace crema {

enum class Role { Cashier, Barista, Manager, Owner };

// What a role may do. Checked by core services on every call; the UI only hides what is refused anyway.
enum class Permission {
    UsePos, // ring up and take payment
    UseKitchen, // see and bump kitchen tickets
    UseBackOffice, // menu, stock, suppliers, customers, reports
    VoidOpenOrder, // cancel an order that was not paid
    DiscountOverLimit, // discount beyond the cashier's limit
    Refund, // refund a paid order
    ManageCash, // cash in/out, close a shift with counted cash
    RecordWaste,
    ManageStock, // receive deliveries, counts, purchase orders
    ManageMenu, // products, prices, recipes, modifiers, categories and taxes' use
    MarkSoldOut, // mark a product sold out ("86") for the day, and restore it
    ResetStaffPins, // reset the PINs of cashiers and baristas (ManageStaff: anyone's)
    ManageCustomers, // edit and export customers, run campaigns
    ViewReports, // sales reports, the dashboard, forecasts
    ImportSales, // import sales history from another till
    ManageStaff, // add staff, reset PINs
    ManageSettings,
};

inline constexpr Permission kAllPermissions[] = {Permission::UsePos, Permission::UseKitchen, Permission::UseBackOffice,
    Permission::VoidOpenOrder, Permission::DiscountOverLimit, Permission::Refund, Permission::ManageCash,
    Permission::RecordWaste, Permission::ManageStock, Permission::ManageMenu, Permission::MarkSoldOut,
    Permission::ResetStaffPins, Permission::ManageCustomers, Permission::ViewReports, Permission::ImportSales,
    Permission::ManageStaff, Permission::ManageSettings};

inline constexpr Role kAllRoles[] = {Role::Cashier, Role::Barista, Role::Manager, Role::Owner};

bool roleHas(Role role, Permission permission);
QString roleCode(Role role); // "cashier", ...
QString roleName(Role role); // "Cashier", ...
Result<Role> parseRole(const QString& code);
QString permissionName(Permission permission); // "refund a paid order"

} // namespace crema
