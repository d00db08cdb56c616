#include "store/databasepath.h"
#include "testsupport.h"

#include <QByteArray>

using namespace crema;

namespace {

// Sets (or with nullptr unsets) an environment variable for one test, then puts it back.
struct EnvGuard {
    QByteArray name;
    bool had;
    QByteArray old;
    EnvGuard(const char* n, const QString* value)
        : name(n)
        , had(qEnvironmentVariableIsSet(n))
        , old(qgetenv(n))
    {
        if (value)
            qputenv(n, value->toLocal8Bit());
        else
            qunsetenv(n);
    }
    ~EnvGuard()
    {
        if (had)
            qputenv(name.constData(), old);
        else
            qunsetenv(name.constData());
    }
};

} // namespace

TEST_CASE("the default database file is the README's: CREMA_DB, else XDG_DATA_HOME, else HOME", "[core][paths]")
{
    test::TempDir home;
    test::TempDir data;
    const QString homePath = home.path();
    const QString dataPath = data.path();
    const QString empty;
    const EnvGuard h("HOME", &homePath);

    SECTION("XDG_DATA_HOME/crema/crema.db")
    {
        const EnvGuard c("CREMA_DB", nullptr);
        const EnvGuard x("XDG_DATA_HOME", &dataPath);
        CHECK(defaultDatabasePath() == dataPath + QStringLiteral("/crema/crema.db"));
    }
    SECTION("~/.local/share/crema/crema.db without XDG_DATA_HOME (unset or empty)")
    {
        const EnvGuard c("CREMA_DB", &empty);
        {
            const EnvGuard x("XDG_DATA_HOME", nullptr);
            CHECK(defaultDatabasePath() == homePath + QStringLiteral("/.local/share/crema/crema.db"));
        }
        const EnvGuard x("XDG_DATA_HOME", &empty);
        CHECK(defaultDatabasePath() == homePath + QStringLiteral("/.local/share/crema/crema.db"));
    }
    SECTION("CREMA_DB wins")
    {
        const QString file = dataPath + QStringLiteral("/elsewhere.db");
        const EnvGuard c("CREMA_DB", &file);
        const EnvGuard x("XDG_DATA_HOME", &dataPath);
        CHECK(defaultDatabasePath() == file);
    }
}
