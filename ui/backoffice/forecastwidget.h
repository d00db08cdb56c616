#pragma once

#include "forecasting/forecastservice.h"
#include "store/site.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace crema {

// What to order: each ingredient's on-hand against the forecast demand, coloured by status, with
// the suggested order; per product, the forecast and the last eight weeks of actual against
// forecast; and the backtest error, so the manager knows how far to trust it. Forecasts run on a
// reading thread of the widget's own.
class ForecastWidget : public QWidget {
    Q_OBJECT
public:
    ForecastWidget(ForecastService& forecasts, Site site, QWidget* parent = nullptr);
    ~ForecastWidget() override;

    void setOptions(const QDate& start, int horizon, ForecastMethod method);
    void reload();
    bool isLoading() const;
    const ForecastResult& result() const { return m_result; }
    QStandardItemModel* ingredientModel() const { return m_ingredients; }
    QStandardItemModel* productModel() const { return m_products; }
    QTableView* productView() const { return m_productView; }
    QString trustText() const;
    // The product whose last eight weeks the chart shows, and what it shows.
    qint64 chartedProduct() const { return m_chartedProduct; }
    const QList<DailyForecastPoint>& chartedHistory() const { return m_history; }

Q_SIGNALS:
    void loaded();
    void historyLoaded();

private:
    void display(const ForecastResult& result);
    void showProduct(int row);
    void requestHistory();
    void drawHistory();

    ForecastService& m_forecasts;
    Site m_site;
    QDateEdit* m_start = nullptr;
    QSpinBox* m_horizon = nullptr;
    QComboBox* m_method = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_trust = nullptr;
    QLabel* m_summary = nullptr;
    QStandardItemModel* m_ingredients = nullptr;
    QStandardItemModel* m_products = nullptr;
    QTableView* m_ingredientView = nullptr;
    QTableView* m_productView = nullptr;
    QWidget* m_chart = nullptr;
    QLabel* m_chartTitle = nullptr;
    QThreadPool m_pool;
    QFutureWatcher<Result<ForecastResult>>* m_watcher = nullptr;
    QFutureWatcher<Result<QList<DailyForecastPoint>>>* m_historyWatcher = nullptr;
    ForecastResult m_result;
    QList<DailyForecastPoint> m_history;
    qint64 m_chartedProduct = 0;
    bool m_reloadAgain = false;
    bool m_historyAgain = false;
    bool m_building = true;
};

} // namespace crema
