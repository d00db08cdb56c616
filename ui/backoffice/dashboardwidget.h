#pragma once

#include "reporting/salesreport.h"
#include "staff/staffservice.h"
#include "store/site.h"
#include "sync/hqchain.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QScrollArea;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;

namespace crema {

class ChartCard;
class HeatmapWidget;
class RankedBarsWidget;

// The owner's dashboard: a period (day to year, or a custom range) against the period before,
// one store or all. Figures come from SalesReport on a worker thread, so a year of a chain never
// freezes the window; a newer request wins over an older one still running. The figures follow the
// till: markStale() after a sale, refund or import re-reads at once when shown (a burst of changes
// gives one read running and at most one after it), or on the next show; every show re-reads too.
// Figures are read for the person at the till (setStaff); nothing is read while nobody is. When
// core refuses that person, the refusal is shown with the manager-PIN prompt, and an authorised
// override reads as the manager until the next person.
//
// On a till joined to HQ (a `chain` given), the store list also offers the whole chain and each of
// its stores, read from HQ by the same worker: the person types their PIN once, HQ checks it and
// answers with a token that opens the chain's figures for a while (the PIN is not kept). The
// chain's figures are for owners and managers; no override reaches them.
class DashboardWidget : public QWidget {
    Q_OBJECT
public:
    DashboardWidget(SalesReport& report, StaffService& staff, Site site, HqChain* chain = nullptr,
        std::shared_ptr<ChainSignIn> chainSignIn = {}, QWidget* parent = nullptr);
    ~DashboardWidget() override;

    // Who the figures are read for from now on (an empty StaffMember when the till locks).
    void setStaff(const StaffMember& member);

    void setPeriod(PeriodKind kind, const QDate& day, const QDate& customTo = {});
    void setStore(qint64 storeId);
    // The whole chain (storeUuid "") or one of its stores, from HQ; false when not joined or the
    // store is not known yet (HQ names its stores in its first answer).
    bool setChainStore(const QString& storeUuid = {});
    bool isChainScope() const;
    // Offers the chain scope from now on (a till that joined HQ while the window was open).
    void enableChain(HqChain* chain);
    void reload();
    // The data behind the figures changed (a sale, a refund, an import).
    void markStale();
    bool isLoading() const;
    bool isStale() const { return m_stale; }
    int readsStarted() const { return m_reads; } // for tests: reads begun on the worker thread
    QPushButton* refreshButton() const { return m_refresh; }
    const DashboardData& data() const { return m_data; }
    QList<ChartCard*> cards() const { return m_cards; }
    ChartCard* card(const QString& objectName) const;
    QString kpiText(const QString& name) const; // "revenue", "orders", "average", "items"
    QString kpiChangeText(const QString& name) const; // the comparison with the previous period
    QString errorText() const;

    // The whole dashboard as a PDF: a title page of figures, then every card as shown.
    bool exportPdf(const QString& path, QString* error = nullptr);

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Wide: the KPI row over cards two abreast (1366 and up). Narrow: the KPI row over one card a
    // row, when two abreast would need more than the width there is (1024×768) and scroll sideways.
    void arrange(bool narrow);
    void fitWidth();
    void display(const DashboardData& data);
    void askManager(const QString& why);
    void askChainPin(const QString& why);
    void chooseAndExportPdf();
    QString money(Money m) const;
    QString rangeText(const DateRange& range) const;

    SalesReport& m_report;
    HqChain* m_chain = nullptr;
    // The chain's sign-in of the person reading: the PIN just typed (until HQ answers), then HQ's token.
    std::shared_ptr<ChainSignIn> m_chainSignIn; // shared with the forecast page: one PIN for both
    struct ChainRead {
        ChainSignIn signIn;
        bool proofSent = false; // a PIN or a token went with it
        ChainScope scope;
    };
    std::shared_ptr<ChainRead> m_chainRead; // the read in flight's, written by the worker
    StaffService& m_staff;
    Site m_site;
    StaffMember m_actor; // the person at the till
    StaffMember m_reader; // who reads: the actor, or the manager who authorised it
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_toLabel = nullptr;
    QComboBox* m_store = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_refresh = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_title = nullptr;
    QList<QLabel*> m_kpiValues;
    QList<QLabel*> m_kpiChanges;
    QList<ChartCard*> m_cards;
    struct Place {
        QWidget* widget;
        int row, column, span;
    };
    QList<Place> m_wide; // each card's place in the wide arrangement
    QGridLayout* m_grid = nullptr;
    QScrollArea* m_scroll = nullptr;
    bool m_narrow = false;
    int m_wideMinimum = 0; // the width the wide arrangement needs, measured when it stopped fitting
    HeatmapWidget* m_heatmap = nullptr;
    RankedBarsWidget* m_topProducts = nullptr;
    // One reading thread of the widget's own, with its own connection to the file, closed when
    // the widget goes.
    QThreadPool m_pool;
    QFutureWatcher<Result<DashboardData>>* m_watcher = nullptr;
    DashboardData m_data;
    bool m_reloadAgain = false;
    bool m_building = true;
    bool m_stale = false;
    // From the start of a read until its figures are shown: the watcher's own isRunning() turns
    // false as soon as the worker is done, before its finished signal has been delivered.
    bool m_inFlight = false;
    int m_reads = 0;
};

} // namespace crema
