#include "windowrebuilder.h"

#include "language.h"
#include "login/loginwidget.h"
#include "mainwindow.h"
#include "services/tillservices.h"
#include "storage/unitofwork.h"
#include "store/tillsettings.h"

#include <QLocale>

namespace crema {

WindowRebuilder::WindowRebuilder(TillServices& till, Language& language, WindowFactory makeWindow, QObject* parent)
    : QObject(parent)
    , m_till(till)
    , m_language(language)
    , m_makeWindow(std::move(makeWindow))
{
    // TillServices connected first, so the site is read again before this looks at it.
    connect(&m_till.db->changes(), &ChangeHub::changed, this, &WindowRebuilder::onChanged);
}

WindowRebuilder::~WindowRebuilder()
{
    delete m_window.data();
}

MainWindow* WindowRebuilder::start()
{
    return build(m_till.settings->language());
}

bool WindowRebuilder::storeChanged() const
{
    return m_till.siteRevision() != m_builtForSite;
}

MainWindow* WindowRebuilder::build(const QString& code)
{
    const QString spoken = m_language.install(code);
    // Money::formatLocal and every QLocale() on the screens write as the store does.
    QLocale::setDefault(QLocale(m_till.site.locale));
    m_builtForSite = m_till.siteRevision();
    m_window = m_makeWindow();
    m_window->login()->setLanguage(spoken);
    connect(m_window->login(), &LoginWidget::languageRequested, this, &WindowRebuilder::rebuild);
    connect(m_window, &MainWindow::locked, this, [this] {
        const QString wanted = m_till.settings->language();
        if (wanted != m_language.current() || storeChanged())
            rebuild(wanted);
    });
    return m_window;
}

void WindowRebuilder::onChanged(const ChangeSet& changes)
{
    // Someone logged in keeps the window they are working in until the till locks.
    if (m_window && m_window->isLocked() && changes.contains(Change::Kind::SettingChanged) && storeChanged())
        rebuild(m_language.current());
}

void WindowRebuilder::rebuild(const QString& code)
{
    MainWindow* old = m_window;
    // The old window is where the request came from: it goes once its event is over.
    old->disconnect(this);
    old->login()->disconnect(this);
    MainWindow* window = build(code);
    window->setGeometry(old->geometry());
    if (old->isVisible()) {
        if (old->isFullScreen())
            window->showFullScreen();
        else if (old->isMaximized())
            window->showMaximized();
        else
            window->show();
        window->activateWindow();
    }
    old->hide();
    old->deleteLater();
    Q_EMIT windowReplaced(window);
}

} // namespace crema
