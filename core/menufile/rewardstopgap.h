#pragma once

#include "loyalty/rewardwriter.h"

namespace crema::MenuFileRewards {

// STOPGAP until RewardWriter's implementation lands (branch h-rewards): the same contract as
// RewardWriter::save and ::deactivate, so the menu import can be built and tested. Once RewardWriter
// is implemented, menufile.cpp calls it instead and this file goes.
Result<RewardSaved> save(UnitOfWork& work, const RewardRecord& record, const QString& at);
Result<RewardSaved> deactivate(UnitOfWork& work, const QString& uuid, const QString& at);

} // namespace crema::MenuFileRewards
