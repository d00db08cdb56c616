#pragma once

#include "common/result.h"

#include <QString>

namespace crema {

class Clock;
class UnitOfWork;
struct StationRecord;

// Core-private, for the menu import: a kitchen station's timings written inside the caller's unit of
// work (KitchenService::setStationTiming opens a unit of work of its own, so it cannot be one step of
// an import). Audited as "kitchen.station_timing" with the old and new timings, queued for HQ as
// catalog.station.saved and announced as CatalogChanged "station". `before`: the stored timings,
// null for a station that had none. Replace with the kitchen's own writer once it takes a UnitOfWork&.
Status saveStationTiming(UnitOfWork& work, const Clock& clock, qint64 terminalId, qint64 actorStaffId,
    const StationRecord& station, const StationRecord* before);

} // namespace crema
