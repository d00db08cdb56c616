#include "permissions.h"

namespace crema {

bool roleHas(Role role, Permission p)
{
    switch (role) {
    case Role::Owner:
        return true;
    case Role::Manager:
        return p != Permission::ManageStaff && p != Permission::ManageSettings;
    case Role::Barista:
        return p == Permission::UsePos || p == Permission::UseKitchen || p == Permission::VoidOpenOrder
            || p == Permission::RecordWaste || p == Permission::MarkSoldOut;
    case Role::Cashier:
        return p == Permission::UsePos || p == Permission::VoidOpenOrder || p == Permission::MarkSoldOut;
    }
    return false;
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Barista:
        return QStringLiteral("barista");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Owner:
        return QStringLiteral("owner");
    }
    return {};
}

QString roleName(Role role)
{
    QString code = roleCode(role);
    code[0] = code[0].toUpper();
    return code;
}

Result<Role> parseRole(const QString& code)
{
    for (Role r : kAllRoles) {
        if (roleCode(r) == code.trimmed().toLower())
            return r;
    }
    return fail(Error::Code::InvalidInput,
        QStringLiteral("unknown role '%1' (expected cashier, barista, manager or owner)").arg(code));
}

QString permissionName(Permission p)
{
    switch (p) {
    case Permission::UsePos:
        return QStringLiteral("use the till");
    case Permission::UseKitchen:
        return QStringLiteral("use the kitchen screen");
    case Permission::UseBackOffice:
        return QStringLiteral("use the back office");
    case Permission::VoidOpenOrder:
        return QStringLiteral("void an open order");
    case Permission::DiscountOverLimit:
        return QStringLiteral("give a discount over the limit");
    case Permission::Refund:
        return QStringLiteral("refund an order");
    case Permission::ManageCash:
        return QStringLiteral("manage cash");
    case Permission::RecordWaste:
        return QStringLiteral("record waste");
    case Permission::ManageStock:
        return QStringLiteral("manage stock");
    case Permission::ManageMenu:
        return QStringLiteral("change the menu");
    case Permission::MarkSoldOut:
        return QStringLiteral("mark products sold out");
    case Permission::ResetStaffPins:
        return QStringLiteral("reset staff PINs");
    case Permission::ManageCustomers:
        return QStringLiteral("manage customers");
    case Permission::ViewReports:
        return QStringLiteral("view reports");
    case Permission::ImportSales:
        return QStringLiteral("import sales history");
    case Permission::ManageStaff:
        return QStringLiteral("manage staff");
    case Permission::ManageSettings:
        return QStringLiteral("change settings");
    }
    return {};
}

} // namespace crema
