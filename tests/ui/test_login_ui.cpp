#include "login/loginwidget.h"
#include "windowfixture.h"

#include <QTest>

using namespace crema;

namespace {
void typePin(test::WindowFixture& w, const char* pin)
{
    QTest::keyClicks(w.window.login(), QString::fromLatin1(pin));
    QTest::keyClick(w.window.login(), Qt::Key_Return);
}
} // namespace

TEST_CASE("login: after repeated wrong PINs the pad tells the cashier how long to wait", "[ui][login]")
{
    test::WindowFixture w;
    for (int i = 0; i < StaffService::kFreePadFailures; ++i) {
        typePin(w, "9876");
        CHECK(w.window.login()->message().contains(QStringLiteral("Wrong PIN")));
    }
    typePin(w, "9876");
    INFO(w.window.login()->message().toStdString());
    CHECK(w.window.login()->message().contains(QStringLiteral("wait 5 s before the next try")));
    // A right PIN during the wait is not tried; the screen says how long is left.
    typePin(w, "1111");
    CHECK(w.window.isLocked());
    CHECK(w.window.login()->message().contains(QStringLiteral("try again in")));
    CHECK(w.window.login()->message().contains(QStringLiteral(" s")));
}
