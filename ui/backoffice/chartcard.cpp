#include "chartcard.h"

#include "importing/csvreader.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace crema {

ChartCard::ChartCard(const QString& title, QWidget* chart, QWidget* parent)
    : QFrame(parent)
    , m_chart(chart)
{
    setObjectName(QStringLiteral("chartCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#chartCard { background: white; border: 1px solid #e2ddd6; border-radius: 8px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 8);
    layout->setSpacing(6);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(title, this);
    m_title->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 11pt; color: #3b2a1e;"));
    m_note = new QLabel(this);
    m_note->setStyleSheet(QStringLiteral("color: #7a6a5c;"));
    // A long note is elided (whole in its tooltip) rather than widening the dashboard past the screen.
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_toggle = new QToolButton(this);
    m_toggle->setText(tr("Table"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the numbers as a table"));
    auto* csv = new QToolButton(this);
    csv->setText(tr("CSV…"));
    csv->setToolTip(tr("Save the numbers as a CSV file"));
    header->addWidget(m_title);
    header->addWidget(m_note, 1);
    header->addWidget(m_toggle);
    header->addWidget(csv);
    layout->addLayout(header);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(chart);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);

    connect(m_toggle, &QToolButton::toggled, this, &ChartCard::setShowsTable);
    connect(csv, &QToolButton::clicked, this, &ChartCard::chooseAndExportCsv);
}

QString ChartCard::title() const
{
    return m_title->text();
}

bool ChartCard::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartCard::setShowsTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_chart);
    m_toggle->setChecked(table);
    m_toggle->setText(table ? tr("Chart") : tr("Table"));
    if (table)
        m_table->resizeColumnsToContents();
}

void ChartCard::setNote(const QString& note)
{
    m_fullNote = note;
    m_note->setToolTip(note);
    elideNote();
}

void ChartCard::elideNote()
{
    m_note->setText(m_note->fontMetrics().elidedText(m_fullNote, Qt::ElideRight, std::max(0, m_note->width())));
}

void ChartCard::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    elideNote();
}

bool ChartCard::exportCsv(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QVariant key = m_model->headerData(c, Qt::Horizontal, Qt::UserRole);
        header << csvField(key.isValid() ? key.toString() : m_model->headerData(c, Qt::Horizontal).toString());
    }
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QStandardItem* item = m_model->item(r, c);
            const QVariant raw = item ? item->data(Qt::UserRole) : QVariant();
            fields << csvField(raw.isValid() ? raw.toString() : (item ? item->text() : QString()));
        }
        lines << fields.join(QLatin1Char(','));
    }
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!file.flush()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChartCard::chooseAndExportCsv()
{
    QString name = m_title->text().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save %1 as CSV").arg(m_title->text()), name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("CSV not saved"), error);
}

} // namespace crema
