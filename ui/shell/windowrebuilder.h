#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace crema {

class ChangeSet;
class Language;
class MainWindow;
class TillServices;

// Rebuilds the till's window when what it was built with has changed, only at a moment nobody
// loses work: at the PIN pad, where nobody is logged in. The one place the window is made again:
// - a language picked at the PIN pad rebuilds it in that language at once; the pick lasts until the
//   till locks again, and is never stored (a cashier cannot change the till's setting);
// - at each lock it is rebuilt in the till's language (`language`, which the owner may have changed
//   meanwhile) when that is not the one spoken;
// - the store's details (name, address, locale, ...; TillServices::siteRevision) changed by the
//   owner here or by another program: rebuilt at the next lock, or at once if the PIN pad is showing.
// Each window is built with the store's locale as the default QLocale (money, numbers, dates).
class WindowRebuilder : public QObject {
    Q_OBJECT
public:
    using WindowFactory = std::function<MainWindow*()>; // a new window; the rebuilder owns it

    WindowRebuilder(TillServices& till, Language& language, WindowFactory makeWindow, QObject* parent = nullptr);
    ~WindowRebuilder() override;

    // Speaks the till's language and builds the first window (not yet shown).
    MainWindow* start();
    MainWindow* window() const { return m_window; }

Q_SIGNALS:
    // The window was rebuilt (in the same place and state as the one it replaces, which is deleted later).
    void windowReplaced(crema::MainWindow* window);

private:
    MainWindow* build(const QString& code);
    void rebuild(const QString& code);
    bool storeChanged() const;
    void onChanged(const ChangeSet& changes);

    TillServices& m_till;
    Language& m_language;
    WindowFactory m_makeWindow;
    QPointer<MainWindow> m_window;
    int m_builtForSite = 0; // the TillServices::siteRevision() the window shows
};

} // namespace crema
