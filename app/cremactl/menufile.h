#pragma once

#include "clisupport.h"

namespace crema::cli {

// `cremactl menu export|import|prices ...`: runs the subcommand named in ctx.args[1] and returns
// its exit code, or -1 when ctx.args[1] names none (then `cremactl menu` shows the menu).
int runMenuFileCommand(Context& ctx);

} // namespace crema::cli
