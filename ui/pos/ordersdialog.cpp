#include "ordersdialog.h"

#include "print/documentprinter.h"
#include "receipts/documenttext.h"
#include "widgets/messagetone.h"
#include "widgets/pinpromptdialog.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace crema {

OrdersDialog::OrdersDialog(SaleService& sales, const StaffMember& actor, const QString& currency, QWidget* parent)
    : QDialog(parent)
    , m_sales(sales)
    , m_actor(actor)
    , m_currency(currency)
{
    setObjectName(QStringLiteral("ordersDialog"));
    setWindowTitle(tr("Orders"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // Parked.
    auto* parked = new QWidget;
    auto* pl = new QVBoxLayout(parked);
    m_parked = new QListWidget(parked);
    m_parked->setObjectName(QStringLiteral("parkedOrders"));
    auto* pButtons = new QHBoxLayout;
    auto* resume = new QPushButton(tr("Resume"), parked);
    resume->setObjectName(QStringLiteral("resumeOrder"));
    resume->setProperty("role", QStringLiteral("primary"));
    auto* voidButton = new QPushButton(tr("Void"), parked);
    voidButton->setObjectName(QStringLiteral("voidOrder"));
    for (QPushButton* b : {resume, voidButton})
        b->setMinimumHeight(52);
    connect(resume, &QPushButton::clicked, this, [this] {
        const int row = m_parked->currentRow();
        if (row >= 0 && row < m_parkedOrders.size()) {
            Q_EMIT resumeRequested(m_parkedOrders[row].id);
            accept();
        }
    });
    connect(voidButton, &QPushButton::clicked, this, [this] {
        const int row = m_parked->currentRow();
        if (row < 0 || row >= m_parkedOrders.size())
            return;
        auto s = m_sales.voidOrder(m_actor, m_parkedOrders[row].id, tr("voided at the till"));
        if (s.ok())
            showMessage(m_message, tr("Order voided."), MessageTone::Success);
        else
            showMessage(m_message, s.error().message, MessageTone::Error);
        reload();
    });
    pButtons->addWidget(resume);
    pButtons->addWidget(voidButton);
    pl->addWidget(m_parked, 1);
    pl->addLayout(pButtons);
    m_tabs->addTab(parked, tr("Parked"));

    // Today.
    auto* today = new QWidget;
    auto* tl = new QHBoxLayout(today);
    m_today = new QListWidget(today);
    m_today->setObjectName(QStringLiteral("todayOrders"));
    connect(m_today, &QListWidget::currentRowChanged, this, &OrdersDialog::selectOrder);
    auto* right = new QVBoxLayout;
    m_preview = new QPlainTextEdit(today);
    m_preview->setObjectName(QStringLiteral("receiptPreview"));
    m_preview->setReadOnly(true);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSize(9);
    m_preview->setFont(mono);
    m_lines = new QListWidget(today);
    m_lines->setObjectName(QStringLiteral("refundLines"));
    m_lines->setMaximumHeight(120);
    m_reason = new QLineEdit(today);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setPlaceholderText(tr("Reason for the refund"));
    auto* tButtons = new QHBoxLayout;
    auto* refund = new QPushButton(tr("Refund"), today);
    refund->setObjectName(QStringLiteral("refundOrder"));
    auto* reprint = new QPushButton(tr("Reprint"), today);
    reprint->setObjectName(QStringLiteral("reprintReceipt"));
    for (QPushButton* b : {refund, reprint})
        b->setMinimumHeight(48);
    connect(refund, &QPushButton::clicked, this, &OrdersDialog::refundSelected);
    connect(reprint, &QPushButton::clicked, this, [this] {
        if (m_selectedReceipt)
            Q_EMIT reprintRequested(m_selectedReceipt);
    });
    tButtons->addWidget(refund);
    tButtons->addWidget(reprint);
    right->addWidget(m_preview, 1);
    right->addWidget(new QLabel(tr("Tick lines to refund only those:"), today));
    right->addWidget(m_lines);
    right->addWidget(m_reason);
    right->addLayout(tButtons);
    tl->addWidget(m_today, 2);
    tl->addLayout(right, 3);
    m_tabs->addTab(today, tr("Today"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ordersMessage"));
    m_message->setWordWrap(true);
    auto* close = new QPushButton(tr("Close"), this);
    close->setMinimumHeight(44);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    resize(900, 600);
    reload();
}

QString OrdersDialog::message() const
{
    return m_message->text();
}

void OrdersDialog::showParked()
{
    m_tabs->setCurrentIndex(0);
}

void OrdersDialog::showToday()
{
    m_tabs->setCurrentIndex(1);
}

void OrdersDialog::reload()
{
    const int digits = currencyMinorDigits(m_currency);
    m_parked->clear();
    auto parked = m_sales.orders({}, {}, QStringLiteral("open"));
    m_parkedOrders = parked ? *parked : QList<OrderSummary>();
    for (const OrderSummary& o : std::as_const(m_parkedOrders))
        m_parked->addItem(
            QStringLiteral("%1   %2   %3")
                .arg(o.name.isEmpty() ? tr("(no name)") : o.name, o.total.formatLocal(QLocale(), m_currency, digits),
                    o.createdAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    m_today->clear();
    auto today = m_sales.orders(QDate::currentDate(), QDate::currentDate());
    m_todayOrders.clear();
    if (today) {
        for (const OrderSummary& o : *today) {
            if (o.receiptNo == 0)
                continue;
            m_todayOrders.prepend(o); // newest first
        }
    }
    for (const OrderSummary& o : std::as_const(m_todayOrders))
        m_today->addItem(
            QStringLiteral("#%1   %2   %3   %4")
                .arg(o.receiptNo)
                .arg(o.createdAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                    o.total.formatLocal(QLocale(), m_currency, digits), o.status == u"paid" ? QString() : o.status));
}

void OrdersDialog::selectOrder(int row)
{
    m_lines->clear();
    m_preview->clear();
    m_selectedReceipt = 0;
    if (row < 0 || row >= m_todayOrders.size())
        return;
    m_selectedReceipt = m_todayOrders[row].receiptNo;
    auto receipt = m_sales.receipt(m_selectedReceipt);
    if (!receipt) {
        showMessage(m_message, receipt.error().message, MessageTone::Error);
        return;
    }
    m_preview->setPlainText(documentText(receipt->lines(42)));
    int n = 1;
    for (const Receipt::Item& i : receipt->items) {
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2 × %3").arg(n++).arg(i.quantity).arg(i.name), m_lines);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void OrdersDialog::refundSelected()
{
    if (!m_selectedReceipt) {
        showMessage(m_message, tr("Choose an order to refund."), MessageTone::Info);
        return;
    }
    doRefund({});
}

void OrdersDialog::retryRefund()
{
    if (m_selectedReceipt)
        doRefund(m_refundPin);
}

void OrdersDialog::doRefund(const QString& pin)
{
    m_refundPin = pin;
    RefundRequest request;
    request.receiptNo = m_selectedReceipt;
    for (int i = 0; i < m_lines->count(); ++i) {
        if (m_lines->item(i)->checkState() == Qt::Checked)
            request.lineNos.append(i + 1);
    }
    request.reason = m_reason->text();
    request.overridePin = pin;
    auto refund = m_sales.refund(m_actor, request);
    if (!refund) {
        showMessage(m_message, refund.error().message, MessageTone::Error);
        // Refused for the person's role: a manager's PIN may allow it.
        if (refund.error().code == Error::Code::PermissionDenied && pin.isEmpty())
            PinPromptDialog::ask(
                this, refund.error().message, [this](const QString& managerPin) { doRefund(managerPin); });
        else if (refund.error().code == Error::Code::NoOpenShift)
            Q_EMIT shiftNeeded(); // cash given back belongs to a shift's Z report too
        return;
    }
    showMessage(m_message,
        tr("Refunded %1 on receipt %2.")
            .arg(refund->amount.formatLocal(QLocale(), m_currency, currencyMinorDigits(m_currency)))
            .arg(refund->receiptNo),
        MessageTone::Success);
    const qint64 receipt = m_selectedReceipt;
    reload();
    for (int r = 0; r < m_todayOrders.size(); ++r) {
        if (m_todayOrders[r].receiptNo == receipt)
            m_today->setCurrentRow(r);
    }
}

} // namespace crema
