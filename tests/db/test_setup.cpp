#include "common/clock.h"
#include "common/money.h"
#include "services/tillservices.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/setupservice.h"
#include "store/site.h"
#include "store/storeeditor.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace crema;

namespace {

StoreSetup beanThere()
{
    StoreSetup s;
    s.storeName = QStringLiteral("Bean There");
    s.address = QStringLiteral("1 Rue du Café\n75001 Paris");
    s.currency = QStringLiteral("EUR");
    s.timeZone = QStringLiteral("Europe/Paris");
    s.locale = QStringLiteral("fr_FR");
    s.language = QStringLiteral("fr");
    s.terminalName = QStringLiteral("Comptoir");
    return s;
}

const QList<InitialStaff> kOwner {{QStringLiteral("Ona"), Role::Owner, QStringLiteral("4321")}};

// The message of the first problem with this field, or empty.
QString problemWith(const StoreSetup& s, SetupField field, const QList<InitialStaff>& staff = kOwner)
{
    for (const SetupProblem& p : Setup::problems(s, staff)) {
        if (p.field == field)
            return p.message;
    }
    return {};
}

} // namespace

TEST_CASE("currencies: known ones have their digits, unknown ones are refused instead of guessed", "[db][setup]")
{
    CHECK(*knownCurrencyMinorDigits(QStringLiteral("JPY")) == 0);
    CHECK(*knownCurrencyMinorDigits(QStringLiteral("GBP")) == 2);
    CHECK(*knownCurrencyMinorDigits(QStringLiteral("KZT")) == 2);
    CHECK(*knownCurrencyMinorDigits(QStringLiteral("KWD")) == 3);
    const auto unknown = knownCurrencyMinorDigits(QStringLiteral("XYZ"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("unknown currency 'XYZ'")));
    bool sorted = true;
    for (qsizetype i = 1; i < knownCurrencies().size(); ++i)
        sorted = sorted && knownCurrencies()[i - 1].code < knownCurrencies()[i].code;
    CHECK(sorted);
    for (const char* code : {"GBP", "EUR", "USD", "TRY", "KZT", "RUB", "JPY", "CHF"})
        CHECK(knownCurrencyMinorDigits(QString::fromLatin1(code)).ok());
}

TEST_CASE("setup: every field is checked and each problem names its field and the form expected", "[db][setup]")
{
    const StoreSetup good = beanThere();
    CHECK(Setup::problems(good, kOwner).isEmpty());

    StoreSetup s = good;
    s.storeName = QString(81, QLatin1Char('a'));
    CHECK(problemWith(s, SetupField::StoreName).contains(QStringLiteral("store name: at most 80")));
    s.storeName = QStringLiteral("   ");
    CHECK(problemWith(s, SetupField::StoreName).startsWith(QStringLiteral("store name")));

    s = good;
    s.address = QStringLiteral("1\n2\n3\n4\n5\n6");
    CHECK(problemWith(s, SetupField::Address).contains(QStringLiteral("at most 5 lines")));
    s.address = QString(81, QLatin1Char('x'));
    CHECK(problemWith(s, SetupField::Address).contains(QStringLiteral("address line 1")));

    s = good;
    s.currency = QStringLiteral("XYZ");
    CHECK(problemWith(s, SetupField::Currency).contains(QStringLiteral("unknown currency 'XYZ'")));

    s = good;
    s.timeZone = QStringLiteral("Mars/Olympus");
    CHECK(problemWith(s, SetupField::TimeZone).contains(QStringLiteral("time zone 'Mars/Olympus'")));

    s = good;
    for (const char* bad : {"fr", "xx_YY", "C", "french"}) {
        s.locale = QString::fromLatin1(bad);
        INFO(bad);
        CHECK(problemWith(s, SetupField::Locale).contains(QStringLiteral("expected a locale name")));
    }
    for (const char* fine : {"en_GB", "fr_FR", "tr_TR", "ru_RU", "kk_KZ", "ja_JP"}) {
        s.locale = QString::fromLatin1(fine);
        INFO(fine);
        CHECK(problemWith(s, SetupField::Locale).isEmpty());
    }

    s = good;
    s.language = QStringLiteral("de");
    CHECK(problemWith(s, SetupField::Language) == QStringLiteral("language 'de': expected one of en, fr, tr, ru, kk"));

    s = good;
    s.terminalName = QString(41, QLatin1Char('t'));
    CHECK(problemWith(s, SetupField::TillName).contains(QStringLiteral("till name: at most 40")));

    CHECK(problemWith(good, SetupField::StaffPin, {{QStringLiteral("Ona"), Role::Owner, QStringLiteral("12")}})
              .startsWith(QStringLiteral("PIN of Ona")));
    CHECK(problemWith(good, SetupField::StaffPin, {{QStringLiteral("Ona"), Role::Owner, QStringLiteral("123456789")}})
              .startsWith(QStringLiteral("PIN of Ona")));
    CHECK(problemWith(good, SetupField::StaffName, {{QString(), Role::Owner, QStringLiteral("1234")}})
              .startsWith(QStringLiteral("staff name")));

    // All of them at once, in the order of the form, so a screen can mark every field.
    StoreSetup worst;
    worst.storeName.clear();
    worst.currency = QStringLiteral("XYZ");
    worst.timeZone = QStringLiteral("Nowhere");
    worst.locale = QStringLiteral("zz");
    worst.language = QStringLiteral("xx");
    worst.terminalName.clear();
    const QList<SetupProblem> all = Setup::problems(worst, {{QString(), Role::Owner, QStringLiteral("1")}});
    QList<SetupField> fields;
    for (const SetupProblem& p : all)
        fields.append(p.field);
    CHECK(fields
        == QList<SetupField> {SetupField::StoreName, SetupField::Currency, SetupField::TimeZone, SetupField::Locale,
            SetupField::Language, SetupField::TillName, SetupField::StaffName, SetupField::StaffPin});
}

TEST_CASE("setup writes the address, the locale and this till's language", "[db][setup]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    Clock clock;
    REQUIRE_OK(
        Setup::createFile(path, [&](Database& db) { return Setup::initialise(db, clock, beanThere(), kOwner); }));
    auto till = TillServices::open(path);
    REQUIRE_OK(till);
    const Site& site = (*till)->site;
    CHECK(site.storeName == QStringLiteral("Bean There"));
    CHECK(site.address == QStringLiteral("1 Rue du Café\n75001 Paris"));
    CHECK(site.locale == QStringLiteral("fr_FR"));
    CHECK(site.currency == QStringLiteral("EUR"));
    CHECK(site.terminalName == QStringLiteral("Comptoir"));
    CHECK(test::scalar(
              *(*till)->db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'language' AND value = 'fr'"))
        == 1);
    auto owner = (*till)->staff->login(QStringLiteral("4321"));
    REQUIRE_OK(owner);
    CHECK(owner->role == Role::Owner);
}

TEST_CASE("store editor: the owner edits the details, in one audited unit of work", "[db][setup][store]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    Clock clock;
    StoreSetup setup = beanThere();
    REQUIRE_OK(Setup::createFile(path, [&](Database& db) { return Setup::initialise(db, clock, setup, kOwner); }));
    auto till = TillServices::open(path);
    REQUIRE_OK(till);
    Database& db = *(*till)->db;
    auto owner = (*till)->staff->login(QStringLiteral("4321"));
    REQUIRE_OK(owner);
    StoreEditor editor(db, clock);
    auto before = editor.load();
    REQUIRE_OK(before);
    CHECK(before->currency == QStringLiteral("EUR"));

    QSignalSpy changed(&db.changes(), &ChangeHub::changed);
    StoreDetails wanted = *before;
    wanted.name = QStringLiteral("  Bean Here  ");
    wanted.currency = QStringLiteral("JPY"); // no orders yet: allowed
    wanted.pricesIncludeTax = false;
    wanted.timeZone = QStringLiteral("Asia/Tokyo");
    wanted.locale = QStringLiteral("ja_JP");
    auto saved = editor.save(*owner, wanted);
    REQUIRE_OK(saved);
    CHECK(saved->name == QStringLiteral("Bean Here"));
    auto site = loadSite(db.connection());
    REQUIRE_OK(site);
    CHECK(site->storeName == QStringLiteral("Bean Here"));
    CHECK(site->currency == QStringLiteral("JPY"));
    CHECK(currencyMinorDigits(site->currency) == 0);
    CHECK_FALSE(site->pricesIncludeTax);
    CHECK(site->timeZone == QStringLiteral("Asia/Tokyo"));
    CHECK(site->locale == QStringLiteral("ja_JP"));

    REQUIRE(changed.size() == 1);
    const auto set = changed.first().first().value<ChangeSet>();
    REQUIRE(set.of(Change::Kind::SettingChanged).size() == 1);
    CHECK(set.of(Change::Kind::SettingChanged).first().key == QStringLiteral("store"));
    CHECK(test::scalar(db,
              QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event = 'store.saved' AND entity = 'store' AND "
                             "entity_uuid = ?"),
              {site->storeUuid})
        == 1);
    SqlQuery audit(
        db.connection(), QStringLiteral("SELECT actor_staff_id, details FROM audit_log WHERE action = 'store.edit'"));
    REQUIRE_OK(audit.run(QStringLiteral("reading the audit")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toLongLong() == owner->id);
    const QJsonObject details = QJsonDocument::fromJson(audit.value(1).toString().toUtf8()).object();
    CHECK(details.value(QStringLiteral("old")).toObject().value(QStringLiteral("currency")).toString()
        == QStringLiteral("EUR"));
    CHECK(details.value(QStringLiteral("new")).toObject().value(QStringLiteral("currency")).toString()
        == QStringLiteral("JPY"));
    CHECK(details.value(QStringLiteral("old")).toObject().value(QStringLiteral("name")).toString()
        == QStringLiteral("Bean There"));

    // Saving what is there writes nothing.
    REQUIRE_OK(editor.save(*owner, *saved));
    CHECK(changed.size() == 1);
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'store.edit'")) == 1);

    // A bad field is refused, naming it, and nothing changes.
    StoreDetails bad = *saved;
    bad.locale = QStringLiteral("fr");
    auto refused = editor.save(*owner, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().message.startsWith(QStringLiteral("locale 'fr'")));
    bad = *saved;
    bad.currency = QStringLiteral("XYZ");
    CHECK(editor.save(*owner, bad).error().message.contains(QStringLiteral("unknown currency 'XYZ'")));
    CHECK(loadSite(db.connection())->locale == QStringLiteral("ja_JP"));
}

TEST_CASE("store editor: only the owner, and currency and tax locked once the store has orders", "[db][setup][store]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    Clock clock;
    auto site = loadSite(db->connection());
    REQUIRE_OK(site);
    StaffService staff(*db, clock, site->terminalId, site->terminalUuid);
    StoreEditor editor(*db, clock);
    auto details = editor.load();
    REQUIRE_OK(details);
    REQUIRE(*editor.orderCount() > 0);
    StoreDetails renamed = *details;
    renamed.name = QStringLiteral("Crema Riverside");

    for (const char* pin : {"1111", "2222", "3333"}) {
        auto who = staff.login(QString::fromLatin1(pin));
        REQUIRE_OK(who);
        auto refused = editor.save(*who, renamed);
        INFO(pin);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::PermissionDenied);
    }
    CHECK(loadSite(db->connection())->storeName == details->name);

    auto owner = staff.login(QStringLiteral("4444"));
    REQUIRE_OK(owner);
    const qint64 outboxBefore = test::scalar(*db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    StoreDetails euros = renamed;
    euros.currency = QStringLiteral("EUR");
    auto locked = editor.save(*owner, euros);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == Error::Code::BusinessRule);
    CHECK(locked.error().message.startsWith(
        QStringLiteral("currency: cannot change from GBP to EUR once the store has orders")));
    StoreDetails untaxed = renamed;
    untaxed.pricesIncludeTax = false;
    auto lockedTax = editor.save(*owner, untaxed);
    REQUIRE_FALSE(lockedTax.ok());
    CHECK(lockedTax.error().message.startsWith(QStringLiteral("prices include tax: cannot change")));
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM sync_outbox")) == outboxBefore);
    CHECK(loadSite(db->connection())->currency == QStringLiteral("GBP"));

    // The rest stays the owner's to change.
    REQUIRE_OK(editor.save(*owner, renamed));
    CHECK(loadSite(db->connection())->storeName == QStringLiteral("Crema Riverside"));
}
