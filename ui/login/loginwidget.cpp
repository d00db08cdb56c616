#include "loginwidget.h"

#include "shell/language.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace crema {

LoginWidget::LoginWidget(StaffService& staff, const QString& storeName, const QString& tillName, QWidget* parent)
    : QWidget(parent)
    , m_staff(staff)
{
    setObjectName(QStringLiteral("loginPage"));
    setFocusPolicy(Qt::StrongFocus);

    auto* card = new QWidget(this);
    card->setObjectName(QStringLiteral("loginCard"));
    card->setFixedWidth(380);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(14);

    auto* title = new QLabel(storeName, card);
    title->setObjectName(QStringLiteral("loginTitle"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto* subtitle = new QLabel(tr("%1 · Enter your PIN").arg(tillName), card);
    subtitle->setObjectName(QStringLiteral("loginSubtitle"));
    subtitle->setAlignment(Qt::AlignCenter);

    m_dots = new QLabel(card);
    m_dots->setObjectName(QStringLiteral("pinDots"));
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setAccessibleName(tr("PIN entered"));

    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(40);

    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    const auto makeKey = [&](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, card);
        b->setObjectName(name);
        b->setProperty("role", QStringLiteral("pinKey"));
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumSize(88, 64);
        return b;
    };
    for (int d = 1; d <= 9; ++d) {
        auto* b = makeKey(QString::number(d), QStringLiteral("pinKey%1").arg(d));
        connect(b, &QPushButton::clicked, this, [this, d] { press(QString::number(d)); });
        grid->addWidget(b, (d - 1) / 3, (d - 1) % 3);
    }
    auto* clear = makeKey(tr("⌫"), QStringLiteral("pinBackspace"));
    clear->setAccessibleName(tr("Delete last digit"));
    connect(clear, &QPushButton::clicked, this, &LoginWidget::backspace);
    auto* zero = makeKey(QStringLiteral("0"), QStringLiteral("pinKey0"));
    connect(zero, &QPushButton::clicked, this, [this] { press(QStringLiteral("0")); });
    auto* ok = makeKey(tr("OK"), QStringLiteral("pinOk"));
    ok->setProperty("role", QStringLiteral("pinOk"));
    connect(ok, &QPushButton::clicked, this, &LoginWidget::submit);
    grid->addWidget(clear, 3, 0);
    grid->addWidget(zero, 3, 1);
    grid->addWidget(ok, 3, 2);

    cardLayout->addWidget(title);
    cardLayout->addWidget(subtitle);
    cardLayout->addWidget(m_dots);
    cardLayout->addWidget(m_message);
    cardLayout->addLayout(grid);

    // Each language in its own name, so whoever comes to the pad finds theirs.
    auto* languages = new QHBoxLayout;
    languages->setSpacing(4);
    m_languages = new QButtonGroup(this);
    m_languages->setExclusive(true);
    for (const QString& code : Language::codes()) {
        auto* b = new QPushButton(Language::shortName(code), card);
        b->setAccessibleName(Language::nativeName(code));
        b->setObjectName(QStringLiteral("language_%1").arg(code));
        b->setProperty("role", QStringLiteral("languageKey"));
        b->setProperty("code", code);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        b->setFlat(true);
        b->setToolTip(
            QStringLiteral("%1 — %2").arg(Language::nativeName(code), tr("Use this language until the till locks")));
        m_languages->addButton(b);
        languages->addWidget(b);
    }
    connect(m_languages, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* b) {
        if (b->property("current").toBool())
            return;
        Q_EMIT languageRequested(b->property("code").toString());
    });
    cardLayout->addLayout(languages);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(1);
    updateDots();
}

void LoginWidget::reset()
{
    m_pin.clear();
    m_message->clear();
    updateDots();
    setFocus();
}

void LoginWidget::setLanguage(const QString& code)
{
    for (QAbstractButton* b : m_languages->buttons()) {
        const bool current = b->property("code").toString() == code;
        b->setProperty("current", current);
        b->setChecked(current);
        QFont font = b->font();
        font.setBold(current); // the stylesheet knows no checked key: the language spoken reads bold
        b->setFont(font);
    }
}

QString LoginWidget::message() const
{
    return m_message->text();
}

void LoginWidget::press(const QString& digit)
{
    if (m_pin.size() >= 8)
        return;
    m_pin += digit;
    m_message->clear();
    updateDots();
}

void LoginWidget::backspace()
{
    m_pin.chop(1);
    updateDots();
}

void LoginWidget::updateDots()
{
    QString dots;
    for (qsizetype i = 0; i < m_pin.size(); ++i)
        dots += QStringLiteral("● ");
    m_dots->setText(m_pin.isEmpty() ? QStringLiteral("○ ○ ○ ○") : dots.trimmed());
}

void LoginWidget::submit()
{
    if (m_pin.size() < 4) {
        m_message->setText(tr("A PIN has 4 to 8 digits."));
        return;
    }
    const QString pin = std::exchange(m_pin, QString());
    updateDots();
    auto member = m_staff.login(pin);
    if (!member) {
        m_message->setText(member.error().code == Error::Code::AuthenticationFailed ? tr("Wrong PIN. Please try again.")
                                                                                    : member.error().message);
        return;
    }
    m_message->clear();
    Q_EMIT loggedIn(*member);
}

void LoginWidget::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (text.size() == 1 && text[0].isDigit()) {
        press(text);
    } else if (event->key() == Qt::Key_Backspace) {
        backspace();
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
    } else if (event->key() == Qt::Key_Escape) {
        reset();
    } else {
        QWidget::keyPressEvent(event);
    }
}

} // namespace crema
