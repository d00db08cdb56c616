#pragma once

#include <QStringList>

namespace crema::cli {

// Runs one cremactl invocation (arguments include the program name) and returns its exit code.
int run(const QStringList& arguments);

} // namespace crema::cli
