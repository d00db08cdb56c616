#pragma once

#include "clisupport.h"

#include <QString>
#include <QStringList>

#include <map>

// cremactl's commands: each group of them lives in its own file (init.cpp, sales.cpp, ...) and
// registers its commands at start-up with a static Registration, so adding a command touches only
// the file of its group. The files are compiled into the executable, so their initialisers run.
namespace crema::cli {

struct Command {
    const char* summary; // one line for cremactl --help (UTF-8)
    int (*run)(Context& ctx);
};

// Every registered command by name; cremactl --help lists them in this (sorted) order.
const std::map<QString, Command>& commands();

// A command registering itself: `const Registration registerMenu {"menu", "show the menu", cmdMenu};`
// at namespace scope in its group's file. Two commands of one name stop the program at start-up.
struct Registration {
    Registration(const char* name, const char* summary, int (*run)(Context& ctx));
};

// Runs one cremactl invocation (arguments include the program name) and returns its exit code.
int run(const QStringList& arguments);

} // namespace crema::cli
