#pragma once

#include "staff/staffservice.h"
#include "widgets/pinpromptdialog.h"

#include <functional>

namespace crema {

// After core refused `actor` for their role (PermissionDenied, `why`), offers the one manager-PIN
// prompt. A PIN typed there goes to StaffService::authoriseOverride for `permission` (audited as
// `action`), and `then` gets the manager to retry as, or why the PIN did not authorise it. One prompt
// per parent at a time: reads refused again while it is open ask nothing more.
inline void askManagerOverride(QWidget* parent, StaffService& staff, const StaffMember& actor, Permission permission,
    const QString& why, const QString& action, std::function<void(const Result<StaffMember>&)> then)
{
    for (const PinPromptDialog* open : parent->findChildren<PinPromptDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->isVisible())
            return;
    }
    // The prompt is the parent's child: it goes with the parent, and `then` with it.
    PinPromptDialog::ask(parent, why, [&staff, actor, permission, action, then = std::move(then)](const QString& pin) {
        then(staff.authoriseOverride(actor, permission, pin, action));
    });
}

} // namespace crema
