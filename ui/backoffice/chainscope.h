#pragma once

#include "sync/hqchain.h"
#include "widgets/pinpromptdialog.h"

#include <QComboBox>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace crema {

// A store choice that also offers the chain's figures from HQ (the dashboard's and the forecast's):
// the chain's items carry "chain:" and a store's uuid, "" for the whole chain.
namespace ChainScopeBox {

inline void offer(QComboBox* box)
{
    const QSignalBlocker quiet(box);
    box->insertSeparator(box->count());
    box->addItem(QCoreApplication::translate("crema::ChainScope", "Whole chain (HQ)"), QStringLiteral("chain:"));
}

// The stores HQ named in its answer, each once.
inline void addStores(QComboBox* box, const QList<ChainStore>& stores)
{
    const QSignalBlocker quiet(box);
    for (const ChainStore& s : stores) {
        const QString key = QStringLiteral("chain:") + s.uuid;
        if (box->findData(key) < 0)
            box->addItem(QCoreApplication::translate("crema::ChainScope", "%1 (HQ)").arg(s.name), key);
    }
}

inline bool choose(QComboBox* box, const QString& storeUuid)
{
    const int i = box->findData(QStringLiteral("chain:") + storeUuid);
    if (i < 0)
        return false;
    box->setCurrentIndex(i);
    return true;
}

inline bool isChain(const QComboBox* box)
{
    return box->currentData().toString().startsWith(QLatin1String("chain:"));
}

// The store chosen: its uuid, "" for the whole chain.
inline QString store(const QComboBox* box)
{
    return box->currentData().toString().mid(6);
}

} // namespace ChainScopeBox

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
