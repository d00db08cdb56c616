#pragma once

#include <QStringList>

namespace crema {

// The locales a store is offered for money and dates (the welcome screen and Store details): the
// cafés Crema knows, then their neighbours. Any other name QLocale knows is still valid in core.
inline const QStringList& offeredLocales()
{
    static const QStringList names {QStringLiteral("en_GB"), QStringLiteral("en_IE"), QStringLiteral("en_US"),
        QStringLiteral("en_CA"), QStringLiteral("en_AU"), QStringLiteral("fr_FR"), QStringLiteral("fr_BE"),
        QStringLiteral("fr_CH"), QStringLiteral("de_DE"), QStringLiteral("de_AT"), QStringLiteral("de_CH"),
        QStringLiteral("it_IT"), QStringLiteral("es_ES"), QStringLiteral("pt_PT"), QStringLiteral("nl_NL"),
        QStringLiteral("da_DK"), QStringLiteral("sv_SE"), QStringLiteral("nb_NO"), QStringLiteral("fi_FI"),
        QStringLiteral("pl_PL"), QStringLiteral("cs_CZ"), QStringLiteral("tr_TR"), QStringLiteral("ru_RU"),
        QStringLiteral("kk_KZ"), QStringLiteral("uk_UA"), QStringLiteral("ja_JP"), QStringLiteral("ko_KR"),
        QStringLiteral("zh_CN")};
    return names;
}

} // namespace crema
