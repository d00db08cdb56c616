#pragma once

#include "catalog/menu.h"
#include "orders/cart.h"

#include <QDialog>
#include <QHash>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace crema {

// Chooses a product's size and modifiers with big toggles. Each group shows its rule ("choose 1",
// "up to 3"); a pick-one group behaves like radio buttons, a group at its maximum greys out the rest,
// and Add stays disabled until every required group has its choices.
class ItemChooserDialog : public QDialog {
    Q_OBJECT
public:
    ItemChooserDialog(const Menu& menu, const Product& product, const QString& currency, QWidget* parent = nullptr);
    // Starts from an existing line (editing it).
    void setLine(const CartLine& line);
    CartLine line() const;

    // For tests and keyboard users: the toggle for a size or modifier by its name.
    QAbstractButton* button(const QString& name) const;
    QPushButton* addButton() const { return m_add; }

private:
    void updateState();

    const Menu& m_menu;
    const Product& m_product;
    QString m_currency;
    QButtonGroup* m_sizes = nullptr;
    QHash<qint64, QButtonGroup*> m_groups; // modifier group id -> its toggles (ids = modifier ids)
    QHash<QString, QAbstractButton*> m_byName;
    QLineEdit* m_note = nullptr;
    QLabel* m_quantity = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_add = nullptr;
    int m_qty = 1;
    bool m_editing = false;
};

} // namespace crema
