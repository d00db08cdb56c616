#pragma once

#include "sync/hqchain.h"
#include "widgets/pinpromptdialog.h"

#include <functional>
#include <memory>

namespace crema {

// Asks the person at the till for their own PIN, for HQ to check before it shows the chain's
// figures (the dashboard's and the forecast's chain scope). One prompt per parent at a time. The
// PIN typed goes into `signIn` for the person asked (`whoIsAsked` says who is at the till), and
// `then` reads again; if someone else is at the till by then, the answer is dropped.
inline void askChainPin(QWidget* parent, const QString& why, std::shared_ptr<ChainSignIn> signIn,
    std::function<QString()> whoIsAsked, std::function<void()> then)
{
    for (const PinPromptDialog* open : parent->findChildren<PinPromptDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->isVisible())
            return;
    }
    const QString asked = whoIsAsked();
    PinPromptDialog::ask(
        parent, why,
        [signIn = std::move(signIn), whoIsAsked = std::move(whoIsAsked), then = std::move(then), asked](
            const QString& pin) {
            if (whoIsAsked() != asked)
                return; // someone else is at the till now
            *signIn = {asked, pin, {}};
            then();
        },
        PinPromptDialog::Purpose::OwnPin);
}

} // namespace crema
