#include "itemchooserdialog.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace crema {

namespace {
QPushButton* toggle(const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setCheckable(true);
    b->setProperty("role", QStringLiteral("choice"));
    b->setMinimumSize(132, 56);
    b->setMaximumWidth(220);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}
QString ruleText(const ModifierGroup& g)
{
    if (g.minChoices == 1 && g.maxChoices == 1)
        return QObject::tr("choose 1");
    if (g.minChoices == 0 && g.maxChoices == 1)
        return QObject::tr("optional");
    if (g.minChoices == 0)
        return QObject::tr("up to %1").arg(g.maxChoices);
    return QObject::tr("choose %1 to %2").arg(g.minChoices).arg(g.maxChoices);
}
} // namespace

ItemChooserDialog::ItemChooserDialog(const Menu& menu, const Product& product, const QString& currency, QWidget* parent)
    : QDialog(parent)
    , m_menu(menu)
    , m_product(product)
    , m_currency(currency)
{
    setObjectName(QStringLiteral("itemChooser"));
    setWindowTitle(product.name);
    setModal(true);
    const int digits = currencyMinorDigits(currency);
    auto* outer = new QVBoxLayout(this);
    auto* title = new QLabel(product.name, this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto section = [&](const QString& name, const QString& rule) {
        auto* label = new QLabel(
            QStringLiteral("<b>%1</b> <span style='color:#7a6657'>%2</span>").arg(name.toHtmlEscaped(), rule), body);
        layout->addWidget(label);
        auto* grid = new QGridLayout;
        grid->setSpacing(8);
        grid->setColumnStretch(4, 1);
        layout->addLayout(grid);
        return grid;
    };

    if (product.sizes.size() > 1) {
        auto* grid = section(tr("Size"), tr("choose 1"));
        m_sizes = new QButtonGroup(this);
        m_sizes->setExclusive(true);
        int i = 0;
        for (const ProductSize& s : product.sizes) {
            auto* b
                = toggle(QStringLiteral("%1\n%2").arg(s.name, s.price.formatLocal(QLocale(), currency, digits)), body);
            m_sizes->addButton(b, static_cast<int>(s.id));
            m_byName.insert(s.name.toLower(), b);
            grid->addWidget(b, 0, i++);
        }
        m_sizes->buttons().first()->setChecked(true);
        connect(m_sizes, &QButtonGroup::idToggled, this, [this] { updateState(); });
    }
    for (qint64 gid : product.modifierGroupIds) {
        const ModifierGroup* g = menu.group(gid);
        if (!g)
            continue;
        auto* grid = section(g->name, ruleText(*g));
        auto* group = new QButtonGroup(this);
        group->setExclusive(false); // pick-one groups are handled in updateState so a choice can be taken back
        int i = 0;
        for (const Modifier& m : g->modifiers) {
            const QString price = m.priceDelta.isZero()
                ? QString()
                : QStringLiteral("\n+%1").arg(m.priceDelta.formatLocal(QLocale(), currency, digits));
            auto* b = toggle(m.name + price, body);
            group->addButton(b, static_cast<int>(m.id));
            m_byName.insert(m.name.toLower(), b);
            grid->addWidget(b, i / 4, i % 4);
            ++i;
        }
        connect(group, &QButtonGroup::idToggled, this, [this, group, gid](int id, bool on) {
            const ModifierGroup* rules = m_menu.group(gid);
            if (on && rules && rules->maxChoices == 1) {
                for (QAbstractButton* other : group->buttons()) {
                    if (group->id(other) != id && other->isChecked()) {
                        QSignalBlocker block(group);
                        other->setChecked(false);
                    }
                }
            }
            updateState();
        });
        m_groups.insert(gid, group);
    }

    auto* noteRow = new QHBoxLayout;
    m_note = new QLineEdit(body);
    m_note->setObjectName(QStringLiteral("lineNote"));
    m_note->setPlaceholderText(tr("Note for the barista, e.g. extra hot"));
    m_note->setMinimumHeight(40);
    noteRow->addWidget(m_note);
    layout->addLayout(noteRow);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chooserScroll"));
    body->setObjectName(QStringLiteral("chooserBody"));
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll, 1);

    auto* bottom = new QHBoxLayout;
    auto* minus = new QPushButton(QStringLiteral("−"), this);
    auto* plus = new QPushButton(QStringLiteral("+"), this);
    for (QPushButton* b : {minus, plus}) {
        b->setMinimumSize(56, 56);
        b->setProperty("role", QStringLiteral("qty"));
    }
    minus->setObjectName(QStringLiteral("chooserMinus"));
    plus->setObjectName(QStringLiteral("chooserPlus"));
    m_quantity = new QLabel(this);
    m_quantity->setObjectName(QStringLiteral("chooserQuantity"));
    m_quantity->setAlignment(Qt::AlignCenter);
    m_quantity->setMinimumWidth(48);
    connect(minus, &QPushButton::clicked, this, [this] {
        m_qty = std::max(1, m_qty - 1);
        updateState();
    });
    connect(plus, &QPushButton::clicked, this, [this] {
        m_qty = std::min(999, m_qty + 1);
        updateState();
    });
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("chooserHint"));
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setMinimumHeight(56);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("chooserAdd"));
    m_add->setProperty("role", QStringLiteral("primary"));
    m_add->setMinimumSize(160, 56);
    m_add->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &QDialog::accept);
    bottom->addWidget(minus);
    bottom->addWidget(m_quantity);
    bottom->addWidget(plus);
    bottom->addSpacing(12);
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(cancel);
    bottom->addWidget(m_add);
    outer->addLayout(bottom);
    updateState();
    // Tall enough to show every choice without scrolling where the till's window allows (a latte's
    // five groups need about 600 px); scrolls only on a window too short for them.
    const QWidget* host = parentWidget() ? parentWidget()->window() : nullptr;
    const int room = host ? host->height() - 32 : 700;
    const int wanted = outer->contentsMargins().top() + outer->contentsMargins().bottom() + title->sizeHint().height()
        + body->sizeHint().height() + bottom->sizeHint().height() + 2 * outer->spacing() + 8;
    resize(720, std::clamp(wanted, 360, std::max(360, room)));
}

QAbstractButton* ItemChooserDialog::button(const QString& name) const
{
    return m_byName.value(name.toLower());
}

void ItemChooserDialog::setLine(const CartLine& line)
{
    if (m_sizes)
        if (auto* b = m_sizes->button(static_cast<int>(line.sizeId)))
            b->setChecked(true);
    for (QButtonGroup* g : std::as_const(m_groups)) {
        QSignalBlocker block(g);
        for (QAbstractButton* b : g->buttons())
            b->setChecked(line.modifierIds.contains(g->id(b)));
    }
    m_note->setText(line.note);
    m_qty = line.quantity;
    m_editing = true;
    updateState();
}

CartLine ItemChooserDialog::line() const
{
    CartLine l;
    l.productId = m_product.id;
    l.sizeId = m_sizes ? m_sizes->checkedId() : m_product.sizes.first().id;
    for (qint64 gid : m_product.modifierGroupIds) {
        if (QButtonGroup* g = m_groups.value(gid)) {
            for (QAbstractButton* b : g->buttons())
                if (b->isChecked())
                    l.modifierIds.append(g->id(b));
        }
    }
    l.quantity = m_qty;
    l.note = m_note->text().trimmed();
    return l;
}

void ItemChooserDialog::updateState()
{
    QStringList missing;
    Money unit = m_product.sizes.first().price;
    if (m_sizes) {
        for (const ProductSize& s : m_product.sizes)
            if (s.id == m_sizes->checkedId())
                unit = s.price;
    }
    for (auto it = m_groups.constBegin(); it != m_groups.constEnd(); ++it) {
        const ModifierGroup* g = m_menu.group(it.key());
        int chosen = 0;
        for (QAbstractButton* b : it.value()->buttons()) {
            if (b->isChecked()) {
                ++chosen;
                for (const Modifier& m : g->modifiers)
                    if (m.id == it.value()->id(b))
                        unit += m.priceDelta;
            }
        }
        // A group at its maximum greys out the rest (pick-one groups swap instead).
        for (QAbstractButton* b : it.value()->buttons())
            b->setEnabled(b->isChecked() || g->maxChoices == 1 || chosen < g->maxChoices);
        if (chosen < g->minChoices)
            missing << g->name;
    }
    m_quantity->setText(QString::number(m_qty));
    const QString total = (unit * m_qty).formatLocal(QLocale(), m_currency, currencyMinorDigits(m_currency));
    m_hint->setText(missing.isEmpty() ? QString() : tr("Choose %1").arg(missing.join(tr(" and "))));
    m_add->setEnabled(missing.isEmpty());
    if (!m_editing)
        m_add->setText(tr("Add  %1").arg(total));
    else
        m_add->setText(tr("Update  %1").arg(total));
}

} // namespace crema
