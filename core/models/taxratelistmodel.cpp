#include "taxratelistmodel.h"

namespace crema {

QString percentText(qint64 bp)
{
    const qint64 whole = bp / 100, hundredths = bp % 100;
    const QString share = hundredths == 0 ? QString::number(whole)
        : hundredths % 10 == 0            ? QStringLiteral("%1.%2").arg(whole).arg(hundredths / 10)
                                          : QStringLiteral("%1.%2").arg(whole).arg(hundredths, 2, 10, QLatin1Char('0'));
    return share + QLatin1Char('%');
}

TaxRateListModel::TaxRateListModel(MenuEditor& editor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{ }

Status TaxRateListModel::reload()
{
    auto menu = m_editor.loadForEditing();
    if (!menu)
        return menu.error();
    beginResetModel();
    m_rates = menu->taxRates;
    m_categories = menu->categories;
    endResetModel();
    return {};
}

const TaxRateRecord* TaxRateListModel::rate(int row) const
{
    return row >= 0 && row < m_rates.size() ? &m_rates[row] : nullptr;
}

int TaxRateListModel::rowOf(const QString& uuid) const
{
    for (qsizetype i = 0; i < m_rates.size(); ++i) {
        if (m_rates[i].uuid == uuid)
            return static_cast<int>(i);
    }
    return -1;
}

int TaxRateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rates.size());
}

int TaxRateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaxRateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaxRateRecord& r = m_rates[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Rate:
            return percentText(r.rateBp);
        case Categories: {
            QStringList names;
            for (const CategoryRecord& c : m_categories) {
                if (c.taxRateUuid == r.uuid)
                    names << c.name;
            }
            return names.join(QLatin1String(", "));
        }
        }
        return {};
    }
    if (role == UuidRole)
        return r.uuid;
    if (role == RateBpRole)
        return r.rateBp;
    return {};
}

QVariant TaxRateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Tax rate");
    case Rate:
        return tr("Rate");
    case Categories:
        return tr("Used by");
    }
    return {};
}

} // namespace crema
