// Staff administration through core: who may do what, the rules that keep a till usable (unique
// PINs, an owner always there), and what every change leaves behind (audit, outbox, the hub).
#include "models/staffmodel.h"
#include "services/tillservices.h"
#include "storage/externalchanges.h"
#include "storage/unitofwork.h"
#include "testsupport.h"
#include "tillfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>

using namespace crema;

namespace {

const QString kInUse = QStringLiteral("that PIN is already in use; choose another");

struct StaffLog {
    QList<Change> changes;
    QObject context;
    explicit StaffLog(Database& db)
    {
        QObject::connect(&db.changes(), &ChangeHub::changed, &context,
            [this](const ChangeSet& set) { changes.append(set.of(Change::Kind::StaffChanged)); });
    }
    QList<Change> take() { return std::exchange(changes, {}); }
};

struct Admin : test::TillFixture {
    Admin()
        : test::TillFixture(NoShift)
    { }
    StaffMember owner() { return login("4444"); }
    StaffMember person(const char* name)
    {
        auto m = staff.find(QString::fromUtf8(name));
        REQUIRE_OK(m);
        return *m;
    }
    // The last audit row of an action, as JSON (empty when there is none).
    QJsonObject lastAudit(const char* action, qint64* actor = nullptr)
    {
        SqlQuery q(db->connection(),
            QStringLiteral("SELECT details, actor_staff_id FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"));
        q.bind(QString::fromLatin1(action));
        REQUIRE_OK(q.run(QStringLiteral("reading audit")));
        if (!q.next())
            return {};
        if (actor)
            *actor = q.value(1).toLongLong();
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }
    // The staff.saved events as HQ gets them, each PIN hash checked to be an Argon2id hash (the chain's
    // other tills log people in with it) and taken out, so the rest can be compared.
    QList<QJsonObject> saved(int* withHash = nullptr)
    {
        QList<QJsonObject> out;
        int hashes = 0;
        for (QJsonObject o : events("staff.saved")) {
            if (o.contains(QStringLiteral("pin_hash"))) {
                CHECK(o.value(QStringLiteral("pin_hash")).toString().startsWith(QLatin1String("$argon2id$")));
                o.remove(QStringLiteral("pin_hash"));
                ++hashes;
            }
            out.append(o);
        }
        if (withHash)
            *withHash = hashes;
        return out;
    }
    QList<QJsonObject> events(const char* event)
    {
        SqlQuery q(db->connection(), QStringLiteral("SELECT payload FROM sync_outbox WHERE event = ? ORDER BY seq"));
        q.bind(QString::fromLatin1(event));
        REQUIRE_OK(q.run(QStringLiteral("reading outbox")));
        QList<QJsonObject> out;
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        return out;
    }
    // What a refused call must leave untouched.
    QList<qint64> written()
    {
        return {scalar(QStringLiteral("SELECT count(*) FROM audit_log")),
            scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")),
            scalar(QStringLiteral("SELECT total(length(name) + role_id + active + length(pin_hash)) FROM staff")),
            scalar(QStringLiteral("SELECT count(*) FROM staff"))};
    }
};

QJsonObject obj(std::initializer_list<std::pair<const char*, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto& [k, v] : fields)
        o.insert(QString::fromLatin1(k), v);
    return o;
}

} // namespace

TEST_CASE("the owner adds, renames, changes the role of, deactivates and reactivates a person, each change audited "
          "with old and new values, sent to HQ and announced once",
    "[db][staff][admin]")
{
    Admin t;
    StaffLog log(*t.db);
    const StaffMember owner = t.owner();

    auto pat = t.staff.addStaff(owner, QStringLiteral("Pat Newhire"), Role::Cashier, QStringLiteral("5656"));
    REQUIRE_OK(pat);
    CHECK(log.take() == QList<Change> {Change {Change::Kind::StaffChanged, pat->id}});
    qint64 actor = 0;
    CHECK(t.lastAudit("staff.add", &actor).value(QStringLiteral("new")).toObject()
        == obj({{"name", QStringLiteral("Pat Newhire")}, {"role", QStringLiteral("cashier")}, {"active", true}}));
    CHECK(actor == owner.id);
    int hashes = 0;
    REQUIRE(t.saved(&hashes).size() == 1);
    CHECK(hashes == 1); // a new person's PIN hash goes with them
    CHECK(t.saved().last()
        == obj({{"uuid", pat->uuid}, {"name", QStringLiteral("Pat Newhire")}, {"role", QStringLiteral("cashier")},
            {"active", true}}));

    auto renamed = t.staff.rename(owner, pat->id, QStringLiteral("  Pat Newman "));
    REQUIRE_OK(renamed);
    CHECK(renamed->name == QStringLiteral("Pat Newman"));
    QJsonObject audit = t.lastAudit("staff.rename");
    CHECK(audit.value(QStringLiteral("old")).toObject() == obj({{"name", QStringLiteral("Pat Newhire")}}));
    CHECK(audit.value(QStringLiteral("new")).toObject() == obj({{"name", QStringLiteral("Pat Newman")}}));
    CHECK(audit.value(QStringLiteral("uuid")).toString() == pat->uuid);
    CHECK(t.staff.rename(owner, pat->id, QStringLiteral("Sam Cashier")).error().code == Error::Code::Conflict);

    auto promoted = t.staff.changeRole(owner, pat->id, Role::Manager);
    REQUIRE_OK(promoted);
    CHECK(promoted->role == Role::Manager);
    audit = t.lastAudit("staff.role");
    CHECK(audit.value(QStringLiteral("old")).toObject() == obj({{"role", QStringLiteral("cashier")}}));
    CHECK(audit.value(QStringLiteral("new")).toObject() == obj({{"role", QStringLiteral("manager")}}));
    CHECK(t.login("5656").role == Role::Manager);

    auto gone = t.staff.deactivate(owner, pat->id);
    REQUIRE_OK(gone);
    CHECK_FALSE(gone->active);
    audit = t.lastAudit("staff.deactivate");
    CHECK(audit.value(QStringLiteral("old")).toObject() == obj({{"active", true}}));
    CHECK(audit.value(QStringLiteral("new")).toObject() == obj({{"active", false}}));
    CHECK(t.staff.login(QStringLiteral("5656")).error().code == Error::Code::AuthenticationFailed);

    auto back = t.staff.reactivate(owner, pat->id, QStringLiteral("575757"));
    REQUIRE_OK(back);
    CHECK(back->active);
    audit = t.lastAudit("staff.reactivate");
    CHECK(audit.value(QStringLiteral("new")).toObject() == obj({{"active", true}}));
    CHECK(audit.value(QStringLiteral("pin")).toString() == QStringLiteral("changed"));
    CHECK(t.login("575757").name == QStringLiteral("Pat Newman"));
    CHECK_FALSE(t.staff.login(QStringLiteral("5656")).ok()); // the old PIN went with the reactivation
    CHECK(t.staff.reactivate(owner, pat->id, QStringLiteral("585858")).error().code == Error::Code::BusinessRule);

    CHECK(log.take().size() == 4); // rename, role, deactivate, reactivate: one each
    const QList<QJsonObject> saved = t.saved(&hashes);
    REQUIRE(saved.size() == 5);
    CHECK(hashes == 2); // added, and reactivated with a new PIN
    CHECK(saved.last()
        == obj({{"uuid", pat->uuid}, {"name", QStringLiteral("Pat Newman")}, {"role", QStringLiteral("manager")},
            {"active", true}}));

    // Nothing to change: nothing written, nothing announced.
    const auto before = t.written();
    REQUIRE_OK(t.staff.changeRole(owner, pat->id, Role::Manager));
    REQUIRE_OK(t.staff.rename(owner, pat->id, QStringLiteral("Pat Newman")));
    REQUIRE_OK(t.staff.deactivate(owner, pat->id));
    REQUIRE_OK(t.staff.deactivate(owner, pat->id)); // already inactive
    CHECK(log.take().size() == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) == before.at(0) + 1);
}

TEST_CASE("who may change staff: the owner everything, a manager only cashiers' and baristas' PINs, everyone their "
          "own PIN",
    "[db][staff][admin][permissions]")
{
    Admin t;
    const StaffMember owner = t.owner();
    const StaffMember manager = t.manager();
    const StaffMember cashier = t.cashier();
    const StaffMember barista = t.barista();
    const auto before = t.written();

    for (const StaffMember& who : {manager, cashier, barista}) {
        INFO(who.name.toStdString());
        const auto refused = [&](const Error& e) {
            CHECK(e.code == Error::Code::PermissionDenied);
            CHECK(e.message.contains(who.name));
        };
        refused(t.staff.addStaff(who, QStringLiteral("Pat"), Role::Cashier, QStringLiteral("5656")).error());
        refused(t.staff.changeRole(who, cashier.id, Role::Barista).error());
        refused(t.staff.rename(who, cashier.id, QStringLiteral("Sammy")).error());
        refused(t.staff.deactivate(who, barista.id).error());
        refused(t.staff.reactivate(who, barista.id, QStringLiteral("5656")).error());
        refused(t.staff.resetPin(who, owner.id, QStringLiteral("5656")).error());
        refused(t.staff.resetPin(who, manager.id, QStringLiteral("5656")).error());
    }
    // A manager may not reset a manager's or the owner's PIN, and the refusal names both.
    for (const StaffMember& target : {manager, owner}) {
        const Error e = t.staff.resetPin(manager, target.id, QStringLiteral("5656")).error();
        CHECK(e.code == Error::Code::PermissionDenied);
        CHECK(e.message.contains(
            QStringLiteral("Morgan Manager (manager) may not reset the PIN of %1").arg(target.name)));
    }
    for (const StaffMember& who : {cashier, barista}) {
        for (const StaffMember& target : {cashier, barista}) {
            const Error e = t.staff.resetPin(who, target.id, QStringLiteral("5656")).error();
            CHECK(e.code == Error::Code::PermissionDenied);
            CHECK(e.message.contains(who.name));
        }
    }
    CHECK(t.written() == before);

    // A manager resets a cashier's and a barista's PIN.
    REQUIRE_OK(t.staff.resetPin(manager, cashier.id, QStringLiteral("6161")));
    REQUIRE_OK(t.staff.resetPin(manager, barista.id, QStringLiteral("6262")));
    qint64 actor = 0;
    CHECK(t.lastAudit("staff.pin_reset", &actor).value(QStringLiteral("staff")).toString() == barista.name);
    CHECK(actor == manager.id);
    CHECK(t.login("6161").id == cashier.id);
    CHECK(t.login("6262").id == barista.id);
    // The owner resets anyone's, their own too.
    REQUIRE_OK(t.staff.resetPin(owner, manager.id, QStringLiteral("6363")));
    REQUIRE_OK(t.staff.resetPin(owner, owner.id, QStringLiteral("6464")));
    CHECK(t.login("6363").id == manager.id);
    CHECK(t.login("6464").id == owner.id);
    // Everyone changes their own.
    REQUIRE_OK(t.staff.changeOwnPin(cashier, QStringLiteral("6161"), QStringLiteral("7171")));
    REQUIRE_OK(t.staff.changeOwnPin(barista, QStringLiteral("6262"), QStringLiteral("7272")));
    REQUIRE_OK(t.staff.changeOwnPin(manager, QStringLiteral("6363"), QStringLiteral("7373")));
    REQUIRE_OK(t.staff.changeOwnPin(owner, QStringLiteral("6464"), QStringLiteral("7474")));
    for (const char* pin : {"7171", "7272", "7373", "7474"})
        CHECK(t.staff.login(QString::fromLatin1(pin)).ok());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'staff.pin_change'")) == 4);
    int hashes = 0;
    t.saved(&hashes);
    CHECK(hashes == 8); // every PIN change
}

TEST_CASE("a PIN another active person has is refused without saying whose, a past employee's PIN is free",
    "[db][staff][admin][pin]")
{
    Admin t;
    const StaffMember owner = t.owner();
    const StaffMember manager = t.manager();
    const StaffMember barista = t.barista();
    const auto before = t.written();
    const QStringList names {QStringLiteral("Sam"), QStringLiteral("Cashier"), QStringLiteral("Olive"),
        QStringLiteral("Morgan"), QStringLiteral("Alex")};
    const auto inUse = [&](const Result<StaffMember>& r) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::Conflict);
        CHECK(r.error().message == kInUse);
        for (const QString& n : names)
            CHECK_FALSE(r.error().message.contains(n));
    };
    inUse(t.staff.addStaff(owner, QStringLiteral("Pat"), Role::Cashier, QStringLiteral("1111")));
    inUse(t.staff.addStaff(owner, QStringLiteral("Pat"), Role::Cashier, QStringLiteral("4444"))); // the owner's own
    inUse(t.staff.resetPin(manager, barista.id, QStringLiteral("1111")));
    inUse(t.staff.resetPin(owner, barista.id, QStringLiteral("3333")));
    inUse(t.staff.changeOwnPin(barista, QStringLiteral("2222"), QStringLiteral("1111")));
    CHECK(t.written() == before);
    REQUIRE_OK(t.staff.resetPin(owner, barista.id, QStringLiteral("2222"))); // one's own PIN is no clash

    // Inactive people's PINs are never compared: the same answer whether a past employee had it or not.
    const StaffMember sam = t.cashier();
    REQUIRE_OK(t.staff.deactivate(owner, sam.id));
    auto pat = t.staff.addStaff(owner, QStringLiteral("Pat"), Role::Cashier, QStringLiteral("1111"));
    REQUIRE_OK(pat);
    CHECK(t.login("1111").id == pat->id);
    // So Sam comes back only with a PIN nobody active has.
    inUse(t.staff.reactivate(owner, sam.id, QStringLiteral("1111")));
    REQUIRE_OK(t.staff.reactivate(owner, sam.id, QStringLiteral("1212")));
    CHECK(t.login("1212").id == sam.id);
    CHECK(t.login("1111").id == pat->id);
    // Bad PINs are input errors, naming the rule.
    CHECK(t.staff.resetPin(owner, sam.id, QStringLiteral("12a4")).error().message
        == QStringLiteral("a PIN has digits only"));
    CHECK(t.staff.resetPin(owner, sam.id, QStringLiteral("123")).error().code == Error::Code::InvalidInput);
    CHECK(t.staff.addStaff(owner, QStringLiteral("Kim"), Role::Cashier, QStringLiteral("123456789")).error().message
        == QStringLiteral("a PIN has 4 to 8 digits"));
}

TEST_CASE("the last active owner can be neither demoted nor deactivated, with a second owner either can",
    "[db][staff][admin][owner]")
{
    Admin t;
    StaffLog log(*t.db);
    const StaffMember olive = t.owner();
    const auto before = t.written();
    for (Role r : {Role::Manager, Role::Cashier, Role::Barista}) {
        const Error e = t.staff.changeRole(olive, olive.id, r).error();
        CHECK(e.code == Error::Code::BusinessRule);
        CHECK(e.message
            == QStringLiteral("Olive Owner is the last active owner and cannot be made a %1; make someone else an "
                              "owner first")
                   .arg(roleCode(r)));
    }
    const Error e = t.staff.deactivate(olive, olive.id).error();
    CHECK(e.code == Error::Code::BusinessRule);
    CHECK(e.message.contains(QStringLiteral("last active owner and cannot be deactivated")));
    CHECK(t.written() == before);
    CHECK(log.take().isEmpty());

    // An inactive owner does not count.
    auto ona = t.staff.addStaff(olive, QStringLiteral("Ona Second"), Role::Owner, QStringLiteral("4545"));
    REQUIRE_OK(ona);
    REQUIRE_OK(t.staff.deactivate(olive, ona->id));
    CHECK(t.staff.changeRole(olive, olive.id, Role::Manager).error().code == Error::Code::BusinessRule);
    REQUIRE_OK(t.staff.reactivate(olive, ona->id, QStringLiteral("4646")));

    // Two owners: one may step down, and then the other is the last.
    auto demoted = t.staff.changeRole(*ona, olive.id, Role::Manager);
    REQUIRE_OK(demoted);
    CHECK(demoted->role == Role::Manager);
    CHECK(t.staff.deactivate(*ona, ona->id).error().code == Error::Code::BusinessRule);
    // Olive's login from before (another till's view) is a manager's now: she may no longer manage staff.
    const Error stale = t.staff.changeRole(olive, ona->id, Role::Manager).error();
    CHECK(stale.code == Error::Code::PermissionDenied);
    CHECK(stale.message.contains(QStringLiteral("Olive Owner (manager)")));
    REQUIRE_OK(t.staff.changeRole(*ona, olive.id, Role::Owner));
    REQUIRE_OK(t.staff.deactivate(olive, ona->id));
    CHECK(
        t.scalar(QStringLiteral(
            "SELECT count(*) FROM staff AS s JOIN roles AS r ON r.id = s.role_id WHERE r.code = 'owner' AND s.active"))
        == 1);
}

TEST_CASE(
    "changing one's own PIN needs the current one, and wrong ones count as at a named login", "[db][staff][admin][pin]")
{
    Admin t;
    const StaffMember sam = t.cashier();
    const auto before = t.written();
    for (int i = 1; i < StaffService::kMaxFailures; ++i) {
        const Error e = t.staff.changeOwnPin(sam, QStringLiteral("0000"), QStringLiteral("5656")).error();
        CHECK(e.code == Error::Code::AuthenticationFailed);
        CHECK(t.scalar(QStringLiteral("SELECT failures FROM login_attempts WHERE login_key = ?"),
                  {StaffService::staffLoginKey(sam)})
            == i);
    }
    const Error locked = t.staff.changeOwnPin(sam, QStringLiteral("0000"), QStringLiteral("5656")).error();
    CHECK(locked.code == Error::Code::LockedOut);
    CHECK(locked.message.contains(QStringLiteral("Sam Cashier's login is locked")));
    // Locked: even the right PIN is refused, and so is the PIN pad for Sam.
    CHECK(t.staff.changeOwnPin(sam, QStringLiteral("1111"), QStringLiteral("5656")).error().code
        == Error::Code::LockedOut);
    CHECK(t.staff.login(QStringLiteral("1111")).error().code == Error::Code::LockedOut);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE pin_hash IS NULL")) == 0);
    CHECK(t.written().mid(1) == before.mid(1)); // no staff row changed, nothing for HQ
    t.clock.advanceSecs(StaffService::kLockoutSeconds + 1);
    auto changed = t.staff.changeOwnPin(sam, QStringLiteral("1111"), QStringLiteral("5656"));
    REQUIRE_OK(changed);
    CHECK(t.login("5656").id == sam.id);
    CHECK_FALSE(t.staff.login(QStringLiteral("1111")).ok());
    qint64 actor = 0;
    const QJsonObject audit = t.lastAudit("staff.pin_change", &actor);
    CHECK(actor == sam.id);
    CHECK(audit.value(QStringLiteral("pin")).toString() == QStringLiteral("changed"));
    CHECK_FALSE(audit.contains(QStringLiteral("new")));
}

TEST_CASE("resetting a PIN lifts that person's lock at once", "[db][staff][admin][pin]")
{
    Admin t;
    const StaffMember sam = t.cashier();
    for (int i = 0; i < StaffService::kMaxFailures; ++i)
        (void)t.staff.loginAs(sam.name, QStringLiteral("0000"));
    CHECK(t.staff.loginAs(sam.name, QStringLiteral("1111")).error().code == Error::Code::LockedOut);
    REQUIRE_OK(t.staff.resetPin(t.manager(), sam.id, QStringLiteral("8181")));
    CHECK(t.staff.loginAs(sam.name, QStringLiteral("8181")).ok());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM login_attempts WHERE login_key = ?"),
              {StaffService::staffLoginKey(sam)})
        == 0);
    // An inactive person's PIN is not reset: reactivating gives them one.
    REQUIRE_OK(t.staff.deactivate(t.owner(), sam.id));
    CHECK(t.staff.resetPin(t.owner(), sam.id, QStringLiteral("8282")).error().code == Error::Code::BusinessRule);
}

TEST_CASE("a deactivated person cannot log in and keeps their history", "[db][staff][admin]")
{
    test::TillFixture t; // the cashier's shift is open
    const StaffMember sam = t.cashier();
    auto sale = t.sell(sam, t.cart({"Latte"}));
    REQUIRE_OK(sale);
    const StaffMember owner = t.login("4444");
    const qint64 people = t.scalar(QStringLiteral("SELECT count(*) FROM staff"));
    REQUIRE_OK(t.staff.deactivate(owner, sam.id));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM staff")) == people); // never deleted
    CHECK(t.staff.login(QStringLiteral("1111")).error().code == Error::Code::AuthenticationFailed);
    CHECK(t.staff.loginAs(sam.name, QStringLiteral("1111")).error().code == Error::Code::NotFound);
    CHECK(t.staff.changeOwnPin(sam, QStringLiteral("1111"), QStringLiteral("5656")).error().code
        == Error::Code::PermissionDenied);
    // Acting with a login from before the deactivation is refused too.
    CHECK(t.staff.resetPin(sam, sam.id, QStringLiteral("5656")).error().code == Error::Code::PermissionDenied);
    const QList<StaffMember> active = t.staff.list().value();
    CHECK(std::none_of(active.cbegin(), active.cend(), [&](const StaffMember& m) { return m.id == sam.id; }));
    const QList<StaffMember> all = t.staff.list(false).value();
    CHECK(std::any_of(all.cbegin(), all.cend(), [&](const StaffMember& m) { return m.id == sam.id && !m.active; }));
    // The order still names who sold it.
    auto seller = queryScalar(t.db->connection(),
        QStringLiteral("SELECT s.name FROM orders AS o JOIN staff AS s ON s.id = o.staff_id WHERE o.receipt_no = ?"),
        {sale->receiptNo}, QStringLiteral("test"));
    REQUIRE_OK(seller);
    CHECK(seller->toString() == QStringLiteral("Sam Cashier"));
    CHECK(t.staff.find(QStringLiteral("Sam Cashier")).value().active == false);
    CHECK(t.staff.find(QStringLiteral("Nobody")).error().code == Error::Code::NotFound);
}

TEST_CASE("no PIN reaches the outbox or the audit log, and no hash the audit log", "[db][staff][admin][pin]")
{
    Admin t;
    const StaffMember owner = t.owner();
    auto pat = t.staff.addStaff(owner, QStringLiteral("Pat"), Role::Barista, QStringLiteral("90909090"));
    REQUIRE_OK(pat);
    REQUIRE_OK(t.staff.resetPin(t.manager(), pat->id, QStringLiteral("91919191")));
    REQUIRE_OK(t.staff.changeOwnPin(*pat, QStringLiteral("91919191"), QStringLiteral("92929292")));
    REQUIRE_OK(t.staff.deactivate(owner, pat->id));
    REQUIRE_OK(t.staff.reactivate(owner, pat->id, QStringLiteral("93939393")));
    REQUIRE_OK(t.staff.changeRole(owner, pat->id, Role::Manager));
    // Added, reset, changed, deactivated, reactivated, promoted: one staff.saved each.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'staff'")) == 6);
    for (const char* table : {"sync_outbox", "audit_log"}) {
        SqlQuery q(t.db->connection(),
            QStringLiteral("SELECT %1 FROM %2")
                .arg(QLatin1String(qstrcmp(table, "audit_log") == 0 ? "details" : "payload"), QLatin1String(table)));
        REQUIRE_OK(q.run(QStringLiteral("reading")));
        int rows = 0;
        while (q.next()) {
            const QString text = q.value(0).toString();
            INFO(table << ": " << text.toStdString());
            ++rows;
            for (const char* secret : {"90909090", "91919191", "92929292", "93939393"})
                CHECK_FALSE(text.contains(QLatin1String(secret), Qt::CaseInsensitive));
            if (qstrcmp(table, "audit_log") == 0) {
                CHECK_FALSE(text.contains(QLatin1String("argon"), Qt::CaseInsensitive));
                CHECK_FALSE(text.contains(QLatin1String("pin_hash")));
            }
        }
        CHECK(rows > 0);
    }
}

TEST_CASE("the staff model lists everyone and follows changes, other programs' too", "[db][staff][admin][model]")
{
    Admin t;
    StaffModel model(t.staff, t.db->changes());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.headerData(StaffModel::RoleColumn, Qt::Horizontal).toString() == QStringLiteral("Role"));
    const StaffMember owner = t.owner();
    auto pat = t.staff.addStaff(owner, QStringLiteral("Pat"), Role::Barista, QStringLiteral("5656"));
    REQUIRE_OK(pat);
    REQUIRE(model.rowCount() == 5);
    const int row = model.rowOf(pat->id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, StaffModel::Name).data().toString() == QStringLiteral("Pat"));
    CHECK(model.index(row, StaffModel::RoleColumn).data().toString() == QStringLiteral("Barista"));
    CHECK(model.index(row, StaffModel::Active).data().toString() == QStringLiteral("Active"));
    CHECK(model.index(row, 0).data(StaffModel::RoleRole).toInt() == static_cast<int>(Role::Barista));
    CHECK(model.index(row, 0).data(StaffModel::UuidRole).toString() == pat->uuid);

    // Another program on the same file deactivates Pat; the watcher announces it as "external".
    REQUIRE_FALSE(t.services->external->poll()); // the baseline: what this process has read
    auto other = TillServices::open(t.db->path());
    REQUIRE_OK(other);
    REQUIRE_OK((*other)->staff->deactivate(owner, pat->id));
    CHECK(model.index(model.rowOf(pat->id), StaffModel::Active).data().toString() == QStringLiteral("Active"));
    REQUIRE(t.services->external->poll());
    CHECK(model.index(model.rowOf(pat->id), StaffModel::Active).data().toString() == QStringLiteral("Inactive"));
    CHECK_FALSE(model.index(model.rowOf(pat->id), 0).data(StaffModel::ActiveRole).toBool());
}
