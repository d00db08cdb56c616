#pragma once

#include <QFrame>

class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace crema {

// One panel of the dashboard: a title, the chart, and the same numbers as a table, which the
// owner can switch to and save as CSV. Table items carry their CSV text (plain decimals, no
// currency sign) in Qt::UserRole.
class ChartCard : public QFrame {
    Q_OBJECT
public:
    ChartCard(const QString& title, QWidget* chart, QWidget* parent = nullptr);

    QStandardItemModel* model() const { return m_model; }
    QWidget* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    QToolButton* tableButton() const { return m_toggle; }
    QString title() const;
    bool showsTable() const;
    void setShowsTable(bool table);
    void setNote(const QString& note);

    // Writes the table as CSV; the error names the file.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    // Asks where, then writes.
    void chooseAndExportCsv();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elideNote();

    QString m_fullNote;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_chart = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QToolButton* m_toggle = nullptr;
};

} // namespace crema
