#include "language.h"

#include "store/tillsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace crema {

Language::Language() = default;

Language::~Language()
{
    for (QTranslator* t : {m_crema.get(), m_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
}

QStringList Language::codes()
{
    return TillSettings::definition(QStringLiteral("language"))->choices;
}

QString Language::nativeName(const QString& code)
{
    // Each in its own language, so anyone can find theirs whatever the pad speaks now.
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"tr")
        return QStringLiteral("Türkçe");
    if (code == u"ru")
        return QStringLiteral("Русский");
    if (code == u"kk")
        return QStringLiteral("Қазақша");
    return QStringLiteral("English");
}

QString Language::shortName(const QString& code)
{
    if (code == u"fr")
        return QStringLiteral("FRA");
    if (code == u"tr")
        return QStringLiteral("TÜR");
    if (code == u"ru")
        return QStringLiteral("РУС");
    if (code == u"kk")
        return QStringLiteral("ҚАЗ");
    return QStringLiteral("ENG");
}

QString Language::install(const QString& code)
{
    const QString chosen = codes().contains(code) ? code : QStringLiteral("en");
    for (auto* held : {&m_crema, &m_qt}) {
        if (*held) {
            QCoreApplication::removeTranslator(held->get());
            held->reset();
        }
    }
    auto crema = std::make_unique<QTranslator>();
    if (crema->load(QStringLiteral(":/i18n/crema_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(crema.get());
        m_crema = std::move(crema);
    } else {
        qWarning("crema: no translation for language '%s'", qPrintable(chosen));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    m_current = chosen;
    return chosen;
}

} // namespace crema
