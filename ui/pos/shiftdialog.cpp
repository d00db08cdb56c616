#include "shiftdialog.h"

#include "print/documentprinter.h"
#include "receipts/documenttext.h"
#include "widgets/messagetone.h"
#include "widgets/pinpromptdialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crema {

ShiftDialog::ShiftDialog(ShiftService& shifts, const StaffMember& actor, const Site& site, QWidget* parent)
    : QDialog(parent)
    , m_shifts(shifts)
    , m_actor(actor)
    , m_site(site)
{
    setObjectName(QStringLiteral("shiftDialog"));
    setWindowTitle(tr("Shift"));
    setModal(true);
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("shiftState"));
    m_state->setWordWrap(true);
    m_reasonText = new QLabel(this);
    m_reasonText->setObjectName(QStringLiteral("shiftReasonText"));
    m_reasonText->setWordWrap(true);
    m_reasonText->hide();
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("shiftAmount"));
    m_amount->setPlaceholderText(tr("Amount, e.g. 100.00"));
    m_amount->setMinimumHeight(44);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("shiftReason"));
    m_reason->setPlaceholderText(tr("Reason (for cash in or out)"));
    m_reason->setMinimumHeight(44);
    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setMinimumHeight(52);
        return b;
    };
    auto* open = button(tr("Open shift with this float"), "openShift");
    auto* in = button(tr("Cash in"), "cashIn");
    auto* out = button(tr("Cash out"), "cashOut");
    auto* x = button(tr("X report"), "xReport");
    auto* close = button(tr("Close shift: this is the cash counted"), "closeShift");
    auto* print = button(tr("Print report"), "printReport");
    auto* done = button(tr("Done"), "shiftDone");
    connect(open, &QPushButton::clicked, this, [this] { openShift(m_amount->text()); });
    connect(in, &QPushButton::clicked, this,
        [this] { moveCash(QStringLiteral("in"), m_amount->text(), m_reason->text()); });
    connect(out, &QPushButton::clicked, this,
        [this] { moveCash(QStringLiteral("out"), m_amount->text(), m_reason->text()); });
    connect(x, &QPushButton::clicked, this, &ShiftDialog::showXReport);
    connect(close, &QPushButton::clicked, this, [this] { closeShift(m_amount->text()); });
    connect(print, &QPushButton::clicked, this, [this] {
        if (!m_lastReport.isEmpty())
            Q_EMIT printRequested(m_lastReport, m_lastName);
    });
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    auto* grid = new QGridLayout;
    grid->addWidget(in, 0, 0);
    grid->addWidget(out, 0, 1);
    left->addWidget(m_reasonText);
    left->addWidget(m_state);
    left->addWidget(m_amount);
    left->addWidget(m_reason);
    left->addWidget(open);
    left->addLayout(grid);
    left->addWidget(x);
    left->addWidget(close);
    left->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("shiftMessage"));
    m_message->setWordWrap(true);
    left->addWidget(m_message);
    left->addWidget(done);
    auto* right = new QVBoxLayout;
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("shiftReport"));
    m_report->setReadOnly(true);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSize(10);
    m_report->setFont(mono);
    right->addWidget(m_report, 1);
    right->addWidget(print);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
    resize(860, 560);
    refresh();
}

void ShiftDialog::setReason(const QString& why)
{
    showMessage(m_reasonText, why, MessageTone::Warning);
    m_reasonText->setVisible(!why.isEmpty());
    m_amount->setFocus();
}

QString ShiftDialog::message() const
{
    return m_message->text();
}

QString ShiftDialog::reportText() const
{
    return m_report->toPlainText();
}

void ShiftDialog::refresh()
{
    auto s = m_shifts.current();
    if (!s) {
        m_state->setText(s.error().message);
        return;
    }
    m_state->setText(s->id
            ? tr("<b>Shift open</b> since %1, by %2, float %3")
                  .arg(s->openedAt.toLocalTime().toString(QStringLiteral("HH:mm")), s->openedBy,
                      s->openingFloat.formatLocal(QLocale(), m_site.currency, currencyMinorDigits(m_site.currency)))
            : tr("<b>No shift open.</b> Count the float into the drawer and open one."));
}

std::optional<Money> ShiftDialog::amountFrom(const QString& text)
{
    auto m = Money::parse(text, currencyMinorDigits(m_site.currency));
    if (!m) {
        showMessage(m_message, m.error().message, MessageTone::Error);
        return std::nullopt;
    }
    return *m;
}

void ShiftDialog::openShift(const QString& floatText)
{
    auto amount = amountFrom(floatText);
    if (!amount)
        return;
    auto s = m_shifts.open(m_actor, *amount);
    if (s)
        showMessage(m_message, tr("Shift opened."), MessageTone::Success);
    else
        showMessage(m_message, s.error().message, MessageTone::Error);
    m_amount->clear();
    refresh();
    if (s)
        Q_EMIT shiftOpened();
}

void ShiftDialog::moveCash(const QString& kind, const QString& amountText, const QString& reason)
{
    if (auto amount = amountFrom(amountText))
        moveCashWith(kind, *amount, reason, {});
}

void ShiftDialog::moveCashWith(const QString& kind, Money amount, const QString& reason, const QString& pin)
{
    auto s = m_shifts.moveCash(m_actor, kind, amount, reason, pin);
    if (s.ok()) {
        showMessage(m_message, tr("Cash %1 recorded.").arg(kind), MessageTone::Success);
        m_amount->clear();
        m_reason->clear();
        return;
    }
    showMessage(m_message, s.error().message, MessageTone::Error);
    // Refused for the person's role: a manager's PIN may allow it.
    if (s.error().code == Error::Code::PermissionDenied && pin.isEmpty())
        PinPromptDialog::ask(this, s.error().message, [this, kind, amount, reason](const QString& managerPin) {
            moveCashWith(kind, amount, reason, managerPin);
        });
}

void ShiftDialog::showReport(const ShiftReport& r)
{
    m_lastReport = r.lines(m_site, 42);
    m_lastName
        = r.closed ? QStringLiteral("z-report-%1").arg(r.shift.id) : QStringLiteral("x-report-%1").arg(r.shift.id);
    m_report->setPlainText(documentText(m_lastReport));
}

void ShiftDialog::showXReport()
{
    auto r = m_shifts.xReport();
    if (!r) {
        showMessage(m_message, r.error().message, MessageTone::Error);
        return;
    }
    showReport(*r);
}

void ShiftDialog::closeShift(const QString& countedText)
{
    if (auto counted = amountFrom(countedText))
        closeWith(*counted, {});
}

void ShiftDialog::closeWith(Money counted, const QString& pin)
{
    auto r = m_shifts.close(m_actor, counted, pin);
    if (!r) {
        showMessage(m_message, r.error().message, MessageTone::Error);
        if (r.error().code == Error::Code::PermissionDenied && pin.isEmpty())
            PinPromptDialog::ask(this, r.error().message,
                [this, counted](const QString& managerPin) { closeWith(counted, managerPin); });
        return;
    }
    showReport(*r);
    const Money d = r->difference();
    const int digits = currencyMinorDigits(m_site.currency);
    showMessage(m_message,
        d.isZero() ? tr("Shift closed. The drawer is right.")
            : d.isNegative()
            ? tr("Shift closed. The drawer is %1 short.").arg((-d).formatLocal(QLocale(), m_site.currency, digits))
            : tr("Shift closed. The drawer is %1 over.").arg(d.formatLocal(QLocale(), m_site.currency, digits)),
        d.isZero() ? MessageTone::Success : MessageTone::Warning);
    m_amount->clear();
    refresh();
}

} // namespace crema
