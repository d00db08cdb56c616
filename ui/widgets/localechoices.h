#pragma once

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QStringList>
#include <QTimeZone>

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

// Makes `box` the time-zone picker (the welcome screen and Store details): every IANA zone Qt knows,
// typed or picked; typing "paris" or "almaty" finds the zone wherever the word is in its name.
inline void makeTimeZonePicker(QComboBox* box, int minimumContentsLength)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(minimumContentsLength);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        box->addItem(QString::fromUtf8(id));
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->lineEdit()->setPlaceholderText(
        QCoreApplication::translate("crema::TimeZonePicker", "Type to search, e.g. Paris"));
}

} // namespace crema
