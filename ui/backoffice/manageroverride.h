#pragma once

#include "staff/staffservice.h"
#include "widgets/pinpromptdialog.h"

#include <QLabel>

#include <functional>

namespace crema {

// After core refused `actor` for their role (PermissionDenied, `why`), offers the one manager-PIN
// prompt. A PIN typed there goes to StaffService::authoriseOverride for `permission` (audited as
// `action`): `retryAs` gets the manager to do it as, or `status` says why the PIN did not authorise it.
// `stillAsked`, when given, says whether the person who was refused is still the one at the till (a
// lock or another login meanwhile drops the answer). One prompt per parent at a time: reads refused
// again while it is open ask nothing more.
inline void askManagerOverride(QWidget* parent, StaffService& staff, const StaffMember& actor, Permission permission,
    const QString& why, const QString& action, QLabel* status, std::function<void(const StaffMember&)> retryAs,
    std::function<bool()> stillAsked = {})
{
    for (const PinPromptDialog* open : parent->findChildren<PinPromptDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->isVisible())
            return;
    }
    // The prompt is the parent's child: it goes with the parent, and the callbacks with it.
    PinPromptDialog::ask(parent, why,
        [&staff, actor, permission, action, status, retryAs = std::move(retryAs), stillAsked = std::move(stillAsked)](
            const QString& pin) {
            auto manager = staff.authoriseOverride(actor, permission, pin, action);
            if (stillAsked && !stillAsked())
                return;
            if (!manager) {
                status->setText(QObject::tr("Not authorised: %1").arg(manager.error().message));
                return;
            }
            retryAs(*manager);
        });
}

} // namespace crema
