#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTimer;

namespace crema {

class KitchenService;

// The tickets waiting in the kitchen, oldest first, as cards: receipt, customer, items with size,
// modifiers and notes, and how long the ticket has waited. Refreshes on its own.
class KitchenQueueWidget : public QWidget {
    Q_OBJECT
public:
    explicit KitchenQueueWidget(KitchenService& kitchen, QWidget* parent = nullptr);

    void reload();
    int ticketCount() const { return m_count; }

private:
    KitchenService& m_kitchen;
    QWidget* m_cards = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_timer = nullptr;
    int m_count = 0;
};

} // namespace crema
