#pragma once

#include <QStyledItemDelegate>

namespace crema {

// Writes the menu editor's raw values the store's way: cents in its currency ("£3.40"; JPY without
// decimals), margins in per cent from basis points, "No recipe" flagged in red, inactive rows greyed,
// sold-out products marked, and each category's colour as a swatch.
class MenuEditorDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Kind { Categories, Products, Sizes, Modifiers, Groups };

    MenuEditorDelegate(Kind kind, QString currency, QObject* parent = nullptr);

    QString money(qint64 cents) const;
    // The text a cell shows (what initStyleOption writes), for tests and tooltips.
    QString text(const QModelIndex& index) const;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    Kind m_kind;
    QString m_currency;
    int m_digits;
};

} // namespace crema
