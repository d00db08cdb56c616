#pragma once

#include "forecasting/forecastservice.h"
#include "staff/staffservice.h"
#include "store/site.h"
#include "sync/hqchain.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <memory>

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
// reading thread of the widget's own, for the person at the till (setStaff); nothing is read while
// nobody is. When core refuses that person, the refusal is shown with the manager-PIN prompt, and an
// authorised override reads as the manager until the next person.
//
// On a till joined to HQ (a `chain` given), the scope may be the whole chain or one of its stores:
// HQ serves their sales and stock and the same forecast runs on them, after the person's own PIN
// (shared with the dashboard's chain scope through `chainSignIn`). Owners and managers only.
class ForecastWidget : public QWidget {
    Q_OBJECT
public:
    ForecastWidget(ForecastService& forecasts, StaffService& staff, Site site, HqChain* chain = nullptr,
        std::shared_ptr<ChainSignIn> chainSignIn = {}, QWidget* parent = nullptr);
    ~ForecastWidget() override;

    // Who forecasts are read for from now on (an empty StaffMember when the till locks).
    void setStaff(const StaffMember& member);

    void setOptions(const QDate& start, int horizon, ForecastMethod method);
    // The whole chain ("") or one of its stores (known once HQ has answered); false when not offered.
    bool setChainScope(const QString& storeUuid = {});
    // Offers the chain scope from now on (a till that joined HQ while the window was open).
    void enableChain(HqChain* chain);
    bool isChainScope() const;
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(const ForecastResult& result);
    void showProduct(int row);
    void requestHistory();
    void drawHistory();
    void askManager(const QString& why);
    void askChainPin(const QString& why);

    ForecastService& m_forecasts;
    HqChain* m_chain = nullptr;
    std::shared_ptr<ChainSignIn> m_chainSignIn;
    struct ChainRead {
        ChainSignIn signIn;
        bool proofSent = false; // a PIN or a token went with it
        ChainScope scope;
        ForecastData data;
    };
    std::shared_ptr<ChainRead> m_chainRead; // the read in flight's, written by the worker
    std::shared_ptr<const ForecastData> m_chainData; // what the forecast shown was made from
    QComboBox* m_scope = nullptr;
    QLabel* m_scopeLabel = nullptr;
    StaffService& m_staff;
    Site m_site;
    StaffMember m_actor; // the person at the till
    StaffMember m_reader; // who reads: the actor, or the manager who authorised it
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
    bool m_stale = false; // a new person came while hidden: read when shown
};

} // namespace crema
