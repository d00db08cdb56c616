#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace crema {

class Language;
class MainWindow;
class TillSettings;

// Keeps the till's window in the till's language (the setting `language`) or in the one someone
// picked at the PIN pad for their login. A language picked at the pad rebuilds the window in it —
// nobody is logged in there, so nothing is lost — and lasts until the till locks again: then the
// window is rebuilt in the till's language (which the owner may have changed meanwhile). A
// cashier cannot change the till's setting without logging in, so the pick is never stored.
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    using WindowFactory = std::function<MainWindow*()>; // a new window; the switcher owns it

    LanguageSwitcher(Language& language, TillSettings& settings, WindowFactory makeWindow, QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    // Speaks the till's language and builds the first window (not yet shown).
    MainWindow* start();
    MainWindow* window() const { return m_window; }

Q_SIGNALS:
    // The window was rebuilt (in the same place and state as the one it replaces, which is deleted later).
    void windowReplaced(crema::MainWindow* window);

private:
    MainWindow* build(const QString& code);
    void rebuild(const QString& code);

    Language& m_language;
    TillSettings& m_settings;
    WindowFactory m_makeWindow;
    QPointer<MainWindow> m_window;
};

} // namespace crema
