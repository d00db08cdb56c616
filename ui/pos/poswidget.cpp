#include "poswidget.h"

#include "storage/unitofwork.h"

#include "catalog/catalogservice.h"
#include "catalog/menueditor.h"
#include "customerdialog.h"
#include "delegates/cartdelegate.h"
#include "itemchooserdialog.h"
#include "kitchen/kitchenservice.h"
#include "menugridwidget.h"
#include "models/cartmodel.h"
#include "orders/saleservice.h"
#include "ordersdialog.h"
#include "paymentdialog.h"
#include "print/receiptoutput.h"
#include "shiftdialog.h"
#include "widgets/messagetone.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace crema {

namespace {
QPushButton* actionButton(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setMinimumHeight(48);
    return b;
}
} // namespace

PosWidget::PosWidget(UiServices services, ReceiptOutput& receipts, QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_receipts(receipts)
    , m_cart(new CartModel(m_services.sales, this))
{
    setObjectName(QStringLiteral("posScreen"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(16);

    // Left: search and the grid.
    auto* left = new QVBoxLayout;
    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("posSearch"));
    m_searchBox->setPlaceholderText(tr("Search or scan a barcode  (Ctrl+F)"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumHeight(44);
    connect(m_searchBox, &QLineEdit::textEdited, this, &PosWidget::searchEdited);
    connect(m_searchBox, &QLineEdit::returnPressed, this, &PosWidget::searchEntered);
    m_grid = new MenuGridWidget(m_services.catalog, m_services.changes, m_services.site.currency, this);
    connect(m_grid, &MenuGridWidget::productChosen, this, &PosWidget::chooseProduct);
    connect(m_grid, &MenuGridWidget::productHeld, this, &PosWidget::toggleSoldOut);
    left->addWidget(m_searchBox);
    left->addWidget(m_grid, 1);
    layout->addLayout(left, 1);

    // Right: the order.
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("cartPanel"));
    panel->setMinimumWidth(320); // at 1024 pixels the seven demo categories fit in one row beside it
    panel->setMaximumWidth(460);
    auto* right = new QVBoxLayout(panel);
    right->setContentsMargins(12, 12, 12, 12);
    right->setSpacing(8);
    m_customer = actionButton(tr("Add customer  (Ctrl+U)"), "customerButton", panel);
    connect(m_customer, &QPushButton::clicked, this, &PosWidget::findCustomer);
    m_cartView = new QListView(panel);
    m_cartView->setObjectName(QStringLiteral("cartView"));
    m_cartView->setModel(m_cart);
    m_cartView->setItemDelegate(new CartDelegate(m_services.site.currency, m_cartView));
    m_cartView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cartView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Lines are as wide as the view, also once a scroll bar takes its share: the price stays in sight.
    m_cartView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cartView->setResizeMode(QListView::Adjust);
    connect(m_cartView, &QListView::doubleClicked, this, &PosWidget::editSelectedLine);

    auto* lineRow = new QHBoxLayout;
    auto* minus = actionButton(QStringLiteral("−"), "qtyMinus", panel);
    auto* plus = actionButton(QStringLiteral("+"), "qtyPlus", panel);
    auto* edit = actionButton(tr("Edit"), "editLine", panel);
    auto* remove = actionButton(tr("Remove"), "removeLine", panel);
    connect(minus, &QPushButton::clicked, this, [this] { changeSelectedQuantity(-1); });
    connect(plus, &QPushButton::clicked, this, [this] { changeSelectedQuantity(+1); });
    connect(edit, &QPushButton::clicked, this, &PosWidget::editSelectedLine);
    connect(remove, &QPushButton::clicked, this, &PosWidget::removeSelectedLine);
    for (QPushButton* b : {minus, plus, edit, remove})
        lineRow->addWidget(b);

    auto* totals = new QGridLayout;
    totals->setVerticalSpacing(0);
    const auto totalRow = [&](const QString& label, QLabel*& value, int row, const char* name) {
        auto* l = new QLabel(label, panel);
        l->setProperty("role", QStringLiteral("totalLabel"));
        value = new QLabel(panel);
        value->setObjectName(QString::fromLatin1(name));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        totals->addWidget(l, row, 0);
        totals->addWidget(value, row, 1);
    };
    totalRow(tr("Subtotal"), m_subtotal, 0, "subtotalValue");
    totalRow(tr("Discounts"), m_discount, 1, "discountValue");
    totalRow(m_services.site.pricesIncludeTax ? tr("incl. tax") : tr("Tax"), m_tax, 2, "taxValue");
    auto* totalLabel = new QLabel(tr("Total"), panel);
    totalLabel->setObjectName(QStringLiteral("totalCaption"));
    m_total = new QLabel(panel);
    m_total->setObjectName(QStringLiteral("totalValue"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totals->addWidget(totalLabel, 3, 0);
    totals->addWidget(m_total, 3, 1);

    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("posMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    // One row, so that the order list keeps the height for six lines or more at 768 pixels.
    auto* actions = new QHBoxLayout;
    actions->setSpacing(6);
    auto* discount = actionButton(tr("Discount"), "discountButton", panel);
    auto* parkButton = actionButton(tr("Park"), "parkButton", panel);
    parkButton->setToolTip(tr("Park the order under a name (Ctrl+H)"));
    auto* orders = actionButton(tr("Orders"), "ordersButton", panel);
    orders->setToolTip(tr("Parked and today's orders, refunds, reprints (Ctrl+O)"));
    auto* shift = actionButton(tr("Shift"), "shiftButton", panel);
    shift->setToolTip(tr("Open or close the shift, cash in and out, X report"));
    connect(discount, &QPushButton::clicked, this, &PosWidget::askDiscount);
    connect(parkButton, &QPushButton::clicked, this, &PosWidget::park);
    connect(orders, &QPushButton::clicked, this, &PosWidget::showOrders);
    connect(shift, &QPushButton::clicked, this, &PosWidget::showShift);
    for (QPushButton* b : {discount, parkButton, orders, shift})
        actions->addWidget(b);

    m_pay = new QPushButton(panel);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setProperty("role", QStringLiteral("pay"));
    m_pay->setMinimumHeight(64);
    connect(m_pay, &QPushButton::clicked, this, &PosWidget::pay);

    // Orders the kitchen has finished: call them out, touch to mark handed over.
    m_ready = new QWidget(panel);
    m_ready->setObjectName(QStringLiteral("readyStrip"));
    auto* readyLayout = new QHBoxLayout(m_ready);
    readyLayout->setContentsMargins(0, 0, 0, 0);
    readyLayout->setSpacing(6);
    m_ready->hide();
    // Every change of a ticket, from any writer: this process's (the till checks the feed after each
    // bump, hand-over or refund it commits) or another program's on the file (found by polling).
    connect(&m_services.kitchen, &KitchenService::eventsAppended, this, [this] { refreshReady(); });
    right->addWidget(m_ready);
    right->addWidget(m_customer);
    right->addWidget(m_cartView, 1);
    right->addLayout(lineRow);
    right->addLayout(totals);
    right->addWidget(m_message);
    right->addLayout(actions);
    right->addWidget(m_pay);
    layout->addWidget(panel);

    // Keyboard: every action has a key.
    // Window-wide, but only while the POS is the screen in front (not under a dialog or another tab).
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        m_keys.append(keys);
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, [this, slot] {
            if (isVisible() && !QApplication::activeModalWidget())
                slot();
        });
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_searchBox->setFocus(); });
    shortcut(QKeySequence(Qt::Key_F2), [this] { m_searchBox->setFocus(); });
    shortcut(QKeySequence(Qt::Key_F12), [this] { pay(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { pay(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_U), [this] { findCustomer(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { park(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O), [this] { showOrders(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus), [this] { changeSelectedQuantity(+1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { changeSelectedQuantity(+1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { changeSelectedQuantity(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeSelectedLine(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { editSelectedLine(); });
    // The cursor is in the search box most of the time: a line edit claims Ctrl+U (delete the
    // line), Ctrl+E (end of line), Ctrl+Delete and others for itself, so the POS keys are taken
    // back before it sees them.
    m_searchBox->installEventFilter(this);
    setTabOrder(m_searchBox, m_cartView);
    setTabOrder(m_cartView, m_customer);
    setTabOrder(m_customer, m_pay);

    connect(m_cart, &CartModel::totalsChanged, this, &PosWidget::refreshTotals);
    connect(&m_services.changes, &ChangeHub::changed, this, [this](const ChangeSet& changes) {
        if (!changes.touchesCatalog())
            return;
        if (auto menu = m_services.sales.menu())
            m_search = ProductSearch(**menu);
    });
    if (auto menu = m_services.sales.menu())
        m_search = ProductSearch(**menu);
    refreshTotals();
    refreshReady(); // orders made ready before this till started
}

bool PosWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_searchBox && event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (m_keys.contains(QKeySequence(key->keyCombination()))) {
            event->ignore(); // not overridden: the shortcut map gets the key
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PosWidget::setStaff(const StaffMember& staff)
{
    m_staff = staff;
    showMessage(m_message, QString(), MessageTone::Info);
    m_searchBox->setFocus();
}

QString PosWidget::message() const
{
    return m_message->text();
}

void PosWidget::show(const Status& s)
{
    showMessage(m_message, s.ok() ? QString() : s.error().message, MessageTone::Error);
}

int PosWidget::selectedRow() const
{
    const QModelIndex i = m_cartView->currentIndex();
    if (i.isValid())
        return i.row();
    return m_cart->rowCount() - 1; // the last line added
}

void PosWidget::refreshTotals()
{
    const QString& cur = m_services.site.currency;
    const int digits = currencyMinorDigits(cur);
    const PricedOrder& p = m_cart->priced();
    m_subtotal->setText(p.subtotal.formatLocal(QLocale(), cur, digits));
    m_discount->setText(p.discount.isZero() ? QStringLiteral("—") : (-p.discount).formatLocal(QLocale(), cur, digits));
    m_tax->setText(p.tax.formatLocal(QLocale(), cur, digits));
    m_total->setText(p.total.formatLocal(QLocale(), cur, digits));
    m_pay->setText(
        m_cart->isEmpty() ? tr("Pay  (F12)") : tr("Pay  %1").arg(p.total.formatLocal(QLocale(), cur, digits)));
    m_pay->setEnabled(!m_cart->isEmpty());
    if (m_cart->cart().customerId) {
        m_customer->setText(tr("%1 — change  (Ctrl+U)").arg(m_cart->customerName()));
    } else {
        m_customer->setText(tr("Add customer  (Ctrl+U)"));
    }
}

void PosWidget::searchEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_grid->showCategory(m_grid->currentCategory());
        showMessage(m_message, QString(), MessageTone::Info);
        return;
    }
    const QList<qint64> found = m_search.search(text, 60);
    m_grid->showProducts(found);
    showMessage(
        m_message, found.isEmpty() ? tr("No product matches “%1”.").arg(text.trimmed()) : QString(), MessageTone::Info);
}

void PosWidget::searchEntered()
{
    const QString text = m_searchBox->text().trimmed();
    if (text.isEmpty())
        return;
    // A scanner types the code and Enter: a barcode or SKU goes straight into the order.
    qint64 id = m_search.byCode(text);
    if (!id) {
        const QList<qint64> found = m_search.search(text, 2);
        if (found.size() == 1 || (!found.isEmpty() && text.size() >= 3))
            id = found.first();
    }
    if (!id) {
        showMessage(m_message, tr("Nothing matches “%1”.").arg(text), MessageTone::Error);
        return;
    }
    m_searchBox->clear();
    m_grid->showCategory(m_grid->currentCategory());
    chooseProduct(id);
}

void PosWidget::chooseProduct(qint64 productId)
{
    auto menu = m_services.sales.menu();
    if (!menu) {
        show(menu.error());
        return;
    }
    const Product* product = nullptr;
    for (const Product& p : (*menu)->products)
        if (p.id == productId)
            product = &p;
    if (!product)
        return;
    if (product->soldOut) {
        showMessage(m_message,
            tr("%1 is sold out today (86). Hold its tile to put it back on sale.").arg(product->name),
            MessageTone::Error);
        return;
    }
    if (product->sizes.size() == 1 && product->modifierGroupIds.isEmpty()) {
        CartLine line;
        line.productId = product->id;
        line.sizeId = product->sizes.first().id;
        addToOrder(line);
        return;
    }
    auto shared = m_services.sales.sharedMenu();
    if (!shared) {
        show(shared.error());
        return;
    }
    auto* dialog = new ItemChooserDialog(**shared, *product, m_services.site.currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog shows this menu's product: keep it alive if the menu is changed meanwhile.
    connect(dialog, &QObject::destroyed, this, [keep = *shared] {});
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addToOrder(dialog->line()); });
    dialog->open();
}

void PosWidget::toggleSoldOut(qint64 productId)
{
    auto menu = m_services.sales.menu();
    if (!menu) {
        show(menu.error());
        return;
    }
    const auto it = std::find_if((*menu)->products.cbegin(), (*menu)->products.cend(),
        [productId](const Product& p) { return p.id == productId; });
    if (it == (*menu)->products.cend())
        return;
    // Copies: the save reloads the menu the product lives in.
    const QString name = it->name;
    const bool wasSoldOut = it->soldOut;
    const QString uuid = it->uuid;
    auto saved
        = wasSoldOut ? m_services.menuEditor.restore(m_staff, uuid) : m_services.menuEditor.markSoldOut(m_staff, uuid);
    if (!saved) {
        show(saved.error());
        return;
    }
    showMessage(m_message,
        wasSoldOut ? tr("%1 is back on sale.").arg(name)
                   : tr("%1 is sold out until the end of the day. Hold its tile again to undo.").arg(name),
        MessageTone::Success);
}

void PosWidget::addToOrder(const CartLine& line)
{
    QList<int> quantities;
    for (const CartLine& l : m_cart->cart().lines)
        quantities.append(l.quantity);
    const Status s = m_cart->addLine(line);
    show(s);
    m_cartView->setCurrentIndex(QModelIndex()); // − / + act on the last line added
    if (!s.ok())
        return;
    // The line just added, or the one it was added to: the cashier sees it, however long the order.
    int row = m_cart->rowCount() - 1;
    for (int i = 0; i < quantities.size() && i < m_cart->rowCount(); ++i) {
        if (m_cart->cart().lines.at(i).quantity != quantities[i])
            row = i;
    }
    // After the view has laid out the new rows (a first scroll bar changes the geometry).
    QTimer::singleShot(0, m_cartView, [this, row] {
        if (row < m_cart->rowCount())
            m_cartView->scrollTo(m_cart->index(row));
    });
}

void PosWidget::editSelectedLine()
{
    const int row = m_cartView->currentIndex().isValid() ? m_cartView->currentIndex().row() : -1;
    auto menu = m_services.sales.sharedMenu();
    if (row < 0 || !menu)
        return;
    const CartLine line = m_cart->cart().lines.at(row);
    for (const Product& p : (*menu)->products) {
        if (p.id != line.productId)
            continue;
        auto* dialog = new ItemChooserDialog(**menu, p, m_services.site.currency, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QObject::destroyed, this, [keep = *menu] {});
        dialog->setLine(line);
        connect(
            dialog, &QDialog::accepted, this, [this, dialog, row] { show(m_cart->replaceLine(row, dialog->line())); });
        dialog->open();
    }
}

void PosWidget::changeSelectedQuantity(int delta)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    show(m_cart->setQuantity(row, m_cart->cart().lines.at(row).quantity + delta));
    if (row < m_cart->rowCount())
        m_cartView->setCurrentIndex(m_cart->index(row));
}

void PosWidget::removeSelectedLine()
{
    const int row = selectedRow();
    if (row >= 0)
        show(m_cart->removeLine(row));
}

void PosWidget::askDiscount()
{
    if (m_cart->isEmpty())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("discountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Discount"));
    dialog->setLabelText(tr("Discount on the whole order: a percentage like 10% or an amount like 2.50"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        auto d = Discount::parse(text, currencyMinorDigits(m_services.site.currency));
        show(d ? m_cart->setOrderDiscount(*d) : Status(d.error()));
    });
    dialog->open();
}

void PosWidget::pay()
{
    if (m_cart->isEmpty()) {
        showMessage(m_message, tr("The order is empty."), MessageTone::Info);
        return;
    }
    auto* dialog = new PaymentDialog(m_services.sales, m_staff, m_cart->cart(), m_cart->heldOrderId(),
        m_cart->priced().total, m_services.site.currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::paid, this, [this](const SaleResult& sale) {
        m_cart->clear();
        if (sale.warnings.isEmpty())
            showMessage(m_message, tr("Receipt %1 paid.").arg(sale.receiptNo), MessageTone::Success);
        else
            showMessage(m_message, sale.warnings.join(QLatin1Char('\n')), MessageTone::Warning);
    });
    connect(dialog, &PaymentDialog::printRequested, this, &PosWidget::printReceipt);
    connect(dialog, &PaymentDialog::partsGivenBack, this, [this](const QStringList& parts) {
        showMessage(m_message,
            tr("Payment cancelled; given back: %1. The order is still here.").arg(parts.join(QStringLiteral(", "))),
            MessageTone::Warning);
    });
    connect(dialog, &PaymentDialog::shiftNeeded, this,
        [this, dialog] { openShiftFor(dialog, [dialog] { dialog->retry(); }); });
    dialog->open();
}

void PosWidget::openShiftFor(QWidget* over, std::function<void()> then)
{
    // Every cash sale and refund belongs to a shift's Z report: open one here, over the payment or
    // refund, and the same payment (with the parts already taken) or refund goes on.
    auto* dialog = new ShiftDialog(m_services.shifts, m_staff, m_services.site, over);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(qobject_cast<PaymentDialog*>(over)
            ? tr("No shift is open on this till. Count the float into the drawer and open a shift; "
                 "then this payment goes on.")
            : tr("No shift is open on this till. Count the float into the drawer and open a shift; "
                 "then this refund goes on."));
    connect(dialog, &ShiftDialog::printRequested, this,
        [this](const QStringList& lines, const QString& name) { m_receipts.printLines(lines, name); });
    connect(dialog, &ShiftDialog::shiftOpened, over, [dialog, then] {
        dialog->accept();
        then();
    });
    dialog->open();
}

void PosWidget::printReceipt(qint64 receiptNo)
{
    auto receipt = m_services.sales.receipt(receiptNo);
    if (!receipt) {
        show(receipt.error());
        return;
    }
    m_receipts.print(*receipt, true);
}

void PosWidget::park()
{
    if (m_cart->isEmpty())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("parkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Park the order"));
    dialog->setLabelText(tr("A name to find it by (table 4, Anna):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        Cart cart = m_cart->cart();
        cart.rewardIds.clear(); // rewards are redeemed at payment
        auto id = m_services.sales.hold(m_staff, cart, name, m_cart->heldOrderId());
        if (!id) {
            show(id.error());
            return;
        }
        m_cart->clear();
        showMessage(m_message, tr("Parked as “%1”.").arg(name.trimmed().isEmpty() ? tr("(no name)") : name.trimmed()),
            MessageTone::Success);
    });
    dialog->open();
}

void PosWidget::resume(qint64 orderId)
{
    auto cart = m_services.sales.heldCart(orderId);
    if (!cart) {
        show(cart.error());
        return;
    }
    QString customer;
    if (auto open = m_services.sales.orders({}, {}, QStringLiteral("open"))) {
        for (const OrderSummary& o : *open)
            if (o.id == orderId)
                customer = o.customer;
    }
    show(m_cart->load(*cart, orderId, customer));
}

void PosWidget::findCustomer()
{
    auto* dialog = new CustomerDialog(m_services.customers, m_services.loyalty, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->chosen())
            return;
        Status s = m_cart->setCustomer(dialog->chosen()->id, dialog->chosen()->name);
        if (s.ok() && dialog->rewardId())
            s = m_cart->addReward(dialog->rewardId());
        show(s);
    });
    dialog->open();
}

void PosWidget::showOrders()
{
    auto* dialog = new OrdersDialog(m_services.sales, m_staff, m_services.site.currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrdersDialog::resumeRequested, this, &PosWidget::resume);
    connect(dialog, &OrdersDialog::reprintRequested, this, &PosWidget::printReceipt);
    connect(dialog, &OrdersDialog::shiftNeeded, this,
        [this, dialog] { openShiftFor(dialog, [dialog] { dialog->retryRefund(); }); });
    dialog->open();
}

void PosWidget::showShift()
{
    auto* dialog = new ShiftDialog(m_services.shifts, m_staff, m_services.site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShiftDialog::printRequested, this,
        [this](const QStringList& lines, const QString& name) { m_receipts.printLines(lines, name); });
    dialog->open();
}

void PosWidget::refreshReady()
{
    auto ready = m_services.kitchen.readyOrders();
    if (!ready)
        return; // busy: the next change of tickets asks again
    auto* layout = static_cast<QHBoxLayout*>(m_ready->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int shown = static_cast<int>(std::min<qsizetype>(ready->size(), 3));
    for (int i = 0; i < shown; ++i) {
        const ReadyOrder& o = ready->at(ready->size() - shown + i); // the latest three
        auto* chip = new QPushButton(o.customer.isEmpty()
                ? tr("#%1 ready").arg(o.receiptNo)
                : tr("#%1 %2 ready").arg(o.receiptNo).arg(o.customer.section(QLatin1Char(' '), 0, 0)),
            m_ready);
        chip->setObjectName(QStringLiteral("readyChip"));
        chip->setToolTip(tr("Order ready at the pass. Touch when it has been handed over."));
        chip->setFocusPolicy(Qt::NoFocus);
        const QString uuid = o.orderUuid;
        connect(chip, &QPushButton::clicked, this, [this, uuid]() {
            if (auto s = m_services.kitchen.collect(uuid); !s.ok())
                showMessage(m_message, s.error().message, MessageTone::Error);
        });
        layout->addWidget(chip);
    }
    if (ready->size() > shown) {
        auto* more = new QLabel(tr("+%1 more").arg(ready->size() - shown), m_ready);
        layout->addWidget(more);
    }
    layout->addStretch(1);
    m_ready->setVisible(!ready->isEmpty());
}

QStringList PosWidget::readyOrders() const
{
    QStringList texts;
    for (const QPushButton* b : m_ready->findChildren<QPushButton*>(QStringLiteral("readyChip")))
        texts.append(b->text());
    return texts;
}

} // namespace crema
