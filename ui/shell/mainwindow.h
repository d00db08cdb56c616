#pragma once

#include "staff/staffservice.h"
#include "sync/hqsync.h"
#include "uiservices.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace crema {

class BackOfficeWidget;
class DashboardWidget;
class ForecastWidget;
class LoginWidget;
class PosWidget;
class ReceiptOutput;

// The till window: the PIN pad until someone logs in, then the POS, Kitchen and Back office tabs
// that person's role may use, with who is logged in and a Lock button always in view.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(UiServices services, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    LoginWidget* login() const { return m_login; }
    bool isLocked() const;
    const StaffMember& currentStaff() const { return m_staff; }
    PosWidget* pos() const { return m_posWidget; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void locked(); // back at the PIN pad

private:
    void enter(const StaffMember& member);
    void showLink(const HqLinkState& state);
    void keepCurrent(DashboardWidget* dashboard);

    UiServices m_services;
    StaffMember m_staff;
    QStackedWidget* m_stack = nullptr;
    LoginWidget* m_login = nullptr;
    QWidget* m_workspace = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_link = nullptr; // the link to HQ, when the till has joined a chain
    QWidget* m_pos = nullptr;
    QWidget* m_kitchen = nullptr;
    BackOfficeWidget* m_backOffice = nullptr;
    PosWidget* m_posWidget = nullptr;
    DashboardWidget* m_dashboard = nullptr; // read for the person logged in
    ForecastWidget* m_forecast = nullptr;
    QPointer<QDialog> m_import; // acts as the person who opened it: closed when the till locks
    QPointer<QDialog> m_pinDialog; // "My PIN…": closed when the till locks
    // The back-office pages that act for the person logged in: told who at login and lock.
    QList<std::function<void(const StaffMember&)>> m_staffed;
    ReceiptOutput* m_receipts = nullptr;
    QTimer* m_idle = nullptr;
};

} // namespace crema
