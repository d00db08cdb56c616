#include "common/clock.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "store/setupservice.h"
#include "store/site.h"
#include "store/tillsettings.h"
#include "testsupport.h"

#include <QTimeZone>

using namespace crema;

namespace {

struct LanguageFixture {
    test::TempDir dir;
    std::shared_ptr<Database> db = test::freshDatabase(dir);
    ManualClock clock {QDateTime(QDate(2026, 11, 21), QTime(8, 0), QTimeZone::utc())};
    std::unique_ptr<StaffService> staff;
    std::unique_ptr<TillSettings> settings;

    LanguageFixture()
    {
        StoreSetup setup;
        setup.storeName = QStringLiteral("Test Café");
        REQUIRE_OK(Setup::initialise(*db, clock, setup,
            {{QStringLiteral("Max"), Role::Manager, QStringLiteral("3333")},
                {QStringLiteral("Ona"), Role::Owner, QStringLiteral("4444")}}));
        const Site site = loadSite(db->connection()).value();
        staff = std::make_unique<StaffService>(*db, clock, site.terminalId, site.terminalUuid);
        settings = std::make_unique<TillSettings>(*db, clock);
    }
    StaffMember owner() { return staff->login(QStringLiteral("4444")).value(); }
    StaffMember manager() { return staff->login(QStringLiteral("3333")).value(); }
};

} // namespace

TEST_CASE("settings: the till's language is one of the five Crema speaks, English by default, the owner's to change",
    "[core][settings][language]")
{
    LanguageFixture f;
    const SettingDefinition* d = TillSettings::definition(QStringLiteral("language"));
    REQUIRE(d != nullptr);
    CHECK(d->type == SettingType::Choice);
    CHECK(d->choices
        == QStringList {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("tr"), QStringLiteral("ru"),
            QStringLiteral("kk")});
    CHECK(d->allowed() == u"one of en, fr, tr, ru, kk");
    CHECK(d->permission == Permission::ManageSettings);
    CHECK(f.settings->language() == u"en");

    auto set = f.settings->set(f.owner(), QStringLiteral("language"), QStringLiteral(" FR "));
    REQUIRE_OK(set);
    CHECK(set->value == u"fr"); // stored the way the code is written
    CHECK(f.settings->language() == u"fr");

    auto bad = f.settings->set(f.owner(), QStringLiteral("language"), QStringLiteral("de"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == Error::Code::InvalidInput);
    CHECK(bad.error().message == u"setting language: 'de' is not offered; expected one of en, fr, tr, ru, kk");
    CHECK(f.settings->language() == u"fr");

    auto byManager = f.settings->set(f.manager(), QStringLiteral("language"), QStringLiteral("tr"));
    REQUIRE_FALSE(byManager.ok());
    CHECK(f.settings->language() == u"fr");

    REQUIRE_OK(f.settings->reset(f.owner(), QStringLiteral("language")));
    CHECK(f.settings->language() == u"en");
}

TEST_CASE("settings: a language stored by hand that Crema does not speak is ignored for English",
    "[core][settings][language]")
{
    LanguageFixture f;
    SqlQuery q(f.db->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('language', 'xx')"));
    REQUIRE_OK(q.run(QStringLiteral("test")));
    CHECK(f.settings->language() == u"en");
    auto s = f.settings->state(QStringLiteral("language"));
    REQUIRE_OK(s);
    CHECK(s->ignored == u"xx");
}
