#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QString>

namespace crema {

class Clock;
class UnitOfWork;
struct Site;

// What one page of HQ's change log did on this till.
struct HqApplied {
    int applied = 0; // changes that wrote something here
    int known = 0; // this till's own, or already here (by uuid), or equal to what is stored
    // Changes this till cannot take (refused by its writer's checks: a name, SKU or barcode held
    // here by another record twice over, an ingredient it never heard of). Each is rolled back
    // alone, kept in hq_skipped with the reason for the owner, and the page goes on: one bad
    // record never stops a till, or the chain, from syncing. A database error stops the page.
    int skipped = 0;
};

// Core-private: a till taking HQ's change log. Every change goes through this till's own writer for
// its table (the catalogue's, the stock and points ledgers, customers, staff), inside the caller's
// unit of work, which is marked as coming from HQ so nothing is sent back up.
//
// The rule for master data (the catalogue, rewards, stations, suppliers, ingredients, staff, a
// store's levels and sold-out marks): HQ's order decides. Every till applies the whole log in HQ's
// order, its own changes included, so the last change to reach HQ is what every till ends with, and a
// till that edited offline ends with HQ's result once it has pushed and pulled. A record whose name
// another record here already has (two tills created "Chai" offline) is kept under its name with
// the last characters of its uuid, "Chai (3f9a)", so nothing is lost and the owner can rename or retire
// one of them.
//
// Ledgers: points entries (the chain's) and the store's stock movements from other tills are added
// by uuid, so one that is here already (this till's own) is never added twice. An entry for a
// customer merged at HQ goes to the customer it was merged into.
namespace HqApply {

Result<HqApplied> page(UnitOfWork& work, const Clock& clock, const Site& site, const QJsonArray& changes);

} // namespace HqApply

} // namespace crema
