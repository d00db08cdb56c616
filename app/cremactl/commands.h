#pragma once

#include <QStringList>

namespace crema::cli {

// Runs one cremactl invocation (arguments include the program name) and returns its exit code.
int run(const QStringList& arguments);
// True when the command draws (a PDF), which needs a QGuiApplication instead of a QCoreApplication.
bool needsGui(const QStringList& arguments);

} // namespace crema::cli
