#pragma once

#include "staff/staffservice.h"

#include <QWidget>

#include <functional>

class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QVBoxLayout;

namespace crema {

// The back office: a list of pages grouped in sections down the left (Sales, Menu, Stock, People,
// Settings) and the chosen page beside it. Eleven screens do not fit a row of tabs at 1024 pixels;
// a list does, and reads like the owner's tasks. Each page says who sees it; core still checks
// every action, so hiding a page only spares someone a screen of refusals.
class BackOfficeWidget : public QWidget {
    Q_OBJECT
public:
    using Visible = std::function<bool(const StaffMember&)>;

    explicit BackOfficeWidget(QWidget* parent = nullptr);

    void addSection(const QString& title);
    // `page` is reparented; `objectName` names the list entry (for tests and tools).
    void addPage(const QString& title, QWidget* page, const QString& objectName, Visible visibleFor = {});
    // Something below the list (the import button).
    void addFooter(QWidget* widget);

    // Shows only the pages this person may see; keeps the current page if it is still among them.
    void setStaff(const StaffMember& member);
    void showPage(QWidget* page);
    QWidget* currentPage() const;
    QListWidget* navigation() const { return m_nav; }

Q_SIGNALS:
    void pageShown(QWidget* page);

private:
    struct Entry {
        QListWidgetItem* item;
        QWidget* page;
        QWidget* frame; // the scroll area holding it
        Visible visibleFor;
    };
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QVBoxLayout* m_side;
    QList<Entry> m_entries;
    QList<QListWidgetItem*> m_sections;
};

} // namespace crema
