#include "dashboardwidget.h"

#include "backoffice/chainscope.h"
#include "backoffice/chartcard.h"
#include "backoffice/heatmapwidget.h"
#include "backoffice/manageroverride.h"
#include "backoffice/rankedbarswidget.h"
#include "common/clock.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace crema {

namespace {

const char* const kKpis[] = {"revenue", "orders", "average", "items"};

QChartView* newChartView(QWidget* parent)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    // A chart's own minimum grows with its axis labels (a quarter's 92 days); the grid's columns
    // decide the width, so that the dashboard never scrolls sideways.
    view->setMinimumWidth(160);
    return view;
}

QChart* clearChart(QWidget* chartView)
{
    QChart* chart = static_cast<QChartView*>(chartView)->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    return chart;
}

// A table cell showing `text`, with `csv` as what the CSV export writes.
QStandardItem* cell(const QString& text, const QString& csv = {}, bool number = true)
{
    auto* item = new QStandardItem(text);
    item->setData(csv.isNull() ? text : csv, Qt::UserRole);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setColumns(QStandardItemModel* model, const QList<std::pair<QString, QString>>& columns)
{
    model->clear();
    model->setColumnCount(static_cast<int>(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        model->setHeaderData(i, Qt::Horizontal, columns[i].first);
        model->setHeaderData(i, Qt::Horizontal, columns[i].second, Qt::UserRole);
    }
}

// Chart axes are drawn in major units: a display coordinate, never used to add up money.
double major(Money m, int digits)
{
    double d = static_cast<double>(m.cents());
    for (int i = 0; i < digits; ++i)
        d /= 10.0;
    return d;
}

QString changeText(qint64 now, qint64 before)
{
    // Nothing to compare with is not growth: a period before the till's first sale says so plainly.
    if (before == 0)
        return now == 0 ? DashboardWidget::tr("no change") : DashboardWidget::tr("none in the previous period");
    const qint64 tenths = ((now - before) * 1000 + (now >= before ? before / 2 : -before / 2)) / before;
    const QString arrow = tenths > 0 ? QStringLiteral("▲") : tenths < 0 ? QStringLiteral("▼") : QStringLiteral("■");
    return DashboardWidget::tr("%1 %2 % vs previous")
        .arg(arrow, QLocale().toString(static_cast<double>(std::abs(tenths)) / 10.0, 'f', 1));
}

} // namespace

DashboardWidget::DashboardWidget(SalesReport& report, StaffService& staff, Site site, HqChain* chain,
    std::shared_ptr<ChainSignIn> chainSignIn, QWidget* parent)
    : QWidget(parent)
    , m_report(report)
    , m_chain(chain)
    , m_chainSignIn(chainSignIn ? std::move(chainSignIn) : std::make_shared<ChainSignIn>())
    , m_staff(staff)
    , m_site(std::move(site))
{
    setObjectName(QStringLiteral("dashboard"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 8, 0, 0);
    outer->setSpacing(10);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    for (const auto& [text, kind] : {std::pair {tr("Day"), PeriodKind::Day}, std::pair {tr("Week"), PeriodKind::Week},
             std::pair {tr("Month"), PeriodKind::Month}, std::pair {tr("Quarter"), PeriodKind::Quarter},
             std::pair {tr("Year"), PeriodKind::Year}, std::pair {tr("Custom range"), PeriodKind::Custom}})
        m_period->addItem(text, static_cast<int>(kind));
    const QDate today = businessDate(QDateTime::currentDateTimeUtc(), storeZone(m_site.timeZone));
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_toLabel = new QLabel(tr("to"), this);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_store = new QComboBox(this);
    m_store->setObjectName(QStringLiteral("store"));
    m_store->addItem(tr("All stores"), 0);
    if (auto stores = m_report.stores()) {
        for (const StoreChoice& s : *stores)
            m_store->addItem(s.name, s.id);
    }
    if (HqChain* offered = std::exchange(m_chain, nullptr))
        enableChain(offered);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    // Long messages ("Reading 1 Jan 2026 to 31 Dec 2026…") must not widen the window past 1024 pixels.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setToolTip(tr("Read the figures again"));
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    controls->addWidget(new QLabel(tr("Period"), this));
    controls->addWidget(m_period);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Store"), this));
    controls->addWidget(m_store);
    controls->addStretch(1);
    outer->addLayout(controls);

    // What is shown, with the actions on it: on the row under the choices, so that a custom period's
    // two dates still fit a 1024-pixel screen.
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("rangeTitle"));
    m_title->setStyleSheet(QStringLiteral("color: #5a4a3c;"));
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setWordWrap(true); // on two lines rather than cut where the buttons leave too little room
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 2);
    titleRow->addWidget(m_busy);
    titleRow->addWidget(m_status, 1);
    titleRow->addWidget(m_refresh);
    titleRow->addWidget(m_pdf);
    outer->addLayout(titleRow);

    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    m_grid = grid;
    grid->setContentsMargins(0, 0, 4, 0);
    grid->setSpacing(12);

    const QStringList kpiTitles {tr("Revenue"), tr("Orders"), tr("Average ticket"), tr("Items sold")};
    for (int i = 0; i < 4; ++i) {
        auto* tile = new QFrame(content);
        tile->setObjectName(QStringLiteral("kpi"));
        tile->setStyleSheet(
            QStringLiteral("#kpi { background: white; border: 1px solid #e2ddd6; border-radius: 8px; }"));
        auto* l = new QVBoxLayout(tile);
        l->setContentsMargins(14, 6, 14, 6);
        l->setSpacing(0);
        auto* title = new QLabel(kpiTitles[i], tile);
        title->setStyleSheet(QStringLiteral("color: #7a6a5c;"));
        auto* value = new QLabel(QStringLiteral("–"), tile);
        value->setObjectName(QStringLiteral("kpi_%1").arg(QLatin1String(kKpis[i])));
        value->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600; color: #3b2a1e;"));
        auto* change = new QLabel(tile);
        // "none in the previous period" on two lines rather than four tiles wider than a 1024 screen.
        change->setWordWrap(true);
        l->addWidget(title);
        l->addWidget(value);
        l->addWidget(change);
        m_kpiValues << value;
        m_kpiChanges << change;
        grid->addWidget(tile, 0, i);
    }

    const auto addCard = [&](const QString& name, const QString& title, QWidget* chart, int row, int column, int span) {
        auto* card = new ChartCard(title, chart, content);
        card->setObjectName(name);
        grid->addWidget(card, row, column, 1, span);
        m_cards << card;
        m_wide.append(Place {card, row, column, span});
        return card;
    };
    addCard(QStringLiteral("revenueCard"), tr("Revenue over time"), newChartView(content), 1, 0, 2);
    m_heatmap = new HeatmapWidget(content);
    addCard(QStringLiteral("heatmapCard"), tr("Orders by weekday and hour"), m_heatmap, 1, 2, 2);
    m_topProducts = new RankedBarsWidget(content);
    addCard(QStringLiteral("productsCard"), tr("Top 10 products"), m_topProducts, 2, 0, 2);
    addCard(QStringLiteral("categoriesCard"), tr("Share by category"), newChartView(content), 2, 2, 2);
    addCard(QStringLiteral("paymentsCard"), tr("Payment methods"), newChartView(content), 3, 0, 1);
    addCard(QStringLiteral("adjustmentsCard"), tr("Discounts and refunds"), newChartView(content), 3, 1, 2);
    addCard(QStringLiteral("loyaltyCard"), tr("Loyalty"), newChartView(content), 3, 3, 1);
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_watcher = new QFutureWatcher<Result<DashboardData>>(this);
    connect(m_watcher, &QFutureWatcher<Result<DashboardData>>::finished, this, [this] {
        m_inFlight = false;
        m_busy->hide();
        const Result<DashboardData> result = m_watcher->result();
        // Whether that read carried a PIN or a token: without either, HQ was not asked yet.
        bool proofSent = true;
        if (const std::shared_ptr<ChainRead> read = std::exchange(m_chainRead, nullptr)) {
            proofSent = read->proofSent;
            // The token HQ gave (or cleared when it no longer opens the figures), for the same person.
            if (read->signIn.staffUuid == m_reader.uuid)
                *m_chainSignIn = {m_reader.uuid, {}, read->signIn.token};
            ChainScopeBox::addStores(m_store, read->scope.stores);
        }
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        if (!result) {
            m_status->setText(tr("Could not read the figures: %1").arg(result.error().message));
            if (isChainScope()) {
                // No sign-in yet, a wrong PIN or an expired sign-in: the PIN (again). Anything else,
                // a cashier's refusal included, is only shown.
                if (result.error().code == Error::Code::AuthenticationFailed) {
                    askChainPin(!proofSent
                            ? tr("%1, your PIN: HQ checks it before it shows the chain's figures.").arg(m_reader.name)
                            : result.error().message);
                }
                return;
            }
            // Refused for the person's role: a manager's PIN may allow it.
            if (result.error().code == Error::Code::PermissionDenied)
                askManager(result.error().message);
            return;
        }
        m_status->clear();
        display(*result);
        Q_EMIT loaded();
    });

    const auto periodChanged = [this] {
        const auto kind = static_cast<PeriodKind>(m_period->currentData().toInt());
        m_to->setVisible(kind == PeriodKind::Custom);
        m_toLabel->setVisible(kind == PeriodKind::Custom);
        reload();
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardWidget::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardWidget::reload);
    connect(m_store, &QComboBox::currentIndexChanged, this, &DashboardWidget::reload);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardWidget::chooseAndExportPdf);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWidget::reload);
    m_period->setCurrentIndex(2); // this month
    m_to->hide();
    m_toLabel->hide();
    m_building = false;
    reload();
}

DashboardWidget::~DashboardWidget()
{
    m_watcher->waitForFinished();
    SalesReport* report = &m_report;
    // Started on the pool and waited for there: QFuture::waitForFinished could run it on this thread instead.
    m_pool.start([report] { report->releaseThreadConnection(); });
    m_pool.waitForDone();
}

void DashboardWidget::setPeriod(PeriodKind kind, const QDate& day, const QDate& customTo)
{
    m_building = true;
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(kind)));
    m_from->setDate(day);
    if (customTo.isValid())
        m_to->setDate(customTo);
    m_building = false;
    reload();
}

void DashboardWidget::setStaff(const StaffMember& member)
{
    m_actor = member;
    m_reader = member;
    if (m_chainSignIn->staffUuid != member.uuid)
        *m_chainSignIn = {}; // HQ's token was the last person's
    m_stale = true;
    if (m_inFlight)
        m_reloadAgain = true; // what the last person asked for is not shown to the next
    else if (isVisible())
        reload();
}

void DashboardWidget::askManager(const QString& why)
{
    if (!isVisible())
        return; // asked again when shown: every show reads again
    const qint64 asked = m_actor.id;
    askManagerOverride(
        this, m_staff, m_actor, Permission::ViewReports, why, QStringLiteral("override.view_reports"), m_status,
        [this](const StaffMember& manager) {
            m_reader = manager;
            reload();
        },
        [this, asked] { return m_actor.id == asked; });
}

void DashboardWidget::setStore(qint64 storeId)
{
    m_store->setCurrentIndex(std::max(0, m_store->findData(storeId)));
}

void DashboardWidget::enableChain(HqChain* chain)
{
    if (m_chain || !chain)
        return;
    m_chain = chain;
    ChainScopeBox::offer(m_store);
}

bool DashboardWidget::setChainStore(const QString& storeUuid)
{
    return ChainScopeBox::choose(m_store, storeUuid);
}

bool DashboardWidget::isChainScope() const
{
    return ChainScopeBox::isChain(m_store);
}

void DashboardWidget::askChainPin(const QString& why)
{
    if (!isVisible())
        return; // asked when shown: every show reads again
    m_status->setText(tr("The chain's figures need your PIN."));
    crema::askChainPin(
        this, why, m_chainSignIn, [this] { return m_reader.uuid; }, [this] { reload(); });
}

void DashboardWidget::markStale()
{
    m_stale = true;
    if (isVisible())
        reload(); // coalesced: while a read runs, this only asks for one more after it
}

void DashboardWidget::arrange(bool narrow)
{
    m_narrow = narrow;
    for (int i = 0; i < m_wide.size(); ++i) {
        const Place& p = m_wide[i];
        m_grid->removeWidget(p.widget);
        if (narrow)
            m_grid->addWidget(p.widget, 1 + i, 0, 1, 4);
        else
            m_grid->addWidget(p.widget, p.row, p.column, 1, p.span);
    }
}

void DashboardWidget::fitWidth()
{
    const int room = m_scroll->viewport()->width();
    if (!m_narrow) {
        const int needed = m_scroll->widget()->minimumSizeHint().width();
        if (needed > room) {
            m_wideMinimum = needed;
            arrange(true);
        }
    } else if (m_wideMinimum <= room) {
        arrange(false);
    }
}

void DashboardWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitWidth();
}

void DashboardWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitWidth();
    if (m_stale)
        reload();
}

void DashboardWidget::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Other tills and cremactl write to the file too: whatever is shown next time is read then.
    m_stale = true;
}

bool DashboardWidget::isLoading() const
{
    return m_inFlight;
}

ChartCard* DashboardWidget::card(const QString& objectName) const
{
    for (ChartCard* c : m_cards) {
        if (c->objectName() == objectName)
            return c;
    }
    return nullptr;
}

QString DashboardWidget::kpiText(const QString& name) const
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(kKpis[i]))
            return m_kpiValues[i]->text();
    }
    return {};
}

QString DashboardWidget::kpiChangeText(const QString& name) const
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(kKpis[i]))
            return m_kpiChanges[i]->text();
    }
    return {};
}

QString DashboardWidget::errorText() const
{
    return m_status->text();
}

void DashboardWidget::reload()
{
    if (m_building)
        return;
    if (m_reader.id == 0) {
        m_stale = true; // read for whoever logs in next
        return;
    }
    if (m_inFlight) {
        m_reloadAgain = true; // the newest choice is read as soon as the running read ends
        return;
    }
    const auto kind = static_cast<PeriodKind>(m_period->currentData().toInt());
    DateRange range = periodContaining(kind, m_from->date());
    if (kind == PeriodKind::Custom) {
        range = {m_from->date(), m_to->date()};
        if (!range.isValid()) {
            m_status->setText(tr("The range ends before it starts."));
            return;
        }
    }
    const QDate today = businessDate(QDateTime::currentDateTimeUtc(), storeZone(m_site.timeZone));
    const ComparedPeriods periods = comparedPeriods(kind, range, today);
    const DateRange previous = periods.previous;
    if (isChainScope()) {
        m_stale = false;
        m_inFlight = true;
        ++m_reads;
        m_busy->show();
        m_status->setText(tr("Asking HQ for %1…").arg(rangeText(range)));
        auto read = std::make_shared<ChainRead>();
        if (m_chainSignIn->staffUuid == m_reader.uuid)
            read->signIn = *m_chainSignIn;
        read->signIn.staffUuid = m_reader.uuid;
        read->proofSent = !read->signIn.pin.isEmpty() || !read->signIn.token.isEmpty();
        m_chainRead = read;
        m_chainSignIn->pin.clear(); // the worker has it now, and HQ's answer replaces it with a token
        const QString store = ChainScopeBox::store(m_store);
        m_watcher->setFuture(QtConcurrent::run(&m_pool,
            [chain = m_chain, read, reader = m_reader, store, current = periods.current,
                previous]() -> Result<DashboardData> {
                auto answer = chain->dashboard(reader, read->signIn, store, current, previous);
                if (!answer)
                    return answer.error();
                read->scope = answer->scope;
                return answer->data;
            }));
        return;
    }
    const ReportFilter filter {periods.current, m_store->currentData().toLongLong()};
    m_stale = false;
    m_inFlight = true;
    ++m_reads;
    m_busy->show();
    m_status->setText(tr("Reading %1…").arg(rangeText(range)));
    SalesReport* report = &m_report;
    m_watcher->setFuture(QtConcurrent::run(&m_pool,
        [report, reader = m_reader, filter, previous] { return report->dashboard(reader, filter, previous); }));
}

QString DashboardWidget::money(Money m) const
{
    return m.formatLocal(QLocale(), m_site.currency, currencyMinorDigits(m_site.currency));
}

QString DashboardWidget::rangeText(const DateRange& range) const
{
    const QLocale locale;
    if (range.from == range.to)
        return locale.toString(range.from, QStringLiteral("ddd d MMM yyyy"));
    return tr("%1 to %2")
        .arg(locale.toString(range.from, QStringLiteral("d MMM yyyy")),
            locale.toString(range.to, QStringLiteral("d MMM yyyy")));
}

void DashboardWidget::display(const DashboardData& data)
{
    m_data = data;
    const int digits = currencyMinorDigits(m_site.currency);
    m_title->setText(tr("%1 · %2 · compared with %3")
                         .arg(rangeText(data.filter.range), m_store->currentText(), rangeText(data.previousRange)));

    const SalesFigures& now = data.current;
    const SalesFigures& before = data.previous;
    m_kpiValues[0]->setText(money(now.revenue()));
    m_kpiValues[1]->setText(QLocale().toString(now.orders));
    m_kpiValues[2]->setText(money(now.averageTicket()));
    m_kpiValues[3]->setText(QLocale().toString(now.items));
    const std::array<std::pair<qint64, qint64>, 4> changes {std::pair {now.revenue().cents(), before.revenue().cents()},
        std::pair {now.orders, before.orders}, std::pair {now.averageTicket().cents(), before.averageTicket().cents()},
        std::pair {now.items, before.items}};
    for (size_t i = 0; i < changes.size(); ++i) {
        const auto [a, b] = changes[i];
        m_kpiChanges[static_cast<int>(i)]->setText(changeText(a, b));
        m_kpiChanges[static_cast<int>(i)]->setStyleSheet(b == 0 ? QString()
                : a > b                                         ? QStringLiteral("color: #2e7d32;")
                : a < b                                         ? QStringLiteral("color: #c62828;")
                                                                : QString());
    }

    // Revenue over time.
    ChartCard* revenue = card(QStringLiteral("revenueCard"));
    {
        QChart* chart = clearChart(revenue->chart());
        auto* line = new QLineSeries;
        line->setName(tr("Revenue (%1)").arg(m_site.currency));
        double top = 0;
        for (const SalesRow& r : data.series) {
            const double y = major(r.figures.revenue(), digits);
            line->append(static_cast<double>(QDateTime(r.start, QTime(12, 0)).toMSecsSinceEpoch()), y);
            top = std::max(top, y);
        }
        chart->addSeries(line);
        auto* x = new QDateTimeAxis;
        x->setFormat(data.seriesGrouping == Grouping::Month ? QStringLiteral("MMM yy") : QStringLiteral("d MMM"));
        x->setTickCount(std::min(8, std::max(2, static_cast<int>(data.series.size()))));
        auto* y = new QValueAxis;
        y->setRange(0, top > 0 ? top * 1.1 : 5); // an empty period: 0..5, not the labels 0 0 0 1 1 1
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        line->attachAxis(x);
        line->attachAxis(y);
        chart->legend()->hide();
        revenue->setNote(tr("by %1").arg(groupingName(data.seriesGrouping)));
        setColumns(revenue->model(),
            {{tr("Period"), QStringLiteral("period")}, {tr("Orders"), QStringLiteral("orders")},
                {tr("Items"), QStringLiteral("items")}, {tr("Revenue"), QStringLiteral("revenue")},
                {tr("Discounts"), QStringLiteral("discounts")}, {tr("Refunds"), QStringLiteral("refunds")}});
        for (const SalesRow& r : data.series) {
            const SalesFigures& f = r.figures;
            revenue->model()->appendRow({cell(r.period, r.period, false), cell(QString::number(f.orders)),
                cell(QString::number(f.items)), cell(money(f.revenue()), f.revenue().toDecimalString(digits)),
                cell(money(f.discounts), f.discounts.toDecimalString(digits)),
                cell(money(f.refunded), f.refunded.toDecimalString(digits))});
        }
    }

    // The heatmap.
    ChartCard* heat = card(QStringLiteral("heatmapCard"));
    m_heatmap->setCounts(data.heatmap.orders);
    heat->setNote(data.heatmap.untimedOrders > 0
            ? tr("%n imported order(s) without a time", "", static_cast<int>(data.heatmap.untimedOrders))
            : QString());
    {
        QList<std::pair<QString, QString>> columns {{tr("Hour"), QStringLiteral("hour")}};
        for (int d = 1; d <= 7; ++d)
            columns.append({QLocale().dayName(d, QLocale::ShortFormat), QLocale::c().dayName(d).toLower()});
        setColumns(heat->model(), columns);
        for (int h = 0; h < 24; ++h) {
            qint64 any = 0;
            QList<QStandardItem*> row {cell(QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')))};
            for (int d = 0; d < 7; ++d) {
                const qint64 n = data.heatmap.orders[static_cast<size_t>(d)][static_cast<size_t>(h)];
                any += n;
                row.append(cell(QString::number(n)));
            }
            if (any > 0)
                heat->model()->appendRow(row);
            else
                qDeleteAll(row);
        }
    }

    // Product mix: the top ten in the chart, every product in the table.
    ChartCard* products = card(QStringLiteral("productsCard"));
    {
        QList<RankedBarsWidget::Bar> bars;
        for (qsizetype i = 0; i < std::min<qsizetype>(10, data.products.size()); ++i)
            bars.append({data.products[i].product, data.products[i].revenue.cents(), money(data.products[i].revenue)});
        m_topProducts->setBars(bars);
        setColumns(products->model(),
            {{tr("Product"), QStringLiteral("product")}, {tr("Category"), QStringLiteral("category")},
                {tr("Orders"), QStringLiteral("orders")}, {tr("Items"), QStringLiteral("items")},
                {tr("Revenue"), QStringLiteral("revenue")}});
        for (const ProductSales& p : data.products)
            products->model()->appendRow({cell(p.product, p.product, false), cell(p.category, p.category, false),
                cell(QString::number(p.orders)), cell(QString::number(p.quantity)),
                cell(money(p.revenue), p.revenue.toDecimalString(digits))});
    }

    // Category share.
    ChartCard* categories = card(QStringLiteral("categoriesCard"));
    {
        QChart* chart = clearChart(categories->chart());
        auto* pie = new QPieSeries;
        qint64 total = 0;
        for (const SalesRow& c : data.categories)
            total += std::max<qint64>(0, c.figures.sales.cents());
        setColumns(categories->model(),
            {{tr("Category"), QStringLiteral("category")}, {tr("Items"), QStringLiteral("items")},
                {tr("Revenue"), QStringLiteral("revenue")}, {tr("Share"), QStringLiteral("share_percent")}});
        for (const SalesRow& c : data.categories) {
            const qint64 cents = std::max<qint64>(0, c.figures.sales.cents());
            const qint64 tenths = total > 0 ? (cents * 1000 + total / 2) / total : 0;
            const QString share = QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
            if (cents > 0) {
                QPieSlice* slice
                    = pie->append(QStringLiteral("%1 %2 %").arg(c.period, share), major(Money(cents), digits));
                slice->setLabelVisible(tenths >= 40);
            }
            categories->model()->appendRow({cell(c.period, c.period, false), cell(QString::number(c.figures.items)),
                cell(money(c.figures.sales), c.figures.sales.toDecimalString(digits)),
                cell(share + QStringLiteral(" %"), share)});
        }
        pie->setPieSize(0.62);
        chart->addSeries(pie);
        chart->legend()->setAlignment(Qt::AlignRight);
        // Every category in the legend, whole, in a card 180 pixels high.
        QFont legendFont = chart->legend()->font();
        legendFont.setPointSizeF(8.5);
        chart->legend()->setFont(legendFont);
    }

    // Payment methods.
    ChartCard* payments = card(QStringLiteral("paymentsCard"));
    {
        QChart* chart = clearChart(payments->chart());
        auto* pie = new QPieSeries;
        setColumns(payments->model(),
            {{tr("Method"), QStringLiteral("method")}, {tr("Payments"), QStringLiteral("payments")},
                {tr("Taken"), QStringLiteral("taken")}, {tr("Paid back"), QStringLiteral("paid_back")},
                {tr("Net"), QStringLiteral("net")}});
        for (const PaymentSales& p : data.payments) {
            const QString name = p.method == u"cash" ? tr("Cash") : p.method == u"card" ? tr("Card") : p.method;
            if (p.net().cents() > 0)
                pie->append(name, major(p.net(), digits))->setLabelVisible(true);
            payments->model()->appendRow({cell(name, p.method, false), cell(QString::number(p.payments)),
                cell(money(p.taken), p.taken.toDecimalString(digits)),
                cell(money(p.paidBack), p.paidBack.toDecimalString(digits)),
                cell(money(p.net()), p.net().toDecimalString(digits))});
        }
        pie->setPieSize(0.6);
        chart->addSeries(pie);
        chart->legend()->hide();
    }

    // Discounts and refunds per bucket of the revenue line.
    ChartCard* adjustments = card(QStringLiteral("adjustmentsCard"));
    {
        QChart* chart = clearChart(adjustments->chart());
        auto* discounts = new QBarSet(tr("Discounts"));
        auto* refunds = new QBarSet(tr("Refunds"));
        discounts->setColor(QColor(0xd9, 0xa4, 0x41));
        refunds->setColor(QColor(0xb5, 0x4a, 0x3a));
        QStringList labels;
        double top = 0;
        setColumns(adjustments->model(),
            {{tr("Period"), QStringLiteral("period")}, {tr("Discounts"), QStringLiteral("discounts")},
                {tr("Refunds"), QStringLiteral("refunds")}, {tr("Refunds given"), QStringLiteral("refund_count")}});
        for (const SalesRow& r : data.series) {
            *discounts << major(r.figures.discounts, digits);
            *refunds << major(r.figures.refunded, digits);
            top = std::max({top, major(r.figures.discounts, digits), major(r.figures.refunded, digits)});
            labels << (data.seriesGrouping == Grouping::Day ? QString::number(r.start.day()) : r.period);
            adjustments->model()->appendRow({cell(r.period, r.period, false),
                cell(money(r.figures.discounts), r.figures.discounts.toDecimalString(digits)),
                cell(money(r.figures.refunded), r.figures.refunded.toDecimalString(digits)),
                cell(QString::number(r.figures.refunds))});
        }
        auto* bars = new QBarSeries;
        bars->append(discounts);
        bars->append(refunds);
        chart->addSeries(bars);
        auto* x = new QBarCategoryAxis;
        // At most about eight readable labels, level: a quarter's 92 days rotated were elided to "⋮".
        // Categories must be unique, so the unlabelled ones are runs of spaces of different lengths.
        const qsizetype step = std::max<qsizetype>(1, (labels.size() + 7) / 8);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i % step != 0)
                labels[i] = QString(i + 1, QLatin1Char(' '));
            else if (data.seriesGrouping == Grouping::Day && step > 1)
                labels[i] = QLocale().toString(data.series[i].start, QStringLiteral("d MMM"));
        }
        x->append(labels);
        x->setTruncateLabels(false);
        auto* y = new QValueAxis;
        y->setRange(0, std::max(5.0, top * 1.15));
        y->setTruncateLabels(false);
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(x);
        bars->attachAxis(y);
        adjustments->setNote(tr("%1 discounts, %2 refunds").arg(money(now.discounts), money(now.refunded)));
    }

    // Loyalty: this period against the previous one.
    ChartCard* loyalty = card(QStringLiteral("loyaltyCard"));
    {
        QChart* chart = clearChart(loyalty->chart());
        auto* current = new QBarSet(tr("This period"));
        auto* previous = new QBarSet(tr("Previous"));
        current->setColor(QColor(0x6b, 0x3a, 0x1e));
        previous->setColor(QColor(0xc8, 0xb4, 0xa0));
        *current << static_cast<double>(data.loyalty.pointsEarned) << static_cast<double>(data.loyalty.pointsRedeemed);
        *previous << static_cast<double>(data.previousLoyalty.pointsEarned)
                  << static_cast<double>(data.previousLoyalty.pointsRedeemed);
        auto* bars = new QBarSeries;
        bars->append(current);
        bars->append(previous);
        chart->addSeries(bars);
        auto* x = new QBarCategoryAxis;
        x->append({tr("Earned"), tr("Redeemed")});
        x->setTruncateLabels(false);
        auto* y = new QValueAxis;
        y->setRange(0,
            std::max<double>({5.0, static_cast<double>(data.loyalty.pointsEarned),
                static_cast<double>(data.previousLoyalty.pointsEarned),
                static_cast<double>(data.loyalty.pointsRedeemed),
                static_cast<double>(data.previousLoyalty.pointsRedeemed)})
                * 1.1);
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(x);
        bars->attachAxis(y);
        loyalty->setNote(tr("%n active member(s)", "", static_cast<int>(data.loyalty.activeMembers)));
        setColumns(loyalty->model(),
            {{tr("Measure"), QStringLiteral("measure")}, {tr("This period"), QStringLiteral("current")},
                {tr("Previous"), QStringLiteral("previous")}});
        const std::array<std::tuple<QString, QString, qint64, qint64>, 3> rows {
            std::tuple {tr("Points earned"), QStringLiteral("points_earned"), data.loyalty.pointsEarned,
                data.previousLoyalty.pointsEarned},
            std::tuple {tr("Points redeemed"), QStringLiteral("points_redeemed"), data.loyalty.pointsRedeemed,
                data.previousLoyalty.pointsRedeemed},
            std::tuple {tr("Active members"), QStringLiteral("active_members"), data.loyalty.activeMembers,
                data.previousLoyalty.activeMembers}};
        for (const auto& [label, key, a, b] : rows)
            loyalty->model()->appendRow({cell(label, key, false), cell(QString::number(a)), cell(QString::number(b))});
    }
}

bool DashboardWidget::exportPdf(const QString& path, QString* error)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(tr("Crema dashboard"));
    pdf.setCreator(QStringLiteral("Crema"));
    QPainter p;
    if (!p.begin(&pdf)) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    const QRect page = p.viewport();
    QFont heading = font();
    heading.setPointSize(16);
    heading.setBold(true);
    p.setFont(heading);
    p.drawText(QRect(0, 0, page.width(), 80), Qt::AlignLeft | Qt::AlignVCenter,
        tr("%1 — sales dashboard").arg(m_site.storeName));
    QFont body = font();
    body.setPointSize(10);
    p.setFont(body);
    p.drawText(QRect(0, 80, page.width(), 50), Qt::AlignLeft | Qt::AlignVCenter, m_title->text());
    const QStringList kpiTitles {tr("Revenue"), tr("Orders"), tr("Average ticket"), tr("Items sold")};
    for (int i = 0; i < 4; ++i) {
        const QRect box(i * page.width() / 4, 150, page.width() / 4 - 20, 140);
        p.setPen(QColor(0xe2, 0xdd, 0xd6));
        p.drawRect(box);
        p.setPen(QColor(0x3b, 0x2a, 0x1e));
        p.drawText(box.adjusted(12, 8, -12, -8), Qt::AlignLeft | Qt::AlignTop, kpiTitles[i]);
        QFont big = body;
        big.setPointSize(18);
        big.setBold(true);
        p.setFont(big);
        p.drawText(box.adjusted(12, 8, -12, -8), Qt::AlignLeft | Qt::AlignVCenter, m_kpiValues[i]->text());
        p.setFont(body);
        p.drawText(box.adjusted(12, 8, -12, -8), Qt::AlignLeft | Qt::AlignBottom, m_kpiChanges[i]->text());
    }
    // Two cards a page, drawn from the widgets as they are (vector where the widget paints vectors).
    int y = 320;
    for (ChartCard* c : std::as_const(m_cards)) {
        const QSize size = c->size().isEmpty() ? QSize(900, 360) : c->size();
        const double scale = std::min(static_cast<double>(page.width()) / size.width(),
            static_cast<double>(page.height() - 40) / 2.0 / size.height());
        const int h = static_cast<int>(size.height() * scale);
        if (y + h > page.height()) {
            pdf.newPage();
            y = 0;
        }
        p.save();
        p.translate(0, y);
        p.scale(scale, scale);
        c->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.restore();
        y += h + 30;
    }
    p.end();
    return true;
}

void DashboardWidget::chooseAndExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard as PDF"),
        QStringLiteral("dashboard-%1.pdf").arg(m_data.filter.range.from.toString(Qt::ISODate)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("PDF not saved"), error);
    else
        m_status->setText(tr("Saved %1").arg(path));
}

} // namespace crema
