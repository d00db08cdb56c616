#include "common/clock.h"
#include "staff/pinhasher.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "store/setupservice.h"
#include "store/site.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace crema;

namespace {

struct StaffFixture {
    test::TempDir dir;
    std::shared_ptr<Database> db = test::freshDatabase(dir);
    ManualClock clock {QDateTime(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC)};
    Site site;
    std::unique_ptr<StaffService> staff;

    StaffFixture()
    {
        StoreSetup setup;
        setup.storeName = QStringLiteral("Test Café");
        REQUIRE_OK(Setup::initialise(*db, clock, setup,
            {{QStringLiteral("Cass"), Role::Cashier, QStringLiteral("1111")},
                {QStringLiteral("Bea"), Role::Barista, QStringLiteral("2222")},
                {QStringLiteral("Max"), Role::Manager, QStringLiteral("3333")},
                {QStringLiteral("Ona"), Role::Owner, QStringLiteral("44445555")}}));
        auto s = loadSite(db->connection());
        REQUIRE_OK(s);
        site = *s;
        staff = std::make_unique<StaffService>(*db, clock, site.terminalId, site.terminalUuid);
    }
    StaffMember member(const QString& pin)
    {
        auto m = staff->login(pin);
        REQUIRE_OK(m);
        return *m;
    }
};

} // namespace

TEST_CASE("PINs are 4 to 8 digits and stored only as Argon2id hashes", "[core][staff]")
{
    CHECK(PinHasher::validate(QStringLiteral("1234")).ok());
    CHECK(PinHasher::validate(QStringLiteral("12345678")).ok());
    CHECK_FALSE(PinHasher::validate(QStringLiteral("123")).ok());
    CHECK_FALSE(PinHasher::validate(QStringLiteral("123456789")).ok());
    CHECK_FALSE(PinHasher::validate(QStringLiteral("12a4")).ok());
    auto hash = PinHasher::hash(QStringLiteral("2468"));
    REQUIRE_OK(hash);
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QStringLiteral("2468")));
    CHECK(PinHasher::verify(*hash, QStringLiteral("2468")));
    CHECK_FALSE(PinHasher::verify(*hash, QStringLiteral("2469")));
    CHECK(PinHasher::hash(QStringLiteral("2468")).value() != *hash); // salted
}

TEST_CASE("a PIN identifies the person and their role", "[core][staff]")
{
    StaffFixture f;
    CHECK(f.member(QStringLiteral("1111")).role == Role::Cashier);
    CHECK(f.member(QStringLiteral("3333")).name == QStringLiteral("Max"));
    CHECK(f.member(QStringLiteral("44445555")).role == Role::Owner);
    auto wrong = f.staff->login(QStringLiteral("9999"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == Error::Code::AuthenticationFailed);
    auto named = f.staff->loginAs(QStringLiteral("Bea"), QStringLiteral("2222"));
    REQUIRE_OK(named);
    CHECK(named->role == Role::Barista);
    CHECK_FALSE(f.staff->loginAs(QStringLiteral("Bea"), QStringLiteral("1111")).ok()); // Cass's PIN is not Bea's
    CHECK(f.staff->loginAs(QStringLiteral("Nobody"), QStringLiteral("1111")).error().code == Error::Code::NotFound);
}

TEST_CASE("five wrong PINs in a row lock a named login for five minutes, and only that person", "[core][staff]")
{
    StaffFixture f;
    for (int i = 0; i < 4; ++i)
        CHECK(f.staff->loginAs(QStringLiteral("Cass"), QStringLiteral("0000")).error().code
            == Error::Code::AuthenticationFailed);
    // A right PIN before the fifth failure resets the count.
    REQUIRE_OK(f.staff->loginAs(QStringLiteral("Cass"), QStringLiteral("1111")));
    for (int i = 0; i < 4; ++i)
        CHECK(f.staff->loginAs(QStringLiteral("Cass"), QStringLiteral("0000")).error().code
            == Error::Code::AuthenticationFailed);
    // The fifth says at once that the login is now locked, and for how long.
    auto fifth = f.staff->loginAs(QStringLiteral("Cass"), QStringLiteral("0000"));
    CHECK(fifth.error().code == Error::Code::LockedOut);
    CHECK(fifth.error().message
        == QStringLiteral("wrong PIN; Cass's login is locked for 5 min after 5 wrong PINs in a row"));

    auto locked = f.staff->loginAs(QStringLiteral("Cass"), QStringLiteral("1111"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == Error::Code::LockedOut);
    CHECK(locked.error().message.contains(QStringLiteral("try again in 5 min")));
    // Switching to a PIN-only login does not get round it; other people are unaffected.
    CHECK(f.staff->login(QStringLiteral("1111")).error().code == Error::Code::LockedOut);
    CHECK(f.staff->login(QStringLiteral("2222")).ok());
    CHECK(f.staff->loginAs(QStringLiteral("Bea"), QStringLiteral("2222")).ok());

    f.clock.advanceSecs(4 * 60 + 59);
    CHECK(f.staff->loginAs(QStringLiteral("Cass"), QStringLiteral("1111"))
              .error()
              .message.contains(QStringLiteral("try again in 1 s")));
    f.clock.advanceSecs(2);
    REQUIRE_OK(f.staff->loginAs(QStringLiteral("Cass"), QStringLiteral("1111")));
}

TEST_CASE("wrong PINs at the pad slow the next try by growing waits, capped, and lock nobody out", "[core][staff]")
{
    StaffFixture f;
    // Three mistakes in a row cost nothing.
    for (int i = 0; i < StaffService::kFreePadFailures; ++i) {
        auto wrong = f.staff->login(QStringLiteral("8888"));
        CHECK(wrong.error().code == Error::Code::AuthenticationFailed);
        CHECK(wrong.error().message == QStringLiteral("wrong PIN"));
    }
    // Then each wrong PIN makes the pad wait before the next try: 5, 10, 20, 40, then 60 s at most.
    for (int wait : {5, 10, 20, 40, 60, 60, 60}) {
        auto wrong = f.staff->login(QStringLiteral("8888"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == Error::Code::LockedOut);
        INFO(wrong.error().message.toStdString());
        CHECK(wrong.error().message.startsWith(QStringLiteral("wrong PIN; wait %1 s before the next try").arg(wait)));
        // During the wait even a right PIN is not tried (or guessing would go on at full speed).
        f.clock.advanceSecs(wait - 1);
        auto early = f.staff->login(QStringLiteral("3333"));
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().code == Error::Code::LockedOut);
        CHECK(early.error().message.contains(QStringLiteral("try again in 1 s")));
        f.clock.advanceSecs(1);
    }
    auto until = f.staff->lockedUntil(f.staff->padLoginKey());
    REQUIRE_OK(until);
    CHECK_FALSE(until->isValid()); // the last wait is over
    // Nobody was locked out for minutes: after at most a minute, a right PIN gets in and ends the waits.
    REQUIRE_OK(f.staff->login(QStringLiteral("3333")));
    for (int i = 0; i < StaffService::kFreePadFailures; ++i)
        CHECK(f.staff->login(QStringLiteral("8888")).error().code == Error::Code::AuthenticationFailed);
}

TEST_CASE("a wrong manager PIN for an override counts at the pad like a wrong login", "[core][staff]")
{
    StaffFixture f;
    const StaffMember cashier = f.member(QStringLiteral("1111"));
    for (int i = 0; i < StaffService::kFreePadFailures; ++i)
        CHECK(f.staff->verifyOverride(cashier, Permission::Refund, QStringLiteral("9999")).error().code
            == Error::Code::AuthenticationFailed);
    auto slowed = f.staff->verifyOverride(cashier, Permission::Refund, QStringLiteral("9999"));
    CHECK(slowed.error().code == Error::Code::LockedOut);
    CHECK(f.staff->verifyOverride(cashier, Permission::Refund, QStringLiteral("3333")).error().code
        == Error::Code::LockedOut);
    f.clock.advanceSecs(5);
    REQUIRE_OK(f.staff->verifyOverride(cashier, Permission::Refund, QStringLiteral("3333")));
}

TEST_CASE("the owner can lift a lock at once", "[core][staff]")
{
    StaffFixture f;
    for (int i = 0; i < StaffService::kMaxFailures; ++i)
        (void)f.staff->loginAs(QStringLiteral("Cass"), QStringLiteral("0000"));
    for (int i = 0; i < StaffService::kFreePadFailures + 1; ++i)
        (void)f.staff->login(QStringLiteral("8888"));
    CHECK(f.staff->login(QStringLiteral("3333")).error().code == Error::Code::LockedOut);
    f.clock.advanceSecs(5); // the pad's wait is over; Cass's lock is not
    const StaffMember owner = f.member(QStringLiteral("44445555"));
    const StaffMember manager = f.member(QStringLiteral("3333"));
    const QList<StaffMember> everyone = f.staff->list().value();
    const auto cass = *std::find_if(
        everyone.cbegin(), everyone.cend(), [](const StaffMember& m) { return m.name == QStringLiteral("Cass"); });
    const QString cassKey = StaffService::staffLoginKey(cass);
    CHECK(f.staff->clearLock(manager, cassKey).error().code == Error::Code::PermissionDenied);
    CHECK(f.staff->login(QStringLiteral("1111")).error().code == Error::Code::LockedOut);
    REQUIRE_OK(f.staff->clearLock(owner, cassKey));
    REQUIRE_OK(f.staff->login(QStringLiteral("1111")));
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login.unlock'")) == 1);
}

TEST_CASE("the permission matrix", "[core][staff][permissions]")
{
    // Rows users rely on; every other cell is checked against the rule it follows.
    CHECK(roleHas(Role::Cashier, Permission::UsePos));
    CHECK_FALSE(roleHas(Role::Cashier, Permission::UseKitchen));
    CHECK_FALSE(roleHas(Role::Cashier, Permission::UseBackOffice));
    CHECK_FALSE(roleHas(Role::Cashier, Permission::Refund));
    CHECK_FALSE(roleHas(Role::Cashier, Permission::DiscountOverLimit));
    CHECK(roleHas(Role::Barista, Permission::UseKitchen));
    CHECK(roleHas(Role::Barista, Permission::UsePos));
    CHECK(roleHas(Role::Barista, Permission::RecordWaste));
    CHECK_FALSE(roleHas(Role::Barista, Permission::UseBackOffice));
    CHECK(roleHas(Role::Manager, Permission::Refund));
    CHECK(roleHas(Role::Manager, Permission::UseBackOffice));
    CHECK_FALSE(roleHas(Role::Manager, Permission::ManageStaff));
    for (Permission p : kAllPermissions) {
        CHECK(roleHas(Role::Owner, p));
        // Each role can do everything the role below it can (cashier < manager < owner).
        if (roleHas(Role::Cashier, p))
            CHECK(roleHas(Role::Manager, p));
        if (roleHas(Role::Barista, p))
            CHECK(roleHas(Role::Manager, p));
    }
    for (Role r : kAllRoles)
        CHECK(parseRole(roleCode(r)).value() == r);
    CHECK_FALSE(parseRole(QStringLiteral("admin")).ok());
}

TEST_CASE("services enforce permissions, not only the screens", "[core][staff][permissions]")
{
    StaffFixture f;
    const StaffMember cashier = f.member(QStringLiteral("1111"));
    const StaffMember owner = f.member(QStringLiteral("44445555"));
    auto refused = f.staff->addStaff(cashier, QStringLiteral("Newbie"), Role::Cashier, QStringLiteral("5678"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("Cass")));
    CHECK(StaffService::require(cashier, Permission::Refund).error().code == Error::Code::PermissionDenied);

    REQUIRE_OK(f.staff->addStaff(owner, QStringLiteral("Newbie"), Role::Cashier, QStringLiteral("5678")));
    CHECK(f.member(QStringLiteral("5678")).name == QStringLiteral("Newbie"));
    auto clash = f.staff->addStaff(owner, QStringLiteral("Other"), Role::Cashier, QStringLiteral("1111"));
    CHECK(clash.error().code == Error::Code::Conflict); // PINs must identify one person
    auto list = f.staff->list();
    REQUIRE_OK(list);
    CHECK(list->size() == 5);
}

TEST_CASE("a manager override is authorised by a manager's PIN and audited", "[core][staff][audit]")
{
    StaffFixture f;
    const StaffMember cashier = f.member(QStringLiteral("1111"));
    const QJsonObject details {{QStringLiteral("receipt"), 42}};

    auto byBarista = f.staff->authoriseOverride(
        cashier, Permission::Refund, QStringLiteral("2222"), QStringLiteral("order.refund"), details);
    REQUIRE_FALSE(byBarista.ok());
    CHECK(byBarista.error().code == Error::Code::PermissionDenied);
    CHECK(
        f.staff->authoriseOverride(cashier, Permission::Refund, QStringLiteral("0000"), QStringLiteral("order.refund"))
            .error()
            .code
        == Error::Code::AuthenticationFailed);

    auto manager = f.staff->authoriseOverride(
        cashier, Permission::Refund, QStringLiteral("3333"), QStringLiteral("order.refund"), details);
    REQUIRE_OK(manager);
    CHECK(manager->name == QStringLiteral("Max"));

    SqlQuery q(f.db->connection(),
        QStringLiteral("SELECT a.action, actor.name, auth.name, a.details, a.created_at FROM audit_log AS a "
                       "JOIN staff AS actor ON actor.id = a.actor_staff_id JOIN staff AS auth ON auth.id = "
                       "a.authorised_staff_id"));
    REQUIRE_OK(q.run(QStringLiteral("reading audit")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("order.refund"));
    CHECK(q.value(1).toString() == QStringLiteral("Cass")); // for whom
    CHECK(q.value(2).toString() == QStringLiteral("Max")); // who authorised
    const QJsonObject stored = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    CHECK(stored.value(QStringLiteral("receipt")).toInt() == 42);
    CHECK(q.value(4).toString() == toDbTime(f.clock.nowUtc())); // when
    CHECK_FALSE(q.next()); // refused overrides leave no authorisation behind
}

TEST_CASE("staff, store and till names are bounded and clean", "[core][staff][text]")
{
    StaffFixture f;
    const StaffMember owner = f.member(QStringLiteral("44445555"));
    auto bidi = f.staff->addStaff(owner, QStringLiteral("Sam\u2066 Owner"), Role::Cashier, QStringLiteral("5678"));
    REQUIRE_FALSE(bidi.ok());
    CHECK(bidi.error().code == Error::Code::InvalidInput);
    CHECK(bidi.error().message.startsWith(QStringLiteral("staff name: contains the bidirectional control U+2066")));
    auto longName = f.staff->addStaff(owner, QString(201, QLatin1Char('s')), Role::Cashier, QStringLiteral("5678"));
    REQUIRE_FALSE(longName.ok());
    CHECK(longName.error().message == QStringLiteral("staff name: at most 200 characters, got 201"));

    const QList<InitialStaff> ona {{QStringLiteral("Ona"), Role::Owner, QStringLiteral("4321")}};
    StoreSetup setup;
    setup.storeName = QStringLiteral("Bean\nThere");
    CHECK(Setup::validate(setup, ona).error().message
        == QStringLiteral("store name: contains the control character U+000A at character 5"));
    setup.storeName = QStringLiteral("Bean There");
    setup.terminalName = QString(201, QLatin1Char('t'));
    CHECK(Setup::validate(setup, ona).error().message == QStringLiteral("till name: at most 40 characters, got 201"));
    setup.terminalName = QStringLiteral("Till 1");
    CHECK(Setup::validate(setup, {{QStringLiteral("O\u202Ena"), Role::Owner, QStringLiteral("4321")}})
              .error()
              .message.startsWith(QStringLiteral("staff name: contains the bidirectional control U+202E")));
    CHECK(Setup::validate(setup, ona).ok());
}
