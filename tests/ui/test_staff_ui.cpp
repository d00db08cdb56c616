// Back office → Staff, driven through its real widgets: core decides, the screen shows core's answer.
#include "backoffice/addstaffdialog.h"
#include "backoffice/staffpindialog.h"
#include "backoffice/staffwidget.h"
#include "login/loginwidget.h"
#include "models/staffmodel.h"
#include "storage/externalchanges.h"
#include "widgets/pinpromptdialog.h"
#include "windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace crema;

namespace {

template <typename T> T* openDialog(QWidget* parent)
{
    QApplication::processEvents();
    for (T* d : parent->findChildren<T*>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

struct StaffScreen {
    test::AppStyleSheet style;
    test::WindowFixture w {false};
    StaffWidget widget {w.staff, w.db->changes(), nullptr};

    StaffScreen()
    {
        widget.resize(1000, 640);
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
    }
    StaffMember as(const char* pin)
    {
        auto m = w.staff.login(QString::fromLatin1(pin));
        REQUIRE_OK(m);
        widget.setStaff(*m);
        return *m;
    }
    qint64 idOf(const char* name)
    {
        auto m = w.staff.find(QString::fromUtf8(name));
        REQUIRE_OK(m);
        return m->id;
    }
    void pick(const char* name)
    {
        widget.setShowInactive(true);
        widget.select(idOf(name));
    }
    void typePins(StaffPinDialog* d, const char* pin, const char* repeat = nullptr)
    {
        d->pinField()->clear();
        d->repeatField()->clear();
        QTest::keyClicks(d->pinField(), QString::fromLatin1(pin));
        QTest::keyClicks(d->repeatField(), QString::fromLatin1(repeat ? repeat : pin));
    }
};

void typePinAtPad(test::WindowFixture& w, const char* pin)
{
    QTest::keyClicks(w.window.login(), QString::fromLatin1(pin));
    QTest::keyClick(w.window.login(), Qt::Key_Return);
}

} // namespace

TEST_CASE("the owner adds a cashier on the Staff screen, and the cashier logs in with the new PIN", "[ui][staff]")
{
    StaffScreen s;
    s.as("4444");
    QTest::mouseClick(s.widget.addButton(), Qt::LeftButton);
    auto* add = openDialog<AddStaffDialog>(&s.widget);
    REQUIRE(add);
    CHECK(add->pinField()->echoMode() == QLineEdit::Password);
    CHECK(add->repeatField()->echoMode() == QLineEdit::Password);
    QTest::keyClicks(add->nameField(), QStringLiteral("Pat Newhire"));
    add->setRole(Role::Cashier);
    // Two different PINs: asked again, nothing written.
    QTest::keyClicks(add->pinField(), QStringLiteral("5656"));
    QTest::keyClicks(add->repeatField(), QStringLiteral("5657"));
    QTest::mouseClick(add->addButton(), Qt::LeftButton);
    CHECK(add->isVisible());
    CHECK(add->errorText().contains(QStringLiteral("not the same")));
    // Someone's PIN: core refuses without saying whose, and the dialog keeps the name typed.
    QTest::keyClicks(add->pinField(), QStringLiteral("3333"));
    QTest::keyClicks(add->repeatField(), QStringLiteral("3333"));
    QTest::mouseClick(add->addButton(), Qt::LeftButton);
    CHECK(add->isVisible());
    CHECK(add->errorText() == QStringLiteral("that PIN is already in use; choose another"));
    CHECK(add->nameField()->text() == QStringLiteral("Pat Newhire"));
    CHECK(s.widget.model()->rowCount() == 4);

    add->pinField()->clear();
    add->repeatField()->clear();
    QTest::keyClicks(add->pinField(), QStringLiteral("5656"));
    QTest::keyClicks(add->repeatField(), QStringLiteral("5656"));
    QTest::mouseClick(add->addButton(), Qt::LeftButton);
    QApplication::processEvents();
    CHECK_FALSE(openDialog<AddStaffDialog>(&s.widget));
    CHECK(s.widget.statusText() == QStringLiteral("Pat Newhire added as Cashier."));
    const int row = s.widget.model()->rowOf(s.idOf("Pat Newhire"));
    REQUIRE(row >= 0);
    CHECK(s.widget.model()->index(row, StaffModel::RoleColumn).data().toString() == QStringLiteral("Cashier"));

    // The new cashier logs in at the till's PIN pad.
    REQUIRE(s.w.window.isLocked());
    typePinAtPad(s.w, "5656");
    CHECK_FALSE(s.w.window.isLocked());
    CHECK(s.w.window.currentStaff().name == QStringLiteral("Pat Newhire"));
    CHECK(s.w.window.currentStaff().role == Role::Cashier);
}

TEST_CASE("the Staff screen changes a role, deactivates and reactivates, and shows core's refusals", "[ui][staff]")
{
    StaffScreen s;
    s.as("4444");
    // Change role through the role dialog.
    s.pick("Sam Cashier");
    QTest::mouseClick(s.widget.roleButton(), Qt::LeftButton);
    auto* role = openDialog<QInputDialog>(&s.widget);
    REQUIRE(role);
    role->setTextValue(StaffModel::roleText(Role::Barista));
    role->accept();
    QApplication::processEvents();
    CHECK(s.w.staff.find(QStringLiteral("Sam Cashier")).value().role == Role::Barista);
    CHECK(s.widget.statusText() == QStringLiteral("Sam Cashier is now Barista."));

    // The last owner: core's refusal, shown as it is.
    s.pick("Olive Owner");
    QTest::mouseClick(s.widget.activeButton(), Qt::LeftButton);
    auto* confirm = openDialog<QMessageBox>(&s.widget);
    REQUIRE(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(s.widget.statusText().contains(QStringLiteral("Olive Owner is the last active owner")));

    // Deactivate Sam, then bring them back with a new PIN.
    s.pick("Sam Cashier");
    CHECK(s.widget.activeButton()->text() == QStringLiteral("Deactivate"));
    QTest::mouseClick(s.widget.activeButton(), Qt::LeftButton);
    confirm = openDialog<QMessageBox>(&s.widget);
    REQUIRE(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QApplication::processEvents();
    CHECK_FALSE(s.w.staff.find(QStringLiteral("Sam Cashier")).value().active);
    s.widget.setShowInactive(false);
    CHECK(s.widget.view()->model()->rowCount() == 3);
    s.pick("Sam Cashier");
    CHECK(s.widget.activeButton()->text() == QStringLiteral("Reactivate…"));
    QTest::mouseClick(s.widget.activeButton(), Qt::LeftButton);
    auto* pin = openDialog<StaffPinDialog>(&s.widget);
    REQUIRE(pin);
    CHECK_FALSE(pin->currentField());
    s.typePins(pin, "2222"); // Alex's: refused, the dialog stays
    QTest::mouseClick(pin->okButton(), Qt::LeftButton);
    CHECK(pin->isVisible());
    CHECK(pin->errorText() == QStringLiteral("that PIN is already in use; choose another"));
    s.typePins(pin, "1717");
    QTest::mouseClick(pin->okButton(), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(s.w.staff.find(QStringLiteral("Sam Cashier")).value().active);
    CHECK(s.w.staff.login(QStringLiteral("1717")).value().name == QStringLiteral("Sam Cashier"));
}

TEST_CASE("a manager resets a cashier's PIN but not the owner's, and a barista needs a manager's PIN for it",
    "[ui][staff][auth]")
{
    StaffScreen s;
    s.as("3333");
    // Adding is the owner's: core says so.
    QTest::mouseClick(s.widget.addButton(), Qt::LeftButton);
    CHECK_FALSE(openDialog<AddStaffDialog>(&s.widget));
    CHECK(s.widget.statusText().contains(QStringLiteral("Morgan Manager (manager) may not manage staff")));
    // The owner's PIN: refused, and no manager prompt (it is the owner's alone).
    s.pick("Olive Owner");
    QTest::mouseClick(s.widget.resetPinButton(), Qt::LeftButton);
    CHECK(s.widget.statusText().contains(QStringLiteral("may not reset the PIN of Olive Owner (owner)")));
    CHECK_FALSE(openDialog<PinPromptDialog>(&s.widget));
    CHECK_FALSE(openDialog<StaffPinDialog>(&s.widget));
    // A cashier's PIN: done.
    s.pick("Sam Cashier");
    QTest::mouseClick(s.widget.resetPinButton(), Qt::LeftButton);
    auto* pin = openDialog<StaffPinDialog>(&s.widget);
    REQUIRE(pin);
    s.typePins(pin, "1818");
    QTest::mouseClick(pin->okButton(), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(s.widget.statusText() == QStringLiteral("Sam Cashier has a new PIN."));
    CHECK(s.w.staff.login(QStringLiteral("1818")).value().name == QStringLiteral("Sam Cashier"));

    // A barista at the screen: refused, the manager-PIN prompt offered, and the reset done as the manager.
    s.as("2222");
    s.pick("Sam Cashier");
    QTest::mouseClick(s.widget.resetPinButton(), Qt::LeftButton);
    CHECK(s.widget.statusText().contains(QStringLiteral("Alex Barista (barista) may not reset staff PINs")));
    auto* prompt = openDialog<PinPromptDialog>(&s.widget);
    REQUIRE(prompt);
    QTest::keyClicks(prompt->field(), QStringLiteral("3333"));
    prompt->accept();
    pin = openDialog<StaffPinDialog>(&s.widget);
    REQUIRE(pin);
    s.typePins(pin, "1919");
    QTest::mouseClick(pin->okButton(), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(s.w.staff.login(QStringLiteral("1919")).value().name == QStringLiteral("Sam Cashier"));
    CHECK(test::scalar(
              *s.w.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'override.reset_staff_pin'"))
        == 1);
}

TEST_CASE("anyone changes their own PIN: the current one first", "[ui][staff]")
{
    StaffScreen s;
    s.as("1111");
    QTest::mouseClick(s.widget.changeMyPinButton(), Qt::LeftButton);
    auto* pin = openDialog<StaffPinDialog>(&s.widget);
    REQUIRE(pin);
    REQUIRE(pin->currentField());
    CHECK(pin->currentField()->echoMode() == QLineEdit::Password);
    QTest::keyClicks(pin->currentField(), QStringLiteral("9999"));
    s.typePins(pin, "2121");
    QTest::mouseClick(pin->okButton(), Qt::LeftButton);
    CHECK(pin->isVisible());
    CHECK(pin->errorText() == QStringLiteral("wrong PIN"));
    CHECK(pin->currentField()->text().isEmpty());
    QTest::keyClicks(pin->currentField(), QStringLiteral("1111"));
    QTest::mouseClick(pin->okButton(), Qt::LeftButton);
    QApplication::processEvents();
    CHECK_FALSE(openDialog<StaffPinDialog>(&s.widget));
    CHECK(s.widget.statusText() == QStringLiteral("Your PIN is changed."));
    CHECK(s.w.staff.login(QStringLiteral("2121")).value().name == QStringLiteral("Sam Cashier"));
    // Locking the till (nobody at it) closes a dialog that would act as the person who opened it.
    s.as("2121");
    QTest::mouseClick(s.widget.changeMyPinButton(), Qt::LeftButton);
    REQUIRE(openDialog<StaffPinDialog>(&s.widget));
    s.widget.setStaff(StaffMember {});
    CHECK_FALSE(openDialog<StaffPinDialog>(&s.widget));
    CHECK_FALSE(s.widget.changeMyPinButton()->isEnabled());
}

TEST_CASE("the Staff screen follows another program's changes", "[ui][staff]")
{
    StaffScreen s;
    s.as("4444");
    s.w.services->external->poll(); // the baseline
    auto other = TillServices::open(s.w.db->path());
    REQUIRE_OK(other);
    const StaffMember owner = (*other)->staff->login(QStringLiteral("4444")).value();
    REQUIRE_OK((*other)->staff->addStaff(owner, QStringLiteral("Kim Remote"), Role::Barista, QStringLiteral("6767")));
    CHECK(s.widget.model()->rowOf(s.idOf("Kim Remote")) < 0);
    REQUIRE(s.w.services->external->poll());
    CHECK(s.widget.model()->rowOf(s.idOf("Kim Remote")) >= 0);
}

TEST_CASE("the Staff screen fits 1024x768 with nothing clipped", "[ui][staff][layout]")
{
    StaffScreen s;
    s.as("4444");
    // Inside the back office's tab at 1024×768 the screen has about 990×620.
    s.widget.resize(990, 620);
    QApplication::processEvents();
    for (QPushButton* b : {s.widget.addButton(), s.widget.roleButton(), s.widget.activeButton(),
             s.widget.resetPinButton(), s.widget.changeMyPinButton()}) {
        INFO(b->text().toStdString());
        CHECK(b->width() >= b->sizeHint().width());
        CHECK(b->geometry().right() <= s.widget.width());
        CHECK(b->isVisible());
    }
    CHECK(s.widget.minimumSizeHint().width() <= 990);
    const QString shot = qEnvironmentVariable("CREMA_STAFF_SCREENSHOT");
    if (!shot.isEmpty())
        CHECK(s.widget.grab().save(shot));
}
