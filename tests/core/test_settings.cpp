#include "common/clock.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/setupservice.h"
#include "store/site.h"
#include "store/tillsettings.h"
#include "testsupport.h"

#include <QTimeZone>

using namespace crema;

namespace {

struct SettingsFixture {
    test::TempDir dir;
    std::shared_ptr<Database> db = test::freshDatabase(dir);
    ManualClock clock {QDateTime(QDate(2026, 11, 21), QTime(8, 0), QTimeZone::utc())};
    std::unique_ptr<StaffService> staff;
    std::unique_ptr<TillSettings> settings;
    QStringList changes;

    SettingsFixture()
    {
        StoreSetup setup;
        setup.storeName = QStringLiteral("Test Café");
        REQUIRE_OK(Setup::initialise(*db, clock, setup,
            {{QStringLiteral("Max"), Role::Manager, QStringLiteral("3333")},
                {QStringLiteral("Ona"), Role::Owner, QStringLiteral("4444")}}));
        const Site site = loadSite(db->connection()).value();
        staff = std::make_unique<StaffService>(*db, clock, site.terminalId, site.terminalUuid);
        settings = std::make_unique<TillSettings>(*db, clock);
        // Every change the file announces: a setting's key, anything else by name so a test sees it.
        QObject::connect(&db->changes(), &ChangeHub::changed, settings.get(), [this](const ChangeSet& set) {
            for (const Change& c : set.all())
                changes << (c.kind == Change::Kind::SettingChanged ? c.key : QStringLiteral("(not a setting)"));
            if (set.all().size() != 1)
                changes << QStringLiteral("(more than one change at once)");
        });
    }
    StaffMember owner() { return staff->login(QStringLiteral("4444")).value(); }
    StaffMember manager() { return staff->login(QStringLiteral("3333")).value(); }
    Error refusal(const char* key, const QString& value)
    {
        auto r = settings->set(owner(), QString::fromLatin1(key), value);
        REQUIRE_FALSE(r.ok());
        return r.error();
    }
    QString stored(const char* key)
    {
        auto v = queryScalar(db->connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
            {QString::fromLatin1(key)}, QStringLiteral("test"));
        REQUIRE_OK(v);
        return v->isValid() ? v->toString() : QStringLiteral("(none)");
    }
};

} // namespace

TEST_CASE("settings: one table of every setting the till reads, each with its default in effect", "[core][settings]")
{
    SettingsFixture f;
    QStringList keys;
    for (const SettingDefinition& d : TillSettings::definitions()) {
        keys << d.key;
        CHECK_FALSE(d.description.isEmpty());
        CHECK_FALSE(d.allowed().isEmpty());
        CHECK(d.permission == Permission::ManageSettings);
        CHECK(TillSettings::validate(d, d.defaultValue).ok()); // every default is itself valid
    }
    CHECK(keys
        == QStringList {QStringLiteral("cashier_discount_limit_bp"), QStringLiteral("loyalty_points_per_unit"),
            QStringLiteral("idle_lock_seconds"), QStringLiteral("receipt_printer"), QStringLiteral("receipt_width"),
            QStringLiteral("receipt_header"), QStringLiteral("receipt_footer"), QStringLiteral("kitchen_listen"),
            QStringLiteral("kitchen_secret"), QStringLiteral("kitchen_feeds"), QStringLiteral("kitchen_stations"),
            QStringLiteral("language")});
    auto all = f.settings->list();
    REQUIRE_OK(all);
    REQUIRE(all->size() == keys.size());
    for (const SettingState& s : *all) {
        CHECK(s.isDefault);
        CHECK(s.value == s.definition.defaultValue);
    }
    CHECK(f.settings->cashierDiscountLimitBp() == 1000);
    CHECK(f.settings->loyaltyPointsPerUnit() == 10);
    CHECK(f.settings->idleLockSeconds() == 120);
    CHECK(f.settings->receiptWidth() == 42);
    CHECK(f.settings->receiptPrinter().isEmpty());
    CHECK(f.settings->kitchenSecret().isEmpty());
    CHECK(f.settings->kitchenFeeds().isEmpty());
    CHECK(TillSettings::definition(QStringLiteral("idle_lock_seconds"))->allowed()
        == QStringLiteral("0 (never) or 15 to 28800 seconds"));
}

TEST_CASE("settings: the owner sets typed values, normalised, audited and signalled", "[core][settings]")
{
    SettingsFixture f;
    const StaffMember owner = f.owner();
    auto limit = f.settings->set(owner, QStringLiteral("cashier_discount_limit_bp"), QStringLiteral(" 2500 "));
    REQUIRE_OK(limit);
    CHECK(limit->value == QStringLiteral("2500"));
    CHECK_FALSE(limit->isDefault);
    CHECK(f.settings->cashierDiscountLimitBp() == 2500);
    REQUIRE_OK(f.settings->set(owner, QStringLiteral("loyalty_points_per_unit"), QStringLiteral("1000")));
    CHECK(f.settings->loyaltyPointsPerUnit() == 1000);
    REQUIRE_OK(f.settings->set(owner, QStringLiteral("idle_lock_seconds"), QStringLiteral("0")));
    CHECK(f.settings->idleLockSeconds() == 0);
    REQUIRE_OK(f.settings->set(owner, QStringLiteral("idle_lock_seconds"), QStringLiteral("28800")));
    CHECK(f.settings->idleLockSeconds() == 28800);
    REQUIRE_OK(f.settings->set(owner, QStringLiteral("receipt_width"), QStringLiteral("32")));
    CHECK(f.settings->receiptWidth() == 32);
    REQUIRE_OK(f.settings->set(owner, QStringLiteral("receipt_printer"), QStringLiteral("escpos:192.0.2.10:9100")));
    CHECK(f.settings->receiptPrinter() == QStringLiteral("escpos:192.0.2.10:9100"));
    REQUIRE_OK(f.settings->set(owner, QStringLiteral("kitchen_secret"), QStringLiteral("a shared store secret")));
    CHECK(f.settings->kitchenSecret() == QStringLiteral("a shared store secret"));
    CHECK(f.settings->state(QStringLiteral("kitchen_secret"))->shown() == QStringLiteral("(set)"));
    REQUIRE_OK(f.settings->set(owner, QStringLiteral("kitchen_listen"), QStringLiteral("*:8765")));
    CHECK(f.settings->kitchenListen() == QStringLiteral("*:8765"));
    REQUIRE_OK(f.settings->set(
        owner, QStringLiteral("kitchen_feeds"), QStringLiteral(" 192.168.1.21:8765 , 192.168.1.22:8765,")));
    CHECK(f.stored("kitchen_feeds") == QStringLiteral("192.168.1.21:8765,192.168.1.22:8765"));
    CHECK(f.settings->kitchenFeeds()
        == QStringList {QStringLiteral("192.168.1.21:8765"), QStringLiteral("192.168.1.22:8765")});
    REQUIRE_OK(f.settings->set(owner, QStringLiteral("kitchen_stations"), QStringLiteral("Bar, Kitchen")));
    CHECK(f.settings->kitchenStations() == QStringList {QStringLiteral("Bar"), QStringLiteral("Kitchen")});
    CHECK(f.changes.size() == 10);
    CHECK(f.changes.first() == QStringLiteral("cashier_discount_limit_bp"));
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.set'")) == 10);
    // The audit log says a secret was set, never what it is.
    CHECK(
        test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%shared store%'")) == 0);
}

TEST_CASE("settings: values outside the allowed range are refused naming key, value and range", "[core][settings]")
{
    SettingsFixture f;
    struct Case {
        const char* key;
        QString value;
        const char* says;
    };
    const QList<Case> cases {
        {"cashier_discount_limit_bp", QStringLiteral("10001"),
            "setting cashier_discount_limit_bp: '10001' is out of range; expected 0 to 10000 basis points"},
        {"cashier_discount_limit_bp", QStringLiteral("-1"), "expected 0 to 10000 basis points"},
        {"cashier_discount_limit_bp", QStringLiteral("10%"), "'10%' is not a whole number"},
        {"loyalty_points_per_unit", QStringLiteral("1001"), "'1001' is out of range; expected 0 to 1000 points"},
        {"idle_lock_seconds", QStringLiteral("14"), "'14' is out of range; expected 0 (never) or 15 to 28800 seconds"},
        {"idle_lock_seconds", QStringLiteral("28801"), "expected 0 (never) or 15 to 28800 seconds"},
        {"idle_lock_seconds", QStringLiteral(""), "'' is not a whole number"},
        {"idle_lock_seconds", QStringLiteral("99999999999999999999"), "is not a whole number"},
        {"receipt_width", QStringLiteral("31"), "expected 32 to 64 characters"},
        {"receipt_width", QStringLiteral("65"), "expected 32 to 64 characters"},
        {"receipt_printer", QStringLiteral("lpt1"), "'lpt1' is not a receipt printer; expected escpos:HOST[:PORT]"},
        {"receipt_printer", QStringLiteral("escpos:"), "is not a printer address"},
        {"receipt_printer", QStringLiteral("pdf: "), "names nothing after 'pdf:'"},
        {"kitchen_listen", QStringLiteral("8765"), "'8765' is not an address and port"},
        {"kitchen_feeds", QStringLiteral("192.168.1.21:8765,till2"), "has 'till2', which is not a host and port"},
        {"kitchen_secret", QStringLiteral("short"),
            "setting kitchen_secret: (5 characters) is too short; expected at "
            "least 8 characters"},
        {"kitchen_secret", QStringLiteral(" padded secret"), "begins or ends with a space"},
        {"kitchen_stations", QStringLiteral("Bar,Ki\u202Etchen"),
            "setting kitchen_stations: contains the "
            "bidirectional control U+202E"},
        {"kitchen_stations", QString(201, QLatin1Char('x')), "at most 200 characters"},
        {"receipt_printer", QStringLiteral("printer:Star\x01"), "control character U+0001"},
    };
    for (const Case& c : cases) {
        const Error e = f.refusal(c.key, c.value);
        INFO(c.key << " = " << c.value.toStdString() << " -> " << e.message.toStdString());
        CHECK(e.code == Error::Code::InvalidInput);
        CHECK(e.message.contains(QString::fromUtf8(c.says)));
        CHECK(f.stored(c.key) == QStringLiteral("(none)"));
    }
    const Error unknown = f.refusal("idle_lock", QStringLiteral("60"));
    CHECK(
        unknown.message.startsWith(QStringLiteral("unknown setting 'idle_lock' (known: cashier_discount_limit_bp, ")));
    CHECK(f.refusal("terminal_uuid", QStringLiteral("x")).message.contains(QStringLiteral("unknown setting")));
    CHECK(f.changes.isEmpty());
}

TEST_CASE("settings: only the owner may change or reset them", "[core][settings][permissions]")
{
    SettingsFixture f;
    auto refused = f.settings->set(f.manager(), QStringLiteral("cashier_discount_limit_bp"), QStringLiteral("5000"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("Max")));
    CHECK(f.settings->cashierDiscountLimitBp() == 1000);
    REQUIRE_OK(f.settings->set(f.owner(), QStringLiteral("cashier_discount_limit_bp"), QStringLiteral("5000")));
    CHECK(f.settings->reset(f.manager(), QStringLiteral("cashier_discount_limit_bp")).error().code
        == Error::Code::PermissionDenied);
    CHECK(f.settings->cashierDiscountLimitBp() == 5000);
    CHECK(f.changes == QStringList {QStringLiteral("cashier_discount_limit_bp")}); // refusals announce nothing
}

TEST_CASE("settings: reset brings back the default and marks it so", "[core][settings]")
{
    SettingsFixture f;
    REQUIRE_OK(f.settings->set(f.owner(), QStringLiteral("idle_lock_seconds"), QStringLiteral("120")));
    CHECK_FALSE(f.settings->state(QStringLiteral("idle_lock_seconds"))->isDefault); // chosen, though equal
    auto reset = f.settings->reset(f.owner(), QStringLiteral("idle_lock_seconds"));
    REQUIRE_OK(reset);
    CHECK(reset->isDefault);
    CHECK(reset->value == QStringLiteral("120"));
    CHECK(f.stored("idle_lock_seconds") == QStringLiteral("(none)"));
    CHECK(f.changes == QStringList {QStringLiteral("idle_lock_seconds"), QStringLiteral("idle_lock_seconds")});
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.reset'")) == 1);
}

TEST_CASE("settings: a stored value an older Crema let through is ignored, and shown as ignored", "[core][settings]")
{
    SettingsFixture f;
    // Older cremactl checked only for a whole number.
    SqlQuery q(f.db->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?), (?, ?)"));
    q.bindAll({QStringLiteral("idle_lock_seconds"), QStringLiteral("5"), QStringLiteral("cashier_discount_limit_bp"),
        QStringLiteral("20000")});
    REQUIRE_OK(q.run(QStringLiteral("seeding old values")));
    CHECK(f.settings->idleLockSeconds() == 120);
    CHECK(f.settings->cashierDiscountLimitBp() == 1000);
    auto s = f.settings->state(QStringLiteral("cashier_discount_limit_bp"));
    REQUIRE_OK(s);
    CHECK(s->isDefault);
    CHECK(s->ignored == QStringLiteral("20000"));
}
