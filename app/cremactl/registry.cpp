#include "registry.h"

#include <QDir>
#include <QFileInfo>

namespace crema::cli {

namespace {

// Built on first use, so registrations from any file's static initialisers find it ready.
std::map<QString, Command>& table()
{
    static std::map<QString, Command> commands;
    return commands;
}

void printHelp()
{
    out() << "Usage: cremactl [--db FILE] COMMAND [OPTIONS]\n\n"
             "Crema's command line: the same core as the till, without a screen.\n\n"
             "Options:\n"
             "  --db FILE      the database file (default: $CREMA_DB, else "
          << QDir::toNativeSeparators(defaultDbPath())
          << ")\n"
             "  -h, --help     show this help\n"
             "  -v, --version  show the version\n\n"
             "Commands:\n";
    for (const auto& [name, c] : commands())
        out() << "  " << name.leftJustified(12) << " " << c.summary << "\n";
    out() << "\nRun 'cremactl COMMAND --help' for a command's options.\n"
             "Exit codes: 0 ok, 1 refused by a business rule, 2 usage or input error.\n";
}

} // namespace

const std::map<QString, Command>& commands()
{
    return table();
}

Registration::Registration(const char* name, const char* summary, int (*run)(Context& ctx))
{
    if (!table().emplace(QString::fromLatin1(name), Command {summary, run}).second)
        qFatal("cremactl: two commands are named %s", name);
}

int run(const QStringList& arguments)
{
    Context ctx;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == u"--help" || a == u"-h") {
            printHelp();
            return Ok;
        }
        if (a == u"--version" || a == u"-v") {
            out() << "cremactl " << QStringLiteral(CREMA_VERSION) << "\n";
            return Ok;
        }
        if (a == u"--db" || a.startsWith(QLatin1String("--db="))) {
            QString value;
            if (a == u"--db") {
                if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty())
                    return usage(QString(), QStringLiteral("--db needs a file path"));
                value = arguments[++i];
            } else {
                value = a.mid(5);
            }
            if (value.isEmpty())
                return usage(QString(), QStringLiteral("--db needs a file path"));
            ctx.dbPath = value;
            continue;
        }
        if (a.startsWith(u'-'))
            return usage(QString(), QStringLiteral("unknown option '%1'").arg(a));
        break;
    }
    if (i >= arguments.size()) {
        printHelp();
        return Usage;
    }
    ctx.command = arguments[i];
    const auto it = commands().find(ctx.command);
    if (it == commands().end())
        return usage(QString(), QStringLiteral("unknown command '%1'").arg(ctx.command));
    ctx.args = arguments.mid(i);
    if (ctx.dbPath.isEmpty()) {
        ctx.dbPath = defaultDbPath();
        QDir().mkpath(QFileInfo(ctx.dbPath).absolutePath());
    }
    return it->second.run(ctx);
}

} // namespace crema::cli
