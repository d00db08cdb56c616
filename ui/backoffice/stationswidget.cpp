#include "stationswidget.h"

#include "kitchen/kitchenservice.h"
#include "models/stationlistmodel.h"
#include "storage/unitofwork.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace crema {

StationsWidget::StationsWidget(KitchenService& kitchen, ChangeHub& changes, const Site& site, QWidget* parent)
    : QWidget(parent)
    , m_kitchen(kitchen)
    , m_model(new StationListModel(kitchen, this))
{
    Q_UNUSED(site);
    auto* layout = new QHBoxLayout(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("stationsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StationListModel::Categories, QHeaderView::Stretch);
    layout->addWidget(m_view, 3);

    auto* box = new QGroupBox(tr("Station"), this);
    auto* form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("stationName"));
    m_amber = new QSpinBox(box);
    m_amber->setObjectName(QStringLiteral("stationAmber"));
    m_amber->setRange(1, 24 * 3600);
    m_amber->setSuffix(tr(" s"));
    m_amber->setValue(180);
    m_red = new QSpinBox(box);
    m_red->setObjectName(QStringLiteral("stationRed"));
    m_red->setRange(1, 24 * 3600);
    m_red->setSuffix(tr(" s"));
    m_red->setValue(360);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Amber after"), m_amber);
    form->addRow(tr("Red after"), m_red);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const char* name, void (StationsWidget::*slot)()) {
        auto* b = new QPushButton(text, box);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("Add"), "stationAdd", &StationsWidget::add);
    button(tr("Rename"), "stationRename", &StationsWidget::rename);
    button(tr("Save timing"), "stationTiming", &StationsWidget::saveTiming);
    button(tr("Remove"), "stationRemove", &StationsWidget::remove);
    form->addRow(buttons);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("stationStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);
    layout->addWidget(box, 2);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { select(current.row()); });
    connect(&changes, &ChangeHub::changed, this, &StationsWidget::onChanged);
    reload();
}

void StationsWidget::setStaff(const StaffMember& staff)
{
    m_staff = staff;
    m_status->clear();
}

QString StationsWidget::statusText() const
{
    return m_status->text();
}

void StationsWidget::reload()
{
    if (auto s = m_model->reload(); !s.ok()) {
        m_status->setText(tr("Stations could not be read: %1").arg(s.error().message));
        return;
    }
    const int row = m_model->rowOf(m_selected);
    if (row >= 0) {
        const QSignalBlocker quiet(m_view->selectionModel());
        m_view->selectRow(row);
    }
}

void StationsWidget::select(int row)
{
    const StationInfo* s = m_model->station(row);
    if (!s)
        return;
    m_selected = s->name;
    m_name->setText(s->name);
    m_amber->setValue(s->timing.amberSeconds);
    m_red->setValue(s->timing.redSeconds);
    m_status->clear();
}

void StationsWidget::showError(const Error& error)
{
    m_status->setText(error.code == Error::Code::PermissionDenied
            ? tr("Only the owner may change kitchen stations (%1).").arg(error.message)
            : error.message);
}

void StationsWidget::add()
{
    auto done = m_kitchen.addStation(m_staff, m_name->text(), StationTiming {m_amber->value(), m_red->value()});
    if (!done)
        return showError(done.error());
    m_selected = done->name;
    reload();
    m_status->setText(tr("Added %1.").arg(done->name));
}

void StationsWidget::rename()
{
    if (m_selected.isEmpty())
        return;
    auto done = m_kitchen.renameStation(m_staff, m_selected, m_name->text());
    if (!done)
        return showError(done.error());
    m_selected = done->name;
    reload();
    m_status->setText(done->categories.isEmpty() ? tr("Renamed to %1.").arg(done->name)
                                                 : tr("Renamed to %1; %2 now send their items there.")
                                                       .arg(done->name, done->categories.join(QLatin1String(", "))));
}

void StationsWidget::saveTiming()
{
    if (m_selected.isEmpty())
        return;
    auto done = m_kitchen.setStationTiming(m_staff, m_selected, StationTiming {m_amber->value(), m_red->value()});
    if (!done)
        return showError(done.error());
    reload();
    m_status->setText(tr("%1: amber after %2 s, red after %3 s.").arg(*done).arg(m_amber->value()).arg(m_red->value()));
}

void StationsWidget::remove()
{
    if (m_selected.isEmpty())
        return;
    const QString name = m_selected;
    if (auto s = m_kitchen.removeStation(m_staff, name); !s.ok())
        return showError(s.error());
    m_selected.clear();
    reload();
    m_status->setText(tr("Removed %1.").arg(name));
}

void StationsWidget::onChanged(const ChangeSet& changes)
{
    bool timing = false;
    for (const Change& c : changes.of(Change::Kind::SettingChanged))
        timing = timing || c.key.startsWith(u"kitchen_station:") || c.key == u"external";
    if (timing || changes.touchesCatalog())
        reload();
}

} // namespace crema
