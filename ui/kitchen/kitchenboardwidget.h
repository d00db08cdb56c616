#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace crema {

class KitchenBoard;
class KitchenCardsView;

// The kitchen screen: tickets as cards in arrival order, coloured by age, with the station
// filter, the links to the tills, recall and the "all day" counts. Touch a card to move it on
// (new → making → ready → done); bump-bar keys: 1–9 pick a card, Enter bumps it, R or 0 recalls
// the last one done, Page Down/Up turn pages when more tickets wait than fit.
class KitchenBoardWidget : public QWidget {
    Q_OBJECT
public:
    explicit KitchenBoardWidget(KitchenBoard& board, QWidget* parent = nullptr);

    KitchenCardsView* cards() const { return m_cards; }
    QString message() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuildStations();
    void updateFeeds();
    void updateAllDay();
    void recall();
    void showMessage(const QString& message);

    KitchenBoard& m_board;
    KitchenCardsView* m_cards = nullptr;
    QHBoxLayout* m_stationRow = nullptr;
    QList<QPushButton*> m_stationButtons;
    QLabel* m_feeds = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_allDay = nullptr;
    QLabel* m_page = nullptr;
    QTimer* m_messageTimer = nullptr;
};

// The cards themselves, painted (a busy screen may hold dozens; widgets per card would be slow to
// rebuild every second).
class KitchenCardsView : public QWidget {
    Q_OBJECT
public:
    explicit KitchenCardsView(KitchenBoard& board, QWidget* parent = nullptr);

    int selected() const { return m_selected; } // a row of the board, or -1
    void select(int slot); // 1-based slot on the current page
    int page() const { return m_page; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void setPage(int page);
    int rowAt(const QPoint& pos) const;
    QRect cardRect(int row) const; // empty if not on this page

Q_SIGNALS:
    void cardTapped(int row);
    void layoutChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void relayout();
    int cardHeight(int row, int width) const;

    KitchenBoard& m_board;
    QTimer* m_tick = nullptr;
    int m_selected = -1;
    int m_page = 0;
    // Per page, the rows on it and where each card goes.
    std::vector<std::vector<std::pair<int, QRect>>> m_pages;
};

} // namespace crema
