#include "welcomewidget.h"

#include "common/clock.h"
#include "common/money.h"
#include "storage/database.h"
#include "widgets/localechoices.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

namespace crema {

namespace {

int errorKey(SetupField field, int staffIndex)
{
    return static_cast<int>(field) * 100 + std::max(staffIndex, 0);
}

// Local styles: the welcome screen is the one screen shown before a café exists.
const char* kStyle = R"(
#welcomePage { background: #f6f1eb; }
#welcomeTitle { font-size: 24pt; font-weight: bold; color: #3b2a20; }
#welcomeSubtitle { color: #7a6657; font-size: 12pt; }
#welcomeCard, #demoCard { background: #ffffff; border: 1px solid #e2d6ca; border-radius: 14px; }
#cardTitle { font-size: 15pt; font-weight: bold; color: #3b2a20; }
#sectionTitle { font-size: 10pt; font-weight: bold; color: #9a7b63; text-transform: uppercase; letter-spacing: 1px; }
#fieldLabel { color: #4a3a30; font-weight: bold; }
#fieldError, #formMessage, #demoMessage[problem="true"] { color: #b23a2b; font-weight: bold; }
#demoMessage, #demoNote { color: #7a6657; }
#welcomePage QLineEdit, #welcomePage QComboBox, #welcomePage QPlainTextEdit {
    background: #ffffff; border: 1px solid #d8cabd; border-radius: 6px; padding: 4px 8px; min-height: 34px;
}
#welcomePage QLineEdit:focus, #welcomePage QComboBox:focus, #welcomePage QPlainTextEdit:focus { border-color: #8a6a52; }
#welcomePage QPushButton[role="segment"] { min-height: 34px; padding: 4px 10px; }
#welcomePage QPushButton[role="segment"]:checked { background: #3b2a20; color: #ffffff; border-color: #3b2a20; }
#createButton { background: #2f7d4f; border-color: #2f7d4f; color: #ffffff; font-size: 14pt; font-weight: bold;
    min-height: 52px; padding: 6px 36px; }
#createButton:pressed { background: #276842; }
#createButton:disabled, #demoButton:disabled { background: #c9bcb0; border-color: #c9bcb0; color: #f6f1eb; }
#demoButton { font-size: 12pt; font-weight: bold; min-height: 46px; padding: 4px 24px; }
)";

struct LanguageChoice {
    const char* code;
    const char* name; // in the language itself, so anyone finds their own
};
const LanguageChoice kLanguages[]
    = {{"en", "English"}, {"fr", "Français"}, {"tr", "Türkçe"}, {"ru", "Русский"}, {"kk", "Қазақ тілі"}};

} // namespace

WelcomeWidget::WelcomeWidget(const QString& path, QWidget* parent)
    : QWidget(parent)
    , m_path(path)
    , m_cremactl(QCoreApplication::applicationDirPath() + QStringLiteral("/cremactl"))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QString::fromUtf8(kStyle));
    const QFileInfo asked(path);
    m_demoPath = asked.absoluteDir().filePath(QStringLiteral("crema-demo.db"));
    if (QFileInfo(m_demoPath).absoluteFilePath() == asked.absoluteFilePath())
        m_demoPath = asked.absoluteDir().filePath(QStringLiteral("crema-demo-2.db"));

    auto* title = new QLabel(tr("Welcome to Crema"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    auto* subtitle = new QLabel(tr("There is no café in %1 yet. Create yours, or look around the demo café first.")
                                    .arg(QDir::toNativeSeparators(asked.absoluteFilePath())),
        this);
    subtitle->setObjectName(QStringLiteral("welcomeSubtitle"));
    subtitle->setWordWrap(true);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("welcomeContent"));
    content->setMaximumWidth(1240);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addWidget(buildForm());
    column->addWidget(buildDemoBar());

    // Small screens scroll rather than squeeze the fields.
    auto* holder = new QWidget;
    holder->setObjectName(QStringLiteral("welcomePage"));
    auto* middle = new QVBoxLayout(holder);
    middle->setContentsMargins(28, 14, 28, 14);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(content, 100);
    centred->addStretch(1);
    middle->addStretch(1);
    middle->addLayout(centred);
    middle->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the columns narrow instead
    scroll->setWidgetResizable(true);
    scroll->setWidget(holder);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    guessDefaults();
    m_storeName->setFocus();
}

WelcomeWidget::~WelcomeWidget()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // its half-made file is a temporary one that the next init removes
        m_process->waitForFinished(3000);
    }
}

QLabel* WelcomeWidget::addField(QVBoxLayout* column, const QString& label, QWidget* input, SetupField field, int staff)
{
    auto* name = new QLabel(label);
    name->setObjectName(QStringLiteral("fieldLabel"));
    name->setBuddy(input);
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("fieldError"));
    error->setWordWrap(true);
    error->setVisible(false);
    column->addWidget(name);
    column->addWidget(input);
    column->addWidget(error);
    column->addSpacing(4);
    m_errors.insert(errorKey(field, staff), error);
    return error;
}

QWidget* WelcomeWidget::buildForm()
{
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("welcomeCard"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 18, 28, 18);
    layout->setSpacing(10);
    auto* heading = new QLabel(tr("Create a café"));
    heading->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(heading);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(28);
    const auto section = [&](const QString& text) {
        auto* c = new QVBoxLayout;
        c->setSpacing(4);
        auto* t = new QLabel(text);
        t->setObjectName(QStringLiteral("sectionTitle"));
        c->addWidget(t);
        c->addSpacing(4);
        columns->addLayout(c, 1);
        return c;
    };

    QVBoxLayout* cafe = section(tr("Your café"));
    m_storeName = new QLineEdit;
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_storeName->setPlaceholderText(tr("e.g. Bean There"));
    addField(cafe, tr("Name"), m_storeName, SetupField::StoreName);
    m_address = new QPlainTextEdit;
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("As printed on receipts, one line each"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(76);
    addField(cafe, tr("Address"), m_address, SetupField::Address);
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_currency->setMinimumContentsLength(10);
    for (const CurrencyInfo& c : knownCurrencies()) {
        const QString digits = c.minorDigits == 0 ? tr("no decimals") : tr("%n decimals", nullptr, c.minorDigits);
        m_currency->addItem(QStringLiteral("%1 · %2").arg(c.code, digits), c.code);
    }
    addField(cafe, tr("Currency"), m_currency, SetupField::Currency);
    auto* taxRow = new QWidget;
    auto* taxLayout = new QHBoxLayout(taxRow);
    taxLayout->setContentsMargins(0, 0, 0, 0);
    taxLayout->setSpacing(8);
    m_tax = new QButtonGroup(this);
    auto* inclusive = new QPushButton(tr("Include tax"));
    inclusive->setObjectName(QStringLiteral("pricesIncludeTax"));
    auto* exclusive = new QPushButton(tr("Tax added at the till"));
    exclusive->setObjectName(QStringLiteral("pricesExcludeTax"));
    for (QPushButton* b : {inclusive, exclusive}) {
        b->setCheckable(true);
        b->setProperty("role", QStringLiteral("segment"));
        taxLayout->addWidget(b, 1);
    }
    m_tax->addButton(inclusive, 1);
    m_tax->addButton(exclusive, 0);
    inclusive->setChecked(true);
    auto* taxLabel = new QLabel(tr("Menu prices")); // either choice is valid: no error line of its own
    taxLabel->setObjectName(QStringLiteral("fieldLabel"));
    cafe->addWidget(taxLabel);
    cafe->addWidget(taxRow);
    cafe->addStretch(1);

    QVBoxLayout* place = section(tr("Time and language"));
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    makeTimeZonePicker(m_timeZone, 12);
    addField(place, tr("Time zone"), m_timeZone, SetupField::TimeZone);
    m_locale = new QComboBox;
    m_locale->setObjectName(QStringLiteral("locale"));
    m_locale->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_locale->setMinimumContentsLength(12);
    const auto addLocale = [&](const QString& name) {
        if (m_locale->findData(name) >= 0)
            return;
        const QLocale l(name);
        // What it looks like first: a narrow field still shows the money and the date.
        m_locale->addItem(QStringLiteral("%1 · %2 · %3 (%4)")
                              .arg(l.toCurrencyString(1234.5), l.toString(QDate(2026, 12, 31), QLocale::ShortFormat),
                                  l.nativeLanguageName(), l.nativeTerritoryName()),
            name);
    };
    for (const QString& name : offeredLocales())
        addLocale(name);
    if (Setup::checkLocale(QLocale::system().name()).ok())
        addLocale(QLocale::system().name());
    addField(place, tr("Money and dates written as"), m_locale, SetupField::Locale);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    for (const LanguageChoice& l : kLanguages)
        m_language->addItem(QString::fromUtf8(l.name), QString::fromLatin1(l.code));
    addField(place, tr("Language of this till"), m_language, SetupField::Language);
    place->addStretch(1);

    QVBoxLayout* people = section(tr("Owner and first till"));
    m_ownerName = new QLineEdit;
    m_ownerName->setObjectName(QStringLiteral("ownerName"));
    m_ownerName->setPlaceholderText(tr("Your name"));
    addField(people, tr("Owner's name"), m_ownerName, SetupField::StaffName, 0);
    const auto pinEdit = [&](const QString& name) {
        auto* e = new QLineEdit;
        e->setObjectName(name);
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(8);
        e->setInputMethodHints(Qt::ImhDigitsOnly);
        e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), e));
        e->setPlaceholderText(tr("4 to 8 digits"));
        return e;
    };
    m_pin = pinEdit(QStringLiteral("ownerPin"));
    addField(people, tr("Owner's PIN"), m_pin, SetupField::StaffPin, 0);
    m_pinAgain = pinEdit(QStringLiteral("ownerPinAgain"));
    m_pinAgain->setPlaceholderText(tr("The same PIN again"));
    m_pinAgainError = addField(people, tr("PIN again"), m_pinAgain, SetupField::Staff);
    m_tillName = new QLineEdit;
    m_tillName->setObjectName(QStringLiteral("tillName"));
    addField(people, tr("This till's name"), m_tillName, SetupField::TillName);
    people->addStretch(1);
    layout->addLayout(columns);

    auto* actions = new QHBoxLayout;
    m_formMessage = new QLabel;
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_formMessage->setWordWrap(true);
    m_create = new QPushButton(tr("Create the café"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &WelcomeWidget::create);
    actions->addWidget(m_formMessage, 1);
    actions->addWidget(m_create);
    layout->addLayout(actions);
    for (QLineEdit* e : {m_storeName, m_ownerName, m_pin, m_pinAgain, m_tillName})
        connect(e, &QLineEdit::returnPressed, this, &WelcomeWidget::create);
    return card;
}

QWidget* WelcomeWidget::buildDemoBar()
{
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("demoCard"));
    auto* layout = new QHBoxLayout(card);
    layout->setContentsMargins(28, 16, 28, 16);
    layout->setSpacing(20);
    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    auto* heading = new QLabel(tr("Just looking?"));
    heading->setObjectName(QStringLiteral("cardTitle"));
    auto* note = new QLabel(tr("The demo café has a menu, staff and 13 weeks of sales (PINs: cashier 1111, barista "
                               "2222, manager 3333, owner 4444). It is kept in its own file, %1, so %2 stays free "
                               "for your café.")
                                .arg(QDir::toNativeSeparators(m_demoPath), QFileInfo(m_path).fileName()));
    note->setObjectName(QStringLiteral("demoNote"));
    note->setWordWrap(true);
    m_demoMessage = new QLabel;
    m_demoMessage->setObjectName(QStringLiteral("demoMessage"));
    m_demoMessage->setWordWrap(true);
    m_demoMessage->setVisible(false);
    m_demoProgress = new QProgressBar;
    m_demoProgress->setObjectName(QStringLiteral("demoProgress"));
    m_demoProgress->setRange(0, 0); // how long cremactl takes is not known: a busy bar
    m_demoProgress->setTextVisible(false);
    m_demoProgress->setMaximumHeight(8);
    m_demoProgress->setVisible(false);
    text->addWidget(heading);
    text->addWidget(note);
    text->addWidget(m_demoProgress);
    text->addWidget(m_demoMessage);
    m_demo = new QPushButton(QFileInfo::exists(m_demoPath) ? tr("Open the demo café") : tr("Make the demo café"));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    connect(m_demo, &QPushButton::clicked, this, &WelcomeWidget::openDemo);
    layout->addLayout(text, 1);
    layout->addWidget(m_demo, 0, Qt::AlignVCenter);
    return card;
}

void WelcomeWidget::guessDefaults()
{
    const QLocale system = QLocale::system();
    const QString localeName = Setup::checkLocale(system.name()).ok() ? system.name() : QStringLiteral("en_GB");
    m_locale->setCurrentIndex(std::max(0, m_locale->findData(localeName)));
    const QLocale locale(localeName);
    const QString language = QLocale::languageToCode(locale.language());
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    const QString currency = locale.currencySymbol(QLocale::CurrencyIsoCode);
    const int currencyIndex = m_currency->findData(currency);
    m_currency->setCurrentIndex(
        currencyIndex >= 0 ? currencyIndex : std::max(0, m_currency->findData(QStringLiteral("GBP"))));
    // North America shows prices before tax; most of the world shows what the customer pays.
    const bool exclusive = locale.territory() == QLocale::UnitedStates || locale.territory() == QLocale::Canada;
    m_tax->button(exclusive ? 0 : 1)->setChecked(true);
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_timeZone->setCurrentText(Setup::checkTimeZone(zone).ok() ? zone : QStringLiteral("Europe/London"));
    m_tillName->setText(tr("Till 1"));
}

void WelcomeWidget::clearProblems()
{
    for (QLabel* l : std::as_const(m_errors)) {
        l->clear();
        l->setVisible(false);
    }
    m_formMessage->clear();
}

void WelcomeWidget::showProblem(SetupField field, int staffIndex, const QString& message)
{
    QLabel* label = m_errors.value(errorKey(field, staffIndex), m_pinAgainError);
    label->setText(label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    label->setVisible(true);
}

void WelcomeWidget::create()
{
    if (m_process)
        return;
    clearProblems();
    StoreSetup setup;
    setup.storeName = m_storeName->text();
    setup.address = m_address->toPlainText();
    setup.currency = m_currency->currentData().toString();
    setup.pricesIncludeTax = m_tax->checkedId() == 1;
    setup.timeZone = m_timeZone->currentText().trimmed();
    setup.locale = m_locale->currentData().toString();
    setup.language = m_language->currentData().toString();
    setup.terminalName = m_tillName->text();
    const QList<InitialStaff> staff {{m_ownerName->text(), Role::Owner, m_pin->text()}};

    const QList<SetupProblem> problems = Setup::problems(setup, staff);
    for (const SetupProblem& p : problems)
        showProblem(p.field, p.staffIndex, p.message);
    const bool pinsDiffer = m_pin->text() != m_pinAgain->text();
    if (pinsDiffer)
        showProblem(SetupField::Staff, -1, tr("The two PINs are not the same."));
    if (!problems.isEmpty() || pinsDiffer) {
        m_formMessage->setText(tr("Please correct the fields marked in red."));
        return;
    }
    setBusy(true);
    const Status created = Setup::createFile(m_path, [&](Database& db) {
        Clock clock;
        return Setup::initialise(db, clock, setup, staff);
    });
    setBusy(false);
    if (!created) {
        m_formMessage->setText(created.error().message);
        return;
    }
    Q_EMIT opened(m_path);
}

void WelcomeWidget::openDemo()
{
    if (m_process)
        return;
    if (QFileInfo::exists(m_demoPath)) {
        Q_EMIT opened(m_demoPath); // made on an earlier first run
        return;
    }
    m_demoMessage->setProperty("problem", false);
    if (!QFileInfo(m_cremactl).isExecutable()) {
        m_demoMessage->setProperty("problem", true);
        m_demoMessage->setText(tr("The demo café cannot be made: Crema's command-line tool was not found at %1. "
                                  "Install cremactl beside crema, or create your own café above.")
                                   .arg(QDir::toNativeSeparators(m_cremactl)));
        m_demoMessage->setVisible(true);
        m_demoMessage->style()->polish(m_demoMessage);
        return;
    }
    m_demoErrors.clear();
    m_process = new QProcess(this);
    m_process->setProgram(m_cremactl);
    m_process->setArguments({QStringLiteral("--db"), m_demoPath, QStringLiteral("init"), QStringLiteral("--demo")});
    connect(m_process, &QProcess::readyReadStandardError, this,
        [this] { m_demoErrors += QString::fromUtf8(m_process->readAllStandardError()); });
    connect(m_process, &QProcess::finished, this,
        [this](int code, QProcess::ExitStatus status) { demoFinished(status == QProcess::NormalExit ? code : -1); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_demoErrors = m_process->errorString();
            demoFinished(-1);
        }
    });
    m_demoMessage->setText(tr("Making the demo café: menu, stock, staff and 13 weeks of sales. This takes a few "
                              "seconds…"));
    m_demoMessage->setVisible(true);
    m_demoMessage->style()->polish(m_demoMessage);
    m_demoProgress->setVisible(true);
    setBusy(true);
    m_process->start();
}

void WelcomeWidget::demoFinished(int exitCode)
{
    if (!m_process)
        return;
    m_process->deleteLater();
    m_process = nullptr;
    m_demoProgress->setVisible(false);
    setBusy(false);
    if (exitCode == 0 && QFileInfo::exists(m_demoPath)) {
        m_demoMessage->setVisible(false);
        Q_EMIT opened(m_demoPath);
        return;
    }
    m_demoMessage->setProperty("problem", true);
    m_demoMessage->setText(tr("The demo café could not be made: %1").arg(m_demoErrors.trimmed()));
    m_demoMessage->style()->polish(m_demoMessage);
}

void WelcomeWidget::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
    m_demo->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

void WelcomeWidget::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
    Q_EMIT closed();
}

} // namespace crema
