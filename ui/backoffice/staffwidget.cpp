#include "staffwidget.h"

#include "addstaffdialog.h"
#include "manageroverride.h"
#include "models/staffmodel.h"
#include "staffpindialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crema {

StaffWidget::StaffWidget(StaffService& staff, ChangeHub& changes, QWidget* parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_model(new StaffModel(staff, changes, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sectionSummary"));
    m_showInactive = new QCheckBox(tr("Show inactive"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_showInactive);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(StaffModel::ActiveRole);
    m_proxy->setFilterKeyColumn(StaffModel::Name);
    m_proxy->setFilterFixedString(QStringLiteral("true"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("staffTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StaffModel::Name, QHeaderView::Stretch);

    auto* actions = new QHBoxLayout;
    m_add = new QPushButton(tr("Add a person…"), this);
    m_add->setObjectName(QStringLiteral("addStaffButton"));
    m_role = new QPushButton(tr("Change role…"), this);
    m_role->setObjectName(QStringLiteral("staffRoleButton"));
    m_active = new QPushButton(tr("Deactivate"), this);
    m_active->setObjectName(QStringLiteral("staffActiveButton"));
    m_reset = new QPushButton(tr("Reset PIN…"), this);
    m_reset->setObjectName(QStringLiteral("resetPinButton"));
    m_myPin = new QPushButton(tr("Change my PIN…"), this);
    m_myPin->setObjectName(QStringLiteral("changeMyPinButton"));
    for (QPushButton* b : {m_add, m_role, m_active, m_reset})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_myPin);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("staffStatus"));
    m_status->setWordWrap(true);

    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);

    connect(m_add, &QPushButton::clicked, this, &StaffWidget::addPerson);
    connect(m_role, &QPushButton::clicked, this, &StaffWidget::changeRole);
    connect(m_active, &QPushButton::clicked, this, &StaffWidget::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &StaffWidget::resetPin);
    connect(m_myPin, &QPushButton::clicked, this, &StaffWidget::changeMyPin);
    connect(m_showInactive, &QCheckBox::toggled, this, &StaffWidget::setShowInactive);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& now) {
        if (now.isValid())
            m_selectedId = now.data(StaffModel::IdRole).toLongLong();
        updateButtons();
    });
    // A reload (any staff change, here or elsewhere) resets the model: keep the same person selected.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        select(m_selectedId);
        updateButtons();
    });
    updateButtons();
}

QString StaffWidget::statusText() const
{
    return m_status->text();
}

void StaffWidget::setStaff(const StaffMember& member)
{
    if (member.id != m_actor.id)
        closeDialogs(); // a dialog acts as whoever opened it
    m_actor = member;
    m_status->clear();
    updateButtons();
}

void StaffWidget::closeDialogs()
{
    for (QDialog* d : findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly))
        d->reject();
}

void StaffWidget::setShowInactive(bool show)
{
    if (m_showInactive->isChecked() != show)
        m_showInactive->setChecked(show); // comes back here through toggled
    m_proxy->setFilterFixedString(show ? QString() : QStringLiteral("true"));
    select(m_selectedId);
    updateButtons();
}

void StaffWidget::select(qint64 staffId)
{
    const int row = m_model->rowOf(staffId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_view->selectionModel()->clearSelection();
        return;
    }
    m_selectedId = staffId;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

std::optional<StaffMember> StaffWidget::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    return m_model->member(m_proxy->mapToSource(current).row());
}

void StaffWidget::updateButtons()
{
    int active = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        active += m_model->member(r).active ? 1 : 0;
    m_summary->setText(m_model->lastError().isEmpty()
            ? tr("%1 active · %2 inactive").arg(active).arg(m_model->rowCount() - active)
            : tr("Staff could not be read: %1").arg(m_model->lastError()));
    const bool someone = m_actor.id != 0;
    const auto person = selected();
    // Enabled for anyone logged in: core decides, and says why when it refuses.
    m_add->setEnabled(someone);
    m_myPin->setEnabled(someone);
    m_role->setEnabled(someone && person.has_value());
    m_reset->setEnabled(someone && person && person->active);
    m_active->setEnabled(someone && person.has_value());
    m_active->setText(person && !person->active ? tr("Reactivate…") : tr("Deactivate"));
}

void StaffWidget::refused(const Error& e)
{
    m_status->setText(e.message);
}

void StaffWidget::addPerson()
{
    if (auto allowed = StaffService::require(m_actor, Permission::ManageStaff); !allowed)
        return refused(allowed.error());
    const StaffMember actor = m_actor;
    auto* dialog = new AddStaffDialog(
        [this, actor](const QString& name, Role role, const QString& pin) -> QString {
            auto added = m_staff.addStaff(actor, name, role, pin);
            if (!added)
                return added.error().message;
            m_selectedId = added->id;
            select(added->id);
            m_status->setText(tr("%1 added as %2.").arg(added->name, StaffModel::roleText(added->role)));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StaffWidget::changeRole()
{
    const auto person = selected();
    if (!person)
        return;
    if (auto allowed = StaffService::require(m_actor, Permission::ManageStaff); !allowed)
        return refused(allowed.error());
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("staffRoleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change role"));
    dialog->setLabelText(tr("New role for %1:").arg(person->name));
    QStringList roles;
    for (Role r : kAllRoles)
        roles << StaffModel::roleText(r);
    dialog->setComboBoxItems(roles);
    dialog->setTextValue(StaffModel::roleText(person->role));
    const StaffMember actor = m_actor;
    const qint64 id = person->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, actor, id](const QString& text) {
        for (Role r : kAllRoles) {
            if (StaffModel::roleText(r) != text)
                continue;
            auto changed = m_staff.changeRole(actor, id, r);
            if (!changed)
                return refused(changed.error());
            m_status->setText(tr("%1 is now %2.").arg(changed->name, StaffModel::roleText(changed->role)));
        }
    });
    dialog->open();
}

void StaffWidget::toggleActive()
{
    const auto person = selected();
    if (!person)
        return;
    if (auto allowed = StaffService::require(m_actor, Permission::ManageStaff); !allowed)
        return refused(allowed.error());
    const StaffMember actor = m_actor;
    const qint64 id = person->id;
    if (!person->active) {
        auto* dialog = new StaffPinDialog(
            StaffPinDialog::Mode::NewPin, tr("Reactivate %1").arg(person->name),
            tr("%1 comes back with a new PIN (their old one may be someone else's by now).").arg(person->name),
            [this, actor, id](const QString&, const QString& pin) -> QString {
                auto back = m_staff.reactivate(actor, id, pin);
                if (!back)
                    return back.error().message;
                m_status->setText(tr("%1 is active again.").arg(back->name));
                return {};
            },
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Deactivate %1").arg(person->name),
        tr("Deactivate %1? They will no longer be able to log in; their sales and history stay.").arg(person->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deactivateConfirm"));
    box->button(QMessageBox::Yes)->setText(tr("Deactivate"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, actor, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        auto gone = m_staff.deactivate(actor, id);
        if (!gone)
            return refused(gone.error());
        m_status->setText(tr("%1 is deactivated.").arg(gone->name));
    });
    box->open();
}

void StaffWidget::resetPin()
{
    const auto person = selected();
    if (!person)
        return;
    const Status allowed = StaffService::mayResetPin(m_actor, *person);
    if (allowed.ok())
        return resetPinAs(m_actor, *person);
    refused(allowed.error());
    // A manager may allow a cashier's or barista's reset; a manager's or owner's is the owner's alone.
    if (m_actor.can(Permission::ResetStaffPins)
        || !StaffService::mayResetPin(StaffMember {0, {}, {}, Role::Manager}, *person).ok())
        return;
    const qint64 asked = m_actor.id;
    const StaffMember target = *person;
    askManagerOverride(
        this, m_staff, m_actor, Permission::ResetStaffPins, allowed.error().message,
        QStringLiteral("override.reset_staff_pin"), m_status,
        [this, target](const StaffMember& manager) { resetPinAs(manager, target); },
        [this, asked] { return m_actor.id == asked; });
}

void StaffWidget::resetPinAs(const StaffMember& actor, const StaffMember& target)
{
    const qint64 id = target.id;
    auto* dialog = new StaffPinDialog(
        StaffPinDialog::Mode::NewPin, tr("Reset %1's PIN").arg(target.name),
        tr("Type a new PIN for %1 twice. Any lock on their login is lifted.").arg(target.name),
        [this, actor, id](const QString&, const QString& pin) -> QString {
            auto reset = m_staff.resetPin(actor, id, pin);
            if (!reset)
                return reset.error().message;
            m_status->setText(tr("%1 has a new PIN.").arg(reset->name));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StaffWidget::changeMyPin()
{
    if (m_actor.id == 0)
        return;
    auto* dialog = StaffPinDialog::changeOwnPin(this, m_staff, m_actor);
    connect(dialog, &QDialog::accepted, this, [this] { m_status->setText(tr("Your PIN is changed.")); });
}

} // namespace crema
