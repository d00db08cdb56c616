#include "common/ids.h"
#include "loyalty/rewardeditor.h"
#include "models/rewardlistmodel.h"
#include "receipts/receipt.h"
#include "storage/unitofwork.h"
#include "store/tillsettings.h"
#include "tillfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace crema;

namespace {

StaffMember owner(test::TillFixture& t)
{
    return t.login("4444");
}

RewardSpec percentOff(const char* name, qint64 bp, qint64 points = 120)
{
    RewardSpec s;
    s.name = QString::fromUtf8(name);
    s.pointsCost = points;
    s.percentBp = bp;
    return s;
}

QJsonObject lastAudit(test::TillFixture& t, const char* action)
{
    auto v = queryScalar(t.db->connection(),
        QStringLiteral("SELECT details FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"),
        {QString::fromLatin1(action)}, QStringLiteral("reading the audit log"));
    REQUIRE_OK(v);
    return QJsonDocument::fromJson(v->toString().toUtf8()).object();
}

} // namespace

TEST_CASE(
    "the owner adds, edits, deactivates and removes rewards, each audited, announced and sent to HQ", "[db][rewards]")
{
    test::TillFixture t;
    RewardEditor& editor = *t.services->rewards;
    QSignalSpy hub(&t.db->changes(), &ChangeHub::changed);

    auto added = editor.add(owner(t), percentOff("Tenth off", 1000));
    REQUIRE_OK(added);
    CHECK(added->action == QStringLiteral("added"));
    CHECK(added->description == QStringLiteral("10% off the order"));
    const QString uuid = added->saved.after.uuid;
    REQUIRE_FALSE(uuid.isEmpty());
    REQUIRE(hub.count() == 1);
    const ChangeSet set = hub.takeFirst().at(0).value<ChangeSet>();
    REQUIRE(set.of(Change::Kind::CatalogChanged).size() == 1);
    CHECK(set.of(Change::Kind::CatalogChanged).first().key == QStringLiteral("reward"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE event = 'catalog.reward.saved' AND "
                                  "entity_uuid = ?"),
              {uuid})
        == 1);
    QJsonObject audit = lastAudit(t, "reward.added");
    CHECK(audit.value(QStringLiteral("old")).isNull());
    CHECK(audit.value(QStringLiteral("new")).toObject().value(QStringLiteral("percent_bp")).toInt() == 1000);

    // Edit: 12.5 % for 150 points; the audit keeps both.
    RewardRecord changed = added->saved.after;
    changed.percentBp = 1250;
    changed.pointsCost = 150;
    auto edited = editor.edit(owner(t), changed);
    REQUIRE_OK(edited);
    CHECK(edited->action == QStringLiteral("edited"));
    CHECK(edited->description == QStringLiteral("12.5% off the order"));
    audit = lastAudit(t, "reward.edited");
    CHECK(audit.value(QStringLiteral("old")).toObject().value(QStringLiteral("percent_bp")).toInt() == 1000);
    CHECK(audit.value(QStringLiteral("old")).toObject().value(QStringLiteral("points")).toInt() == 120);
    CHECK(audit.value(QStringLiteral("new")).toObject().value(QStringLiteral("percent_bp")).toInt() == 1250);
    CHECK(audit.value(QStringLiteral("new")).toObject().value(QStringLiteral("points")).toInt() == 150);

    // The same again changes nothing: no audit row, no event, no announcement.
    hub.clear();
    const qint64 audits = t.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 events = t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    auto again = editor.edit(owner(t), edited->saved.after);
    REQUIRE_OK(again);
    CHECK(again->action == QStringLiteral("unchanged"));
    CHECK(hub.count() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) == audits);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")) == events);

    // A free item from a category, named as the owner types it.
    RewardSpec muffin;
    muffin.name = QStringLiteral("Free food");
    muffin.pointsCost = 200;
    muffin.freeCategory = QStringLiteral("food");
    auto food = editor.add(owner(t), muffin);
    REQUIRE_OK(food);
    CHECK(food->description.startsWith(QStringLiteral("one free item from ")));
    muffin.freeCategory = QStringLiteral("Nonsense");
    auto unknown = editor.add(owner(t), muffin);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Code::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("no category named 'Nonsense'")));
    CHECK(unknown.error().message.contains(QStringLiteral("Pastries")));

    // Deactivate: gone from the till's list, kept in the catalogue.
    auto off = editor.deactivate(owner(t), uuid);
    REQUIRE_OK(off);
    CHECK(off->action == QStringLiteral("deactivated"));
    CHECK_FALSE(t.loyalty.rewardByName(QStringLiteral("Tenth off")).ok());
    CHECK(t.scalar(QStringLiteral("SELECT active FROM rewards WHERE uuid = ?"), {uuid}) == 0);
    CHECK(lastAudit(t, "reward.deactivated")
              .value(QStringLiteral("old"))
              .toObject()
              .value(QStringLiteral("active"))
              .toBool());

    // Remove: a reward never redeemed goes; a redeemed one is only deactivated.
    auto gone = editor.remove(owner(t), food->saved.after.uuid);
    REQUIRE_OK(gone);
    CHECK(gone->action == QStringLiteral("removed"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM rewards WHERE name = 'Free food'")) == 0);
    const qint64 pastry = t.rewardId("Free pastry");
    Cart redeemed = t.cart({"Croissant"});
    redeemed.customerId = t.customerId("+447700900005");
    redeemed.rewardIds = {pastry};
    REQUIRE_OK(t.sell(t.cashier(), redeemed, {}));
    REQUIRE(t.scalar(QStringLiteral("SELECT count(*) FROM order_discounts WHERE reward_id = ?"), {pastry}) > 0);
    auto kept = editor.remove(owner(t), QStringLiteral("Free pastry"));
    REQUIRE_OK(kept);
    CHECK(kept->action == QStringLiteral("deactivated"));
    CHECK(t.scalar(QStringLiteral("SELECT active FROM rewards WHERE id = ?"), {pastry}) == 0);
}

TEST_CASE("a reward gives exactly one thing, with a name no other reward has", "[db][rewards]")
{
    test::TillFixture t;
    RewardEditor& editor = *t.services->rewards;
    const auto footprint = t.footprint();
    RewardSpec two = percentOff("Both", 1000);
    two.amount = Money(200);
    auto both = editor.add(owner(t), two);
    REQUIRE_FALSE(both.ok());
    CHECK(both.error().code == Error::Code::InvalidInput);
    CHECK(both.error().message.contains(QStringLiteral("exactly one of")));
    CHECK_FALSE(editor.add(owner(t), percentOff("Nothing", 0)).ok());
    auto tooMuch = editor.add(owner(t), percentOff("All and more", 10001));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message.contains(QStringLiteral("at most 100%")));
    auto noPoints = editor.add(owner(t), percentOff("Free lunch", 1000, 0));
    REQUIRE_FALSE(noPoints.ok());
    CHECK(noPoints.error().message.contains(QStringLiteral("points must be 1 to")));
    auto clash = editor.add(owner(t), percentOff("Free pastry", 1000));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == Error::Code::Conflict);
    CHECK(clash.error().message.contains(QStringLiteral("already named 'Free pastry'")));
    CHECK(t.footprint() == footprint);
}

TEST_CASE("only the owner edits rewards, and the others are refused by name", "[db][rewards][permissions]")
{
    test::TillFixture t;
    RewardEditor& editor = *t.services->rewards;
    const auto footprint = t.footprint();
    const QString pastry = editor.find(QStringLiteral("Free pastry")).value().uuid;
    for (const char* pin : {"1111", "2222", "3333"}) {
        const StaffMember who = t.login(pin);
        INFO(who.name.toStdString());
        const QList<Result<RewardChange>> tries {editor.add(who, percentOff("Sneaky", 5000)),
            editor.edit(who, editor.find(pastry).value()), editor.deactivate(who, pastry), editor.remove(who, pastry)};
        for (const auto& r : tries) {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == Error::Code::PermissionDenied);
            CHECK(r.error().message.contains(who.name));
            CHECK(r.error().message.contains(QStringLiteral("only the owner may")));
        }
    }
    CHECK(t.footprint() == footprint);
    CHECK(editor.add(owner(t), percentOff("Owner's own", 5000)).ok());
}

TEST_CASE("a percent reward takes its share of the order, every cent allocated, and a refund gives its points back",
    "[db][rewards][pricing][refund]")
{
    test::TillFixture t;
    RewardEditor& editor = *t.services->rewards;
    auto added = editor.add(owner(t), percentOff("A third off", 3333, 100));
    REQUIRE_OK(added);

    const qint64 rich = t.customerId("+447700900005");
    const qint64 before = t.points(rich);
    Cart c = t.cart({"Latte", "Croissant", "Americano"});
    auto plain = t.sales.quote(c);
    REQUIRE_OK(plain);
    c.customerId = rich;
    c.rewardIds = {t.rewardId("A third off")};
    auto quote = t.sales.quote(c);
    REQUIRE_OK(quote);
    const qint64 expectedOff = (plain->total.cents() * 3333 + 5000) / 10000; // to the nearest cent
    CHECK(quote->rewardDiscount.cents() == expectedOff);
    CHECK(quote->total.cents() == plain->total.cents() - expectedOff);
    CHECK(quote->manualDiscount.cents() == 0); // not the cashier's discount
    qint64 shares = 0, totals = 0;
    for (const PricedLine& l : quote->lines) {
        CHECK(l.orderDiscountShare.cents() > 0);
        shares += l.orderDiscountShare.cents();
        totals += l.total.cents();
    }
    CHECK(shares == expectedOff);
    CHECK(totals == quote->total.cents());
    REQUIRE(quote->rewards.size() == 1);
    CHECK(quote->rewards.first().lineIndex == -1);

    // With the cashier's 10 % first, the reward takes a third of what is left.
    Cart both = c;
    both.orderDiscount = Discount::percent(1000);
    auto stacked = t.sales.quote(both);
    REQUIRE_OK(stacked);
    const qint64 afterCashier = plain->total.cents() - (plain->total.cents() * 1000 + 5000) / 10000;
    CHECK(stacked->rewardDiscount.cents() == (afterCashier * 3333 + 5000) / 10000);

    auto sale = t.sell(t.cashier(), c);
    REQUIRE_OK(sale);
    CHECK(sale->pointsRedeemed == 100);
    CHECK(t.scalar(QStringLiteral("SELECT total_cents FROM orders WHERE receipt_no = ?"), {sale->receiptNo})
        == quote->total.cents());
    CHECK(t.scalar(QStringLiteral("SELECT amount_cents FROM order_discounts WHERE kind = 'reward' AND order_id = "
                                  "(SELECT id FROM orders WHERE receipt_no = ?)"),
              {sale->receiptNo})
        == expectedOff);

    // A refund of one line gives back what that line cost, not its undiscounted price; the whole
    // order gives back all the money and the reward's points.
    auto first = t.sales.refund(t.manager(), test::TillFixture::refundOf(sale->receiptNo, {1}));
    REQUIRE_OK(first);
    CHECK(first->amount.cents() == quote->lines[0].total.cents());
    CHECK(first->pointsReturned == 0);
    auto rest = t.sales.refund(t.manager(), test::TillFixture::refundOf(sale->receiptNo));
    REQUIRE_OK(rest);
    CHECK(first->amount.cents() + rest->amount.cents() == quote->total.cents());
    CHECK(rest->pointsReturned == 100);
    CHECK(t.points(rich) == before);
}

TEST_CASE("the writer upserts by uuid, does nothing when unchanged, and refers to categories by uuid",
    "[db][rewards][writer]")
{
    test::TillFixture t;
    auto all = RewardWriter::all(t.db->connection());
    REQUIRE_OK(all);
    REQUIRE(all->size() == 3);
    RewardRecord pastry;
    for (const RewardRecord& r : *all) {
        if (r.name == u"Free pastry")
            pastry = r;
    }
    REQUIRE_FALSE(pastry.categoryUuid.isEmpty());
    CHECK(pastry.toJson().value(QStringLiteral("category_uuid")).toString() == pastry.categoryUuid);
    auto back = RewardRecord::fromJson(pastry.toJson(), QStringLiteral("rewards[0]"));
    REQUIRE_OK(back);
    CHECK(*back == pastry);
    QJsonObject broken = pastry.toJson();
    broken.insert(QStringLiteral("amount_cents"), 100);
    auto refused = RewardRecord::fromJson(broken, QStringLiteral("rewards[1]"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("rewards[1]: exactly one of")));

    {
        auto work = UnitOfWork::begin(*t.db);
        REQUIRE_OK(work);
        auto same = RewardWriter::save(*work, pastry, QStringLiteral("2026-11-21T09:30:00.000Z"));
        REQUIRE_OK(same);
        CHECK_FALSE(same->changed);
        CHECK(work->changes().isEmpty());
        RewardRecord fresh;
        fresh.uuid = stableUuid(QStringLiteral("test/reward"));
        fresh.name = QStringLiteral("Imported");
        fresh.pointsCost = 50;
        fresh.productUuid = QStringLiteral("no-such-product");
        auto missing = RewardWriter::save(*work, fresh, QStringLiteral("2026-11-21T09:30:00.000Z"));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().message.contains(QStringLiteral("no product with uuid no-such-product")));
        fresh.productUuid.clear();
        fresh.amountCents = 75;
        auto inserted = RewardWriter::save(*work, fresh, QStringLiteral("2026-11-21T09:30:00.000Z"));
        REQUIRE_OK(inserted);
        CHECK(inserted->changed);
        CHECK_FALSE(inserted->before.has_value());
        REQUIRE_OK(work->commit());
    }
    CHECK(t.scalar(QStringLiteral("SELECT amount_cents FROM rewards WHERE uuid = ?"),
              {stableUuid(QStringLiteral("test/reward"))})
        == 75);
}

TEST_CASE("receipt header and footer: free text of bounded lines, printed on every receipt", "[db][receipts][settings]")
{
    test::TillFixture t;
    TillSettings& settings = *t.services->settings;
    const StaffMember boss = owner(t);
    auto header = settings.set(boss, QStringLiteral("receipt_header"),
        QStringLiteral("  12 High Street, Bristol \r\n\nVAT GB 123 4567 89\n\n"));
    REQUIRE_OK(header);
    CHECK(header->value == QStringLiteral("12 High Street, Bristol\n\nVAT GB 123 4567 89"));
    CHECK(settings.receiptHeader()
        == QStringList {QStringLiteral("12 High Street, Bristol"), QString(), QStringLiteral("VAT GB 123 4567 89")});
    REQUIRE_OK(
        settings.set(boss, QStringLiteral("receipt_footer"), QStringLiteral("See you soon\nWi-Fi: crema-guest")));

    auto tooMany = settings.set(boss, QStringLiteral("receipt_footer"), QStringLiteral("1\n2\n3\n4\n5"));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().message.contains(QStringLiteral("has 5 lines")));
    CHECK(tooMany.error().message.contains(QStringLiteral("up to 4 lines of at most 64 characters")));
    auto tooLong = settings.set(boss, QStringLiteral("receipt_header"), QString(65, QLatin1Char('x')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("receipt_header line 1")));
    auto control = settings.set(boss, QStringLiteral("receipt_header"), QStringLiteral("a\tb"));
    REQUIRE_FALSE(control.ok());
    CHECK(control.error().message.contains(QStringLiteral("control character")));
    auto cashier = settings.set(t.cashier(), QStringLiteral("receipt_footer"), QStringLiteral("free coffee!"));
    REQUIRE_FALSE(cashier.ok());
    CHECK(cashier.error().code == Error::Code::PermissionDenied);
    CHECK(
        settings.receiptFooter() == QStringList {QStringLiteral("See you soon"), QStringLiteral("Wi-Fi: crema-guest")});

    auto sale = t.sell(t.cashier(), t.cart({"Latte"}));
    REQUIRE_OK(sale);
    auto receipt = t.sales.receipt(sale->receiptNo);
    REQUIRE_OK(receipt);
    const QStringList lines = receipt->lines(42);
    const qsizetype store = lines.indexOf(QStringLiteral("\x02") + t.site.storeName);
    REQUIRE(store >= 0);
    CHECK(lines.at(store + 1) == QStringLiteral("\x02") + QStringLiteral("12 High Street, Bristol"));
    CHECK(lines.at(store + 3) == QStringLiteral("\x02") + QStringLiteral("VAT GB 123 4567 89"));
    CHECK(lines.mid(lines.size() - 2)
        == QStringList {QStringLiteral("\x02See you soon"), QStringLiteral("\x02Wi-Fi: crema-guest")});
    CHECK_FALSE(lines.contains(QStringLiteral("\x02Thank you!")));
    for (const QString& l : lines)
        CHECK(l.size() <= 43); // the centre mark and 42 columns

    // Without a footer the receipt thanks the customer, as before.
    REQUIRE_OK(settings.reset(boss, QStringLiteral("receipt_footer")));
    CHECK(t.sales.receipt(sale->receiptNo).value().lines(42).last() == QStringLiteral("\x02Thank you!"));
    // The sample a test print uses carries them too.
    const QStringList sample = Receipt::sample(t.site, settings.receiptHeader(), {}, t.clock.nowUtc()).lines(32);
    CHECK(sample.contains(QStringLiteral("\x02VAT GB 123 4567 89")));
}

TEST_CASE("the reward list model shows every reward with raw values in its roles", "[db][rewards][models]")
{
    test::TillFixture t;
    RewardEditor& editor = *t.services->rewards;
    RewardListModel model(editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.reload());
    REQUIRE(model.rowCount() == 3);
    REQUIRE_OK(editor.add(owner(t), percentOff("Half off", 5000, 500)));
    REQUIRE_OK(editor.deactivate(owner(t), QStringLiteral("Free coffee")));
    REQUIRE_OK(model.reload());
    REQUIRE(model.rowCount() == 4);
    const int half = model.rowOf(editor.find(QStringLiteral("Half off")).value().uuid);
    REQUIRE(half >= 0);
    CHECK(model.data(model.index(half, RewardListModel::Gives)).toString() == QStringLiteral("50% off the order"));
    CHECK(model.data(model.index(half, RewardListModel::Points), RewardListModel::PointsRole).toLongLong() == 500);
    CHECK(model.data(model.index(half, 0), RewardListModel::PercentBpRole).toLongLong() == 5000);
    const int coffee = model.rowOf(editor.find(QStringLiteral("Free coffee")).value().uuid);
    CHECK_FALSE(model.data(model.index(coffee, 0), RewardListModel::ActiveRole).toBool());
    CHECK(model.data(model.index(coffee, RewardListModel::Active)).toString() == QStringLiteral("inactive"));
}
