#include "languageswitcher.h"

#include "language.h"
#include "login/loginwidget.h"
#include "mainwindow.h"
#include "store/tillsettings.h"

namespace crema {

LanguageSwitcher::LanguageSwitcher(
    Language& language, TillSettings& settings, WindowFactory makeWindow, QObject* parent)
    : QObject(parent)
    , m_language(language)
    , m_settings(settings)
    , m_makeWindow(std::move(makeWindow))
{ }

LanguageSwitcher::~LanguageSwitcher()
{
    delete m_window.data();
}

MainWindow* LanguageSwitcher::start()
{
    return build(m_settings.language());
}

MainWindow* LanguageSwitcher::build(const QString& code)
{
    const QString spoken = m_language.install(code);
    m_window = m_makeWindow();
    m_window->login()->setLanguage(spoken);
    connect(m_window->login(), &LoginWidget::languageRequested, this, &LanguageSwitcher::rebuild);
    connect(m_window, &MainWindow::locked, this, [this] {
        if (m_settings.language() != m_language.current())
            rebuild(m_settings.language());
    });
    return m_window;
}

void LanguageSwitcher::rebuild(const QString& code)
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
