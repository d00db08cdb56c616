#include "shell/language.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace crema;

namespace {

// The placeholders a text fills in (%1, %L2, %n), as a sorted set.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << QLatin1Char('%') + it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

// Every entry of a .ts file that a speaker of `code` would see untranslated: unfinished, empty
// (a numerus form too), or without a placeholder of its source.
QStringList untranslated(const QString& tsFile, const QString& code)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: no translation file %2").arg(code, tsFile)};
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    const auto report = [&](const QString& what) {
        problems << QStringLiteral("%1: %2: \"%3\" (%4)").arg(code, what, source, context);
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            source.clear();
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"vanished" || type == u"obsolete") {
                xml.skipCurrentElement();
                continue;
            }
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
            } else {
                forms << xml.readElementText();
            }
            if (type == u"unfinished") {
                report(QStringLiteral("untranslated"));
                continue;
            }
            for (const QString& form : forms) {
                if (form.trimmed().isEmpty())
                    report(QStringLiteral("empty translation"));
                else if (placeholders(form) != placeholders(source))
                    report(QStringLiteral("translation \"%1\" does not keep the placeholders %2")
                               .arg(form, placeholders(source).join(QLatin1Char(' '))));
            }
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("%1: %2 is not a .ts file: %3").arg(code, tsFile, xml.errorString());
    return problems;
}

QString sourceRoot()
{
    return QDir(QStringLiteral(CREMA_TEST_DATA "/../..")).canonicalPath();
}

} // namespace

// The same lupdate as `cmake --build build --target update_translations` (resources/CMakeLists.txt),
// into a copy of each .ts: a new tr() string nobody has translated yet fails here, not only the
// entries already marked unfinished.
TEST_CASE(
    "translations: every string of ui/, app/crema and core/models is translated in every language, placeholders kept",
    "[ui][translations]")
{
    const QString root = sourceRoot();
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    INFO("lupdate: " << lupdate.toStdString() << " (Debian package qt6-l10n-tools)");
    REQUIRE(QFileInfo(lupdate).isExecutable());
    test::TempDir dir;
    QStringList problems;
    for (const QString& code : Language::codes()) {
        const QString ts = QStringLiteral("%1/resources/translations/crema_%2.ts").arg(root, code);
        const QString copy = dir.file(QFileInfo(ts).fileName());
        if (!QFile::copy(ts, copy)) {
            problems << QStringLiteral("%1: no translation file %2").arg(code, ts);
            continue;
        }
        QStringList args {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete")};
        if (code == u"en")
            args << QStringLiteral("-pluralonly"); // every other English text is its own source
        // core/models: the tables' column titles and cell words (role names, Active) the screens show.
        args << root + QStringLiteral("/ui") << root + QStringLiteral("/app/crema")
             << root + QStringLiteral("/core/models") << QStringLiteral("-ts") << copy;
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(lupdate, args);
        REQUIRE(run.waitForFinished(120000));
        INFO(QString::fromLocal8Bit(run.readAll()).toStdString());
        REQUIRE(run.exitCode() == 0);
        problems << untranslated(copy, code);
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("translations: the check names each unfinished, empty or placeholder-losing entry and its language",
    "[ui][translations]")
{
    test::TempDir dir;
    const QString ts = dir.file(QStringLiteral("crema_fr.ts"));
    QFile file(ts);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>crema::PosWidget</name>
    <message><source>Pay  %1</source><translation>Payer  %1</translation></message>
    <message><source>Park</source><translation type="unfinished"></translation></message>
    <message><source>Due  %1</source><translation>À payer</translation></message>
    <message><source>Old</source><translation type="vanished">Vieux</translation></message>
    <message numerus="yes"><source>%n item(s)</source><translation>
        <numerusform>%n article</numerusform><numerusform></numerusform></translation></message>
    <message numerus="yes"><source>%n line(s)</source><translation>
        <numerusform>%n ligne</numerusform><numerusform>%n lignes</numerusform></translation></message>
</context>
</TS>
)");
    file.close();
    CHECK(untranslated(ts, QStringLiteral("fr"))
        == QStringList {QStringLiteral("fr: untranslated: \"Park\" (crema::PosWidget)"),
            QStringLiteral(
                "fr: translation \"À payer\" does not keep the placeholders %1: \"Due  %1\" (crema::PosWidget)"),
            QStringLiteral("fr: empty translation: \"%n item(s)\" (crema::PosWidget)")});
    CHECK(untranslated(dir.file(QStringLiteral("crema_xx.ts")), QStringLiteral("xx")).size() == 1);
}
