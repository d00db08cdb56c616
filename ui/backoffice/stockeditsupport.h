#pragma once

#include "backoffice/manageroverride.h"
#include "common/result.h"
#include "staff/staffservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QList>
#include <QPair>

#include <functional>

namespace crema {

// Core's errors shown next to the field they name: core writes "supplier 'Bean Co': email 'x@' is
// not an email address", so the words after the record say which field it was. What names no field
// goes to the form's own line.
class FieldErrors {
public:
    explicit FieldErrors(QLabel* general)
        : m_general(general)
    {
        prepare(general);
    }
    // A label under `field` in `form` for the errors whose field part starts with `keyword`.
    void add(QFormLayout* form, QWidget* field, const QString& keyword)
    {
        auto* label = new QLabel(field->parentWidget());
        prepare(label);
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(field, &row, &role);
        form->insertRow(row + 1, QString(), label);
        m_fields.append({keyword, label});
    }
    void clear()
    {
        m_general->clear();
        m_general->hide();
        for (const auto& f : std::as_const(m_fields)) {
            f.second->clear();
            f.second->hide();
        }
    }
    void show(const QString& message)
    {
        clear();
        const qsizetype after = message.indexOf(QStringLiteral("': "));
        const QString rest = after >= 0 ? message.mid(after + 3) : message;
        for (const auto& f : std::as_const(m_fields)) {
            if (rest.startsWith(f.first, Qt::CaseInsensitive)) {
                f.second->setText(message);
                f.second->show();
                return;
            }
        }
        m_general->setText(message);
        m_general->show();
    }
    void showDone(const QString& text)
    {
        clear();
        m_general->setText(text);
        m_general->show();
    }

private:
    static void prepare(QLabel* label)
    {
        label->setObjectName(QStringLiteral("fieldError"));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
        label->hide();
    }
    QLabel* m_general;
    QList<QPair<QString, QLabel*>> m_fields;
};

// Runs an edit as the person at the till; when core refuses them for their role, offers the one
// manager-PIN prompt and runs it again as the manager. `done` gets the final result.
inline void runStockEdit(QWidget* parent, StaffService* staff, const StaffMember& actor, QLabel* status,
    std::function<Status(const StaffMember&)> attempt, std::function<void(const Status&)> done)
{
    const Status first = attempt(actor);
    if (first.ok() || first.error().code != Error::Code::PermissionDenied || !staff) {
        done(first);
        return;
    }
    done(first);
    askManagerOverride(parent, *staff, actor, Permission::ManageStock, first.error().message,
        QStringLiteral("override.manage_stock"), status,
        [attempt, done](const StaffMember& manager) { done(attempt(manager)); });
}

} // namespace crema
