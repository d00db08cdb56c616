#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace crema {

// The languages crema's screens speak, and the translators that make them speak one: Crema's own
// (resources/translations, embedded under :/i18n) and Qt's for its standard dialogs' buttons
// (/usr/share/qt6/translations/qtbase_*.qm from Debian's qt6-translations-l10n, where there is one:
// none for Kazakh, whose dialogs keep Qt's English buttons).
class Language {
public:
    Language();
    ~Language();
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

    // The codes in the order the PIN pad offers them: those the till setting `language` allows.
    static QStringList codes();
    // The language's name in itself ("Français"), and its short form for the PIN pad's keys ("FRA").
    static QString nativeName(const QString& code);
    static QString shortName(const QString& code);

    // Makes the application speak `code` in place of the language installed before (which is
    // removed); a code Crema does not speak gives English. Returns the code now spoken.
    QString install(const QString& code);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_crema;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace crema
