#include "forecastwidget.h"

#include "backoffice/chainscope.h"
#include "backoffice/manageroverride.h"
#include "common/clock.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace crema {

namespace {

QStandardItem* item(const QString& text, const QVariant& raw = {}, bool number = false)
{
    auto* i = new QStandardItem(text);
    if (raw.isValid())
        i->setData(raw, Qt::UserRole);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QColor statusColour(ForecastStatus status)
{
    switch (status) {
    case ForecastStatus::Critical:
        return QColor(0xf6, 0xc9, 0xc4);
    case ForecastStatus::Warning:
        return QColor(0xfa, 0xe3, 0xb0);
    case ForecastStatus::Ok:
        return QColor(0xd7, 0xec, 0xd5);
    }
    return {};
}

QString percent(double share)
{
    return share < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 1);
}

QTableView* newTable(QStandardItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(false);
    return view;
}

} // namespace

ForecastWidget::ForecastWidget(ForecastService& forecasts, StaffService& staff, Site site, HqChain* chain,
    std::shared_ptr<ChainSignIn> chainSignIn, QWidget* parent)
    : QWidget(parent)
    , m_forecasts(forecasts)
    , m_chain(chain)
    , m_chainSignIn(chainSignIn ? std::move(chainSignIn) : std::make_shared<ChainSignIn>())
    , m_staff(staff)
    , m_site(std::move(site))
{
    setObjectName(QStringLiteral("forecast"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 8, 0, 0);
    outer->setSpacing(8);

    auto* controls = new QHBoxLayout;
    const QDate today = businessDate(QDateTime::currentDateTimeUtc(), storeZone(m_site.timeZone));
    m_start = new QDateEdit(today, this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, ForecastService::kMaxHorizon);
    m_horizon->setValue(7);
    m_horizon->setSuffix(tr(" days"));
    m_method = new QComboBox(this);
    m_method->addItem(tr("Best per product (auto)"), static_cast<int>(ForecastMethod::Auto));
    m_method->addItem(tr("Same weekday, 4 weeks (seed)"), static_cast<int>(ForecastMethod::Seed));
    m_method->addItem(tr("Recent weeks weigh more"), static_cast<int>(ForecastMethod::Weighted));
    m_method->addItem(tr("Same weekday, 8 weeks"), static_cast<int>(ForecastMethod::Long));
    m_method->addItem(tr("Recent level × weekday shape"), static_cast<int>(ForecastMethod::Profile));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_start);
    controls->addWidget(new QLabel(tr("for"), this));
    controls->addWidget(m_horizon);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Method"), this));
    controls->addWidget(m_method);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(m_site.storeName, QString());
    controls->addSpacing(12);
    controls->addWidget(m_busy);
    controls->addStretch(1);
    outer->addLayout(controls);

    m_trust = new QLabel(this);
    m_trust->setObjectName(QStringLiteral("trust"));
    m_trust->setWordWrap(true);
    m_trust->setStyleSheet(QStringLiteral("color: #3b2a1e; font-size: 11pt;"));
    m_summary = new QLabel(this);
    m_summary->setStyleSheet(QStringLiteral("color: #5a4a3c;"));
    // The store choice beside the trust line: the row of choices above is full at 1024 pixels.
    auto* trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trust, 1);
    m_scopeLabel = new QLabel(tr("Store"), this);
    trustRow->addSpacing(12);
    trustRow->addWidget(m_scopeLabel);
    trustRow->addWidget(m_scope);
    m_scopeLabel->hide();
    m_scope->hide();
    if (HqChain* offered = std::exchange(m_chain, nullptr))
        enableChain(offered);
    outer->addLayout(trustRow);
    outer->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_ingredients = new QStandardItemModel(this);
    m_ingredientView = newTable(m_ingredients, split);
    m_ingredientView->setObjectName(QStringLiteral("ingredients"));
    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_products = new QStandardItemModel(this);
    m_productView = newTable(m_products, right);
    m_productView->setObjectName(QStringLiteral("products"));
    m_chartTitle = new QLabel(right);
    m_chartTitle->setStyleSheet(QStringLiteral("font-weight: 600; color: #3b2a1e;"));
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, right);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    m_chart = view;
    rightLayout->addWidget(m_productView, 1);
    rightLayout->addWidget(m_chartTitle);
    rightLayout->addWidget(view, 1);
    split->addWidget(m_ingredientView);
    split->addWidget(right);
    split->setStretchFactor(0, 6);
    split->setStretchFactor(1, 4);
    outer->addWidget(split, 1);

    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_watcher = new QFutureWatcher<Result<ForecastResult>>(this);
    connect(m_watcher, &QFutureWatcher<Result<ForecastResult>>::finished, this, [this] {
        m_busy->hide();
        const Result<ForecastResult> result = m_watcher->result();
        std::shared_ptr<const ForecastData> chainData;
        // Whether that read carried a PIN or a token: without either, HQ was not asked yet.
        bool proofSent = true;
        if (const std::shared_ptr<ChainRead> read = std::exchange(m_chainRead, nullptr)) {
            proofSent = read->proofSent;
            if (read->signIn.staffUuid == m_reader.uuid)
                *m_chainSignIn = {m_reader.uuid, {}, read->signIn.token};
            ChainScopeBox::addStores(m_scope, read->scope.stores);
            chainData = std::make_shared<const ForecastData>(std::move(read->data));
        }
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        if (!result) {
            m_trust->setText(tr("Could not forecast: %1").arg(result.error().message));
            if (isChainScope()) {
                // No sign-in yet, a wrong PIN or an expired one: the PIN (again); the rest is shown.
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
        m_chainData = chainData;
        display(*result);
        Q_EMIT loaded();
    });
    m_historyWatcher = new QFutureWatcher<Result<QList<DailyForecastPoint>>>(this);
    connect(m_historyWatcher, &QFutureWatcher<Result<QList<DailyForecastPoint>>>::finished, this, [this] {
        if (m_historyAgain) {
            m_historyAgain = false;
            requestHistory();
            return;
        }
        const auto history = m_historyWatcher->result();
        m_history = history ? *history : QList<DailyForecastPoint>();
        drawHistory();
        Q_EMIT historyLoaded();
    });
    connect(m_start, &QDateEdit::dateChanged, this, &ForecastWidget::reload);
    connect(m_horizon, &QSpinBox::valueChanged, this, &ForecastWidget::reload);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ForecastWidget::reload);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ForecastWidget::reload);
    connect(m_productView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                showProduct(current.row());
        });
    m_building = false;
    reload();
}

ForecastWidget::~ForecastWidget()
{
    m_watcher->waitForFinished();
    m_historyWatcher->waitForFinished();
    ForecastService* forecasts = &m_forecasts;
    // Started on the pool and waited for there: QFuture::waitForFinished could run it on this thread instead.
    m_pool.start([forecasts] { forecasts->releaseThreadConnection(); });
    m_pool.waitForDone();
}

void ForecastWidget::setStaff(const StaffMember& member)
{
    m_actor = member;
    m_reader = member;
    if (m_chainSignIn->staffUuid != member.uuid)
        *m_chainSignIn = {}; // HQ's token was the last person's
    m_stale = true;
    if (m_watcher->isRunning())
        m_reloadAgain = true; // what the last person asked for is not shown to the next
    else if (isVisible())
        reload();
}

void ForecastWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ForecastWidget::askManager(const QString& why)
{
    if (!isVisible())
        return; // asked again when shown
    const qint64 asked = m_actor.id;
    askManagerOverride(
        this, m_staff, m_actor, Permission::ViewReports, why, QStringLiteral("override.view_reports"), m_trust,
        [this](const StaffMember& manager) {
            m_reader = manager;
            reload();
        },
        [this, asked] { return m_actor.id == asked; });
}

void ForecastWidget::setOptions(const QDate& start, int horizon, ForecastMethod method)
{
    m_building = true;
    m_start->setDate(start);
    m_horizon->setValue(horizon);
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(method)));
    m_building = false;
    reload();
}

void ForecastWidget::enableChain(HqChain* chain)
{
    if (m_chain || !chain)
        return;
    m_chain = chain;
    ChainScopeBox::offer(m_scope);
    m_scopeLabel->show();
    m_scope->show();
}

bool ForecastWidget::setChainScope(const QString& storeUuid)
{
    return ChainScopeBox::choose(m_scope, storeUuid);
}

bool ForecastWidget::isChainScope() const
{
    return ChainScopeBox::isChain(m_scope);
}

void ForecastWidget::askChainPin(const QString& why)
{
    if (!isVisible())
        return; // asked when shown
    crema::askChainPin(
        this, why, m_chainSignIn, [this] { return m_reader.uuid; }, [this] { reload(); });
}

bool ForecastWidget::isLoading() const
{
    return m_watcher->isRunning();
}

QString ForecastWidget::trustText() const
{
    return m_trust->text();
}

void ForecastWidget::reload()
{
    if (m_building || m_reader.id == 0)
        return; // nobody at the till: read for whoever logs in next
    if (m_watcher->isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_stale = false;
    const ForecastOptions options {
        m_start->date(), m_horizon->value(), static_cast<ForecastMethod>(m_method->currentData().toInt())};
    m_busy->show();
    ForecastService* forecasts = &m_forecasts;
    if (isChainScope()) {
        auto read = std::make_shared<ChainRead>();
        if (m_chainSignIn->staffUuid == m_reader.uuid)
            read->signIn = *m_chainSignIn;
        read->signIn.staffUuid = m_reader.uuid;
        read->proofSent = !read->signIn.pin.isEmpty() || !read->signIn.token.isEmpty();
        m_chainSignIn->pin.clear(); // the worker has it; HQ's answer replaces it with a token
        m_chainRead = read;
        const QString store = ChainScopeBox::store(m_scope);
        m_watcher->setFuture(QtConcurrent::run(
            &m_pool, [chain = m_chain, forecasts, read, reader = m_reader, options, store]() -> Result<ForecastResult> {
                auto fetched = chain->forecastData(reader, read->signIn, store, options.start);
                if (!fetched)
                    return fetched.error();
                read->scope = fetched->scope;
                read->data = std::move(fetched->data);
                return forecasts->forecast(reader, options, read->data);
            }));
        return;
    }
    m_watcher->setFuture(QtConcurrent::run(
        &m_pool, [forecasts, reader = m_reader, options] { return forecasts->forecast(reader, options); }));
}

void ForecastWidget::display(const ForecastResult& result)
{
    m_result = result;
    const QLocale locale;
    if (result.backtest.wape() < 0)
        m_trust->setText(tr("Not enough sales history yet to say how far to trust the forecast."));
    else
        m_trust->setText(
            tr("How far to trust it: over the 8 weeks before %1, a day's forecast was off by %2 of what "
               "sold (WAPE, all products).")
                .arg(locale.toString(result.start, QStringLiteral("d MMM")), percent(result.backtest.wape())));
    int critical = 0, warning = 0;
    for (const IngredientForecast& f : result.ingredients) {
        critical += f.status == ForecastStatus::Critical;
        warning += f.status == ForecastStatus::Warning;
    }
    m_summary->setText(tr("%1 to %2: %3 ingredient(s) short of the forecast, %4 with less than 1.5 times it.")
                           .arg(locale.toString(result.start, QStringLiteral("ddd d MMM")),
                               locale.toString(result.day(result.horizon - 1), QStringLiteral("ddd d MMM")))
                           .arg(critical)
                           .arg(warning));

    m_ingredients->clear();
    m_ingredients->setHorizontalHeaderLabels(
        {tr("Ingredient"), tr("On hand"), tr("Forecast use"), tr("Status"), tr("Suggested order"), tr("From")});
    for (const IngredientForecast& f : result.ingredients) {
        QString order;
        if (f.suggestedOrder > 0)
            order = f.packs > 0 ? tr("%1 × %2").arg(f.packs).arg(f.packName)
                                : Quantity {f.suggestedOrder, f.unit}.toString();
        QList<QStandardItem*> row {item(f.name), item(Quantity {f.onHand, f.unit}.toString(), f.onHand, true),
            item(Quantity {f.demand, f.unit}.toString(), f.demand, true),
            item(forecastStatusCode(f.status), static_cast<int>(f.status)), item(order, f.suggestedOrder),
            item(f.suggestedOrder > 0 ? f.supplier : QString())};
        for (QStandardItem* i : row) {
            i->setBackground(statusColour(f.status));
            i->setToolTip(i->text());
        }
        m_ingredients->appendRow(row);
    }
    m_ingredientView->resizeColumnsToContents();

    m_products->clear();
    m_products->setHorizontalHeaderLabels({tr("Product"), tr("Forecast"), tr("Per day"), tr("Method"), tr("Error")});
    for (const ProductForecast& p : result.products) {
        QStringList days;
        for (double d : p.daily)
            days << QString::number(d, 'f', 1);
        auto* name = item(p.product, p.productId);
        m_products->appendRow(
            {name, item(QString::number(p.total(), 'f', 1), p.total(), true), item(days.join(QLatin1String("  "))),
                item(forecastMethodName(p.method)), item(percent(p.backtest.wape()), p.backtest.wape(), true)});
    }
    m_productView->resizeColumnsToContents();
    if (m_products->rowCount() > 0) {
        int row = 0;
        for (int r = 0; r < m_products->rowCount(); ++r) {
            if (m_products->item(r, 0)->data(Qt::UserRole).toLongLong() == m_chartedProduct)
                row = r;
        }
        m_productView->selectRow(row);
        showProduct(row);
    }
}

void ForecastWidget::showProduct(int row)
{
    const QStandardItem* name = m_products->item(row, 0);
    if (!name)
        return;
    m_chartedProduct = name->data(Qt::UserRole).toLongLong();
    m_chartTitle->setText(tr("%1: sold and forecast, the last 8 weeks").arg(name->text()));
    requestHistory();
}

void ForecastWidget::requestHistory()
{
    if (m_historyWatcher->isRunning()) {
        m_historyAgain = true; // the chart follows the newest choice once the running read ends
        return;
    }
    ForecastService* forecasts = &m_forecasts;
    const qint64 product = m_chartedProduct;
    const QDate start = m_result.start;
    const auto method = static_cast<ForecastMethod>(m_method->currentData().toInt());
    // The chain's chart comes from what HQ served for the forecast shown.
    m_historyWatcher->setFuture(
        QtConcurrent::run(&m_pool, [forecasts, reader = m_reader, product, start, method, chain = m_chainData] {
            return forecasts->history(reader, product, start, ForecastService::kBacktestDays, method, chain.get());
        }));
}

void ForecastWidget::drawHistory()
{
    QChart* chart = static_cast<QChartView*>(m_chart)->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* actual = new QLineSeries;
    actual->setName(tr("Sold"));
    auto* forecast = new QLineSeries;
    forecast->setName(tr("Forecast a day ahead"));
    QPen dashed(QColor(0xc0, 0x6a, 0x2b));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    forecast->setPen(dashed);
    QPen solid(QColor(0x3b, 0x2a, 0x1e));
    solid.setWidth(2);
    actual->setPen(solid);
    double top = 1;
    for (const DailyForecastPoint& p : std::as_const(m_history)) {
        const auto x = static_cast<double>(QDateTime(p.day, QTime(12, 0)).toMSecsSinceEpoch());
        actual->append(x, static_cast<double>(p.actual));
        forecast->append(x, p.forecast);
        top = std::max({top, static_cast<double>(p.actual), p.forecast});
    }
    chart->addSeries(actual);
    chart->addSeries(forecast);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(9);
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {actual, forecast}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace crema
