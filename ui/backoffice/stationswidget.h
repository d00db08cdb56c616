#pragma once

#include "staff/staffservice.h"
#include "store/site.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace crema {

class ChangeHub;
class ChangeSet;
class KitchenService;
class StationListModel;

// Back office → Stations: the kitchen stations with when their tickets turn amber and red, the
// categories that send items there and their open tickets; add, rename, change the timing, remove.
// Core (KitchenService) lets only the owner change them and refuses removing a station in use,
// naming the categories; its answer is shown under the form. Follows changes on the hub.
class StationsWidget : public QWidget {
    Q_OBJECT
public:
    StationsWidget(KitchenService& kitchen, ChangeHub& changes, const Site& site, QWidget* parent = nullptr);

    void setStaff(const StaffMember& staff);
    void reload();
    StationListModel* model() const { return m_model; }
    QString statusText() const;

private:
    void select(int row);
    void add();
    void rename();
    void saveTiming();
    void remove();
    void showError(const Error& error);
    void onChanged(const ChangeSet& changes);

    KitchenService& m_kitchen;
    StaffMember m_staff;
    StationListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QString m_selected;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_amber = nullptr;
    QSpinBox* m_red = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace crema
