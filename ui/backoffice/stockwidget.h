#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace crema {

class InventoryService;
class StockModel;

// Back office stock overview: every ingredient with on-hand, par and critical levels, coloured by status.
class StockWidget : public QWidget {
    Q_OBJECT
public:
    explicit StockWidget(InventoryService& inventory, QWidget* parent = nullptr);

    void reload();
    StockModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void updateSummary();

    StockModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace crema
