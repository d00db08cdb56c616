#include "paymentdialog.h"

#include "widgets/messagetone.h"
#include "widgets/pinpromptdialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace crema {

PaymentDialog::PaymentDialog(SaleService& sales, const StaffMember& actor, const Cart& cart, qint64 heldOrderId,
    Money total, const QString& currency, QWidget* parent)
    : QDialog(parent)
    , m_sales(sales)
    , m_actor(actor)
    , m_cart(cart)
    , m_heldOrderId(heldOrderId)
    , m_total(total)
    , m_currency(currency)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    setModal(true);
    auto* outer = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    // Page 1: taking payment.
    auto* take = new QWidget;
    auto* layout = new QHBoxLayout(take);
    auto* left = new QVBoxLayout;
    m_due = new QLabel(take);
    m_due->setObjectName(QStringLiteral("amountDue"));
    left->addWidget(m_due);
    m_amount = new QLineEdit(take);
    m_amount->setObjectName(QStringLiteral("tenderedAmount"));
    m_amount->setPlaceholderText(tr("Amount (empty: all that is due)"));
    m_amount->setMinimumHeight(48);
    m_amount->setAlignment(Qt::AlignRight);
    left->addWidget(m_amount);
    auto* keypad = new QGridLayout;
    keypad->setSpacing(6);
    const QStringList keys {QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("4"),
        QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
        QStringLiteral("."), QStringLiteral("0"), QStringLiteral("⌫")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* b = new QPushButton(keys[i], take);
        b->setProperty("role", QStringLiteral("pinKey"));
        b->setMinimumSize(72, 52);
        b->setFocusPolicy(Qt::NoFocus);
        const QString k = keys[i];
        connect(b, &QPushButton::clicked, this, [this, k] {
            if (k == u"⌫")
                m_amount->backspace();
            else
                m_amount->insert(k);
        });
        keypad->addWidget(b, i / 3, i % 3);
    }
    left->addLayout(keypad);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    auto* quickRow = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        auto* b = new QPushButton(take);
        b->setObjectName(QStringLiteral("quickCash%1").arg(i));
        b->setMinimumHeight(52);
        connect(b, &QPushButton::clicked, this, [this, b] {
            m_amount->setText(b->property("amount").toString());
            payCash();
        });
        m_quick << b;
        quickRow->addWidget(b, i / 2, i % 2);
    }
    right->addLayout(quickRow);
    auto* exact = new QPushButton(tr("Cash — exact"), take);
    exact->setObjectName(QStringLiteral("payExactCash"));
    exact->setProperty("role", QStringLiteral("primary"));
    exact->setMinimumHeight(60);
    connect(exact, &QPushButton::clicked, this, [this] {
        m_amount->clear();
        payCash();
    });
    auto* cash = new QPushButton(tr("Cash: typed amount"), take);
    cash->setObjectName(QStringLiteral("payCash"));
    cash->setMinimumHeight(52);
    connect(cash, &QPushButton::clicked, this, &PaymentDialog::payCash);
    m_reference = new QLineEdit(take);
    m_reference->setObjectName(QStringLiteral("cardReference"));
    m_reference->setPlaceholderText(tr("Card approval code (from the card machine)"));
    m_reference->setMinimumHeight(44);
    auto* card = new QPushButton(tr("Card"), take);
    card->setObjectName(QStringLiteral("payCard"));
    card->setProperty("role", QStringLiteral("primary"));
    card->setMinimumHeight(60);
    connect(card, &QPushButton::clicked, this, &PaymentDialog::payCard);
    m_taken = new QListWidget(take);
    m_taken->setObjectName(QStringLiteral("paymentsTaken"));
    m_taken->setMaximumHeight(90);
    m_message = new QLabel(take);
    m_message->setObjectName(QStringLiteral("paymentMessage"));
    m_message->setWordWrap(true);
    m_openShift = new QPushButton(tr("Open a shift and take this payment"), take);
    m_openShift->setObjectName(QStringLiteral("openShiftForPayment"));
    m_openShift->setMinimumHeight(48);
    m_openShift->hide();
    connect(m_openShift, &QPushButton::clicked, this, &PaymentDialog::shiftNeeded);
    auto* cancel = new QPushButton(tr("Cancel — back to the order"), take);
    cancel->setObjectName(QStringLiteral("paymentCancel"));
    cancel->setMinimumHeight(48);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    right->addWidget(exact);
    right->addWidget(cash);
    right->addSpacing(8);
    right->addWidget(m_reference);
    right->addWidget(card);
    right->addWidget(m_taken);
    right->addWidget(m_message);
    right->addWidget(m_openShift);
    right->addStretch(1);
    right->addWidget(cancel);
    layout->addLayout(right, 4);
    m_pages->addWidget(take);

    // Page 2: done, change to give.
    auto* done = new QWidget;
    auto* doneLayout = new QVBoxLayout(done);
    m_change = new QLabel(done);
    m_change->setObjectName(QStringLiteral("changeDue"));
    m_change->setAlignment(Qt::AlignCenter);
    m_doneDetails = new QLabel(done);
    m_doneDetails->setObjectName(QStringLiteral("saleDetails"));
    m_doneDetails->setAlignment(Qt::AlignCenter);
    m_doneDetails->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    auto* print = new QPushButton(tr("Print receipt"), done);
    print->setObjectName(QStringLiteral("printReceipt"));
    print->setMinimumHeight(60);
    auto* finish = new QPushButton(tr("Next customer"), done);
    finish->setObjectName(QStringLiteral("nextCustomer"));
    finish->setProperty("role", QStringLiteral("primary"));
    finish->setMinimumHeight(60);
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_result)
            Q_EMIT printRequested(m_result->receiptNo);
        accept();
    });
    connect(finish, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(print);
    buttons->addWidget(finish);
    doneLayout->addStretch(1);
    doneLayout->addWidget(m_change);
    doneLayout->addWidget(m_doneDetails);
    doneLayout->addStretch(1);
    doneLayout->addLayout(buttons);
    m_pages->addWidget(done);

    // Page 3: Cancel with parts taken. Money already handed over or charged is given back by hand.
    auto* back = new QWidget;
    auto* backLayout = new QVBoxLayout(back);
    auto* backTitle = new QLabel(tr("Give back what was taken"), back);
    backTitle->setObjectName(QStringLiteral("dialogTitle"));
    m_giveBack = new QLabel(back);
    m_giveBack->setObjectName(QStringLiteral("giveBackDetails"));
    m_giveBack->setWordWrap(true);
    auto* backButtons = new QHBoxLayout;
    auto* keep = new QPushButton(tr("Keep taking payment"), back);
    keep->setObjectName(QStringLiteral("keepPaying"));
    keep->setMinimumHeight(60);
    auto* givenBack = new QPushButton(tr("Given back — cancel the payment"), back);
    givenBack->setObjectName(QStringLiteral("partsGivenBack"));
    givenBack->setProperty("role", QStringLiteral("primary"));
    givenBack->setMinimumHeight(60);
    connect(keep, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(givenBack, &QPushButton::clicked, this, &PaymentDialog::confirmGivenBack);
    backButtons->addWidget(keep);
    backButtons->addWidget(givenBack);
    backLayout->addWidget(backTitle);
    backLayout->addWidget(m_giveBack);
    backLayout->addStretch(1);
    backLayout->addLayout(backButtons);
    m_pages->addWidget(back);

    resize(760, 520);
    refresh();
}

Money PaymentDialog::due() const
{
    return m_total - m_covered;
}

QString PaymentDialog::message() const
{
    return m_message->text();
}

void PaymentDialog::setAmount(const QString& text)
{
    m_amount->setText(text);
}

Result<std::optional<Money>> PaymentDialog::typedAmount() const
{
    const QString t = m_amount->text().trimmed();
    if (t.isEmpty())
        return std::optional<Money>();
    auto m = Money::parse(t, currencyMinorDigits(m_currency));
    if (!m)
        return m.error();
    if (m->cents() <= 0)
        return fail(Error::Code::InvalidInput, tr("Type an amount above zero."));
    return std::optional<Money>(*m);
}

void PaymentDialog::refresh()
{
    const int digits = currencyMinorDigits(m_currency);
    m_due->setText(tr("Due  %1").arg(due().formatLocal(QLocale(), m_currency, digits)));
    // Quick amounts: the notes a customer is likely to hand over for what is due.
    QList<qint64> notes;
    for (qint64 n : {500, 1000, 2000, 5000}) {
        const qint64 unit = n;
        const qint64 next = ((due().cents() + unit - 1) / unit) * unit;
        if (next >= due().cents() && !notes.contains(next))
            notes << next;
    }
    std::sort(notes.begin(), notes.end());
    for (int i = 0; i < m_quick.size(); ++i) {
        const bool has = i < notes.size();
        m_quick[i]->setVisible(has);
        if (has) {
            const Money m(notes[i]);
            m_quick[i]->setText(m.formatLocal(QLocale(), m_currency, digits));
            m_quick[i]->setProperty("amount", m.toDecimalString(digits));
        }
    }
}

QStringList PaymentDialog::partsTaken() const
{
    QStringList parts;
    for (int i = 0; i < m_taken->count(); ++i)
        parts << m_taken->item(i)->text();
    return parts;
}

bool PaymentDialog::isAskingToGiveBack() const
{
    return m_pages->currentIndex() == 2;
}

void PaymentDialog::reject()
{
    if (m_result || m_payments.isEmpty()) {
        QDialog::reject();
        return;
    }
    const int digits = currencyMinorDigits(m_currency);
    QStringList steps;
    for (int i = 0; i < m_payments.size(); ++i) {
        const PaymentRequest& p = m_payments[i];
        const QString part = m_taken->item(i)->text();
        if (p.method == PaymentRequest::Method::Card)
            steps << tr("• %1: refund it on the card machine%2")
                         .arg(part, p.reference.isEmpty() ? QString() : tr(" (approval %1)").arg(p.reference));
        else
            steps << tr("• %1: hand it back from the drawer").arg(part);
    }
    m_giveBack->setText(tr("%1 of %2 was taken. Nothing has been sold, so give it back:\n\n%3")
                            .arg(m_covered.formatLocal(QLocale(), m_currency, digits),
                                m_total.formatLocal(QLocale(), m_currency, digits), steps.join(QLatin1Char('\n'))));
    m_pages->setCurrentIndex(2);
}

void PaymentDialog::confirmGivenBack()
{
    const QStringList parts = partsTaken();
    m_payments.clear();
    m_covered = Money();
    m_taken->clear();
    Q_EMIT partsGivenBack(parts);
    QDialog::reject();
}

bool PaymentDialog::retryIfCovered()
{
    // The parts cover the total but the sale was not committed (a manager's PIN was asked for and
    // not given, or the engine refused): try the same payment again rather than drop the parts. A
    // 0.00 order (a free-item reward, a 100 % discount) is covered with no part at all: any pay
    // button completes it.
    if (!m_result && due().cents() <= 0 && (!m_payments.isEmpty() || m_total.cents() == 0)) {
        commit();
        return true;
    }
    return false;
}

void PaymentDialog::retry()
{
    if (!retryIfCovered())
        showMessage(m_message, QString(), MessageTone::Info);
}

void PaymentDialog::payCash()
{
    if (retryIfCovered())
        return;
    auto amount = typedAmount();
    if (!amount) {
        showMessage(m_message, amount.error().message, MessageTone::Error);
        return;
    }
    PaymentRequest p;
    p.method = PaymentRequest::Method::Cash;
    p.amount = *amount;
    m_payments.append(p);
    const Money applied = amount->has_value() ? std::min(**amount, due()) : due();
    m_covered += applied;
    m_taken->addItem(tr("Cash %1").arg((amount->has_value() ? **amount : applied)
                                           .formatLocal(QLocale(), m_currency, currencyMinorDigits(m_currency))));
    m_amount->clear();
    refresh();
    if (due().cents() <= 0)
        commit();
}

void PaymentDialog::payCard()
{
    if (retryIfCovered())
        return;
    auto amount = typedAmount();
    if (!amount) {
        showMessage(m_message, amount.error().message, MessageTone::Error);
        return;
    }
    if (amount->has_value() && **amount > due()) {
        showMessage(m_message,
            tr("A card payment cannot be more than what is due (%1).")
                .arg(due().formatLocal(QLocale(), m_currency, currencyMinorDigits(m_currency))),
            MessageTone::Error);
        return;
    }
    PaymentRequest p;
    p.method = PaymentRequest::Method::Card;
    p.amount = *amount;
    p.reference = m_reference->text().trimmed();
    m_payments.append(p);
    const Money applied = amount->has_value() ? **amount : due();
    m_covered += applied;
    m_taken->addItem(tr("Card %1").arg(applied.formatLocal(QLocale(), m_currency, currencyMinorDigits(m_currency))));
    m_amount->clear();
    m_reference->clear();
    refresh();
    if (due().cents() <= 0)
        commit();
}

void PaymentDialog::commit(const QString& overridePin)
{
    auto sale = m_sales.checkout(m_actor, SaleRequest {m_cart, m_payments, overridePin, m_heldOrderId});
    if (!sale) {
        // Nothing was written, but the parts taken are real money: they stay listed until the
        // sale goes through or the cashier gives them back (Cancel).
        showMessage(m_message, sale.error().message, MessageTone::Error);
        m_openShift->setVisible(sale.error().code == Error::Code::NoOpenShift);
        if (sale.error().code == Error::Code::PermissionDenied && overridePin.isEmpty())
            PinPromptDialog::ask(this, sale.error().message, [this](const QString& pin) { commit(pin); });
        else if (sale.error().code == Error::Code::NoOpenShift)
            Q_EMIT shiftNeeded();
        return;
    }
    m_openShift->hide();
    m_result = *sale;
    const int digits = currencyMinorDigits(m_currency);
    m_change->setText(sale->change.cents() > 0
            ? tr("Change  %1").arg(sale->change.formatLocal(QLocale(), m_currency, digits))
            : tr("Paid  %1").arg(sale->total.formatLocal(QLocale(), m_currency, digits)));
    QString details = tr("Receipt %1").arg(sale->receiptNo);
    if (sale->pointsEarned > 0)
        details += tr(" · %1 points earned").arg(sale->pointsEarned);
    for (const QString& w : sale->warnings)
        details += QStringLiteral("\n⚠ ") + w;
    m_doneDetails->setText(details);
    m_pages->setCurrentIndex(1);
    Q_EMIT paid(*sale);
}

} // namespace crema
