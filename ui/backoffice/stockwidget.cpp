#include "stockwidget.h"

#include "delegates/stockstatusdelegate.h"
#include "models/stockmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crema {

StockWidget::StockWidget(InventoryService& inventory, QWidget* parent)
    : QWidget(parent)
    , m_model(new StockModel(inventory, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sectionSummary"));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &StockWidget::reload);
    top->addWidget(m_summary, 1);
    top->addWidget(refresh);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(StockModel::BaseUnitsRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("stockTable"));
    m_view->setModel(proxy);
    m_view->setItemDelegate(new StockStatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StockModel::Supplier, QHeaderView::Stretch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StockWidget::updateSummary);

    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    reload();
}

void StockWidget::reload()
{
    if (auto s = m_model->reload(); !s.ok())
        m_summary->setText(tr("Stock could not be read: %1").arg(s.error().message));
}

void StockWidget::updateSummary()
{
    int out = 0, critical = 0, low = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        switch (static_cast<StockStatus>(m_model->index(r, 0).data(StockModel::StatusRole).toInt())) {
        case StockStatus::Out:
            ++out;
            break;
        case StockStatus::Critical:
            ++critical;
            break;
        case StockStatus::Low:
            ++low;
            break;
        case StockStatus::Ok:
            break;
        }
    }
    m_summary->setText(tr("%1 ingredients · %2 out · %3 critical · %4 below par")
                           .arg(m_model->rowCount())
                           .arg(out)
                           .arg(critical)
                           .arg(low));
}

} // namespace crema
