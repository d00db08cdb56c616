#include "importsalesdialog.h"

#include "backoffice/manageroverride.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crema {

namespace {

constexpr int kPreviewRows = 20;

QString fieldLabel(ImportField f)
{
    switch (f) {
    case ImportField::Date:
        return QObject::tr("Date");
    case ImportField::Time:
        return QObject::tr("Time");
    case ImportField::DateTime:
        return QObject::tr("Date and time");
    case ImportField::Product:
        return QObject::tr("Product");
    case ImportField::Quantity:
        return QObject::tr("Quantity");
    case ImportField::UnitPrice:
        return QObject::tr("Unit price");
    case ImportField::Amount:
        return QObject::tr("Line amount");
    case ImportField::Order:
        return QObject::tr("Order number");
    case ImportField::Store:
        return QObject::tr("Store");
    case ImportField::Payment:
        return QObject::tr("Payment");
    }
    return {};
}

} // namespace

ImportSalesDialog::ImportSalesDialog(SalesImporter& importer, StaffService& staff, StaffMember actor, QWidget* parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_staff(staff)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Import sales history"));
    setObjectName(QStringLiteral("importSales"));
    resize(1240, 720);
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    auto* choose = new QPushButton(tr("Choose file…"), this);
    m_file = new QLabel(tr("A CSV export from your old till: one row per item sold."), this);
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    layout->addLayout(fileRow);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    const QList<ImportField> fields = importFields();
    for (int i = 0; i < fields.size(); ++i) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("map_") + importFieldName(fields[i]));
        combo->setMinimumWidth(160);
        m_columns.insert(fields[i], combo);
        grid->addWidget(new QLabel(fieldLabel(fields[i]), this), i / 5 * 2, i % 5);
        grid->addWidget(combo, i / 5 * 2 + 1, i % 5);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportSalesDialog::refresh);
    }
    layout->addLayout(grid);

    auto* formats = new QHBoxLayout;
    m_dateFormat = new QLineEdit(this);
    m_timeFormat = new QLineEdit(this);
    m_dateTimeFormat = new QLineEdit(this);
    for (QLineEdit* e : {m_dateFormat, m_timeFormat, m_dateTimeFormat}) {
        e->setPlaceholderText(tr("detected"));
        connect(e, &QLineEdit::editingFinished, this, &ImportSalesDialog::refresh);
    }
    m_dateFormat->setToolTip(tr("Qt notation, e.g. dd-MM-yyyy or M/d/yyyy"));
    m_timeFormat->setToolTip(tr("e.g. H:mm:ss or h:mm AP"));
    m_dateTimeFormat->setToolTip(tr("e.g. M/d/yyyy H:mm"));
    formats->addWidget(new QLabel(tr("Date format"), this));
    formats->addWidget(m_dateFormat);
    formats->addWidget(new QLabel(tr("Time format"), this));
    formats->addWidget(m_timeFormat);
    formats->addWidget(new QLabel(tr("Date-time format"), this));
    formats->addWidget(m_dateTimeFormat);
    m_skipInvalid = new QCheckBox(tr("Import the valid rows and skip the others"), this);
    formats->addWidget(m_skipInvalid);
    layout->addLayout(formats);

    m_preview = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_preview);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportSalesDialog::runImport);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportSalesDialog::refresh);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Sales history to import"), {}, tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            loadFile(path);
    });
}

bool ImportSalesDialog::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    auto table = parseCsv(file.readAll());
    if (!table) {
        m_status->setText(tr("%1: %2").arg(path, table.error().message));
        return false;
    }
    m_table = *table;
    m_path = path;
    m_file->setText(tr("%1 — %n row(s)", "", static_cast<int>(m_table.records.size())).arg(path));
    ImportMapping same;
    same.mapSameNames(m_table.header);
    m_loading = true;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        QComboBox* combo = it.value();
        combo->clear();
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString& h : std::as_const(m_table.header))
            combo->addItem(h, h);
        combo->setCurrentIndex(std::max(0, combo->findData(same.columns.value(it.key()))));
    }
    m_loading = false;
    refresh();
    return true;
}

void ImportSalesDialog::setColumn(ImportField field, const QString& column)
{
    QComboBox* combo = m_columns.value(field);
    combo->setCurrentIndex(std::max(0, combo->findData(column)));
}

void ImportSalesDialog::setSkipInvalid(bool skip)
{
    m_skipInvalid->setChecked(skip);
}

QString ImportSalesDialog::statusText() const
{
    return m_status->text();
}

ImportMapping ImportSalesDialog::mapping() const
{
    ImportMapping m;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            m.columns.insert(it.key(), column);
    }
    m.dateFormat = m_dateFormat->text().trimmed();
    m.timeFormat = m_timeFormat->text().trimmed();
    m.dateTimeFormat = m_dateTimeFormat->text().trimmed();
    return m;
}

void ImportSalesDialog::refresh()
{
    if (m_loading || m_path.isEmpty())
        return;
    m_import->setEnabled(false);
    m_preview->clear();
    auto resolved = m_importer.resolve(m_table, mapping());
    if (!resolved) {
        m_status->setText(resolved.error().message);
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    // Every row is read, so the count of problems is the file's, not the preview's.
    const QList<ImportRow> rows = m_importer.readRows(m_table, *resolved);
    int invalid = 0;
    int firstInvalid = 0;
    for (const ImportRow& r : rows) {
        if (!r.error.isEmpty()) {
            ++invalid;
            if (!firstInvalid)
                firstInvalid = r.line;
        }
    }
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Date"), tr("Time"), tr("Product"), tr("Qty"),
        tr("Unit price"), tr("Amount"), tr("Order"), tr("Store"), tr("Payment"), tr("Problem")});
    const QLocale locale;
    // The first rows, with up to half the preview given to rows that have a problem, in file order.
    QList<const ImportRow*> shown;
    for (const ImportRow& r : rows) {
        if (!r.error.isEmpty() && shown.size() < kPreviewRows / 2)
            shown.append(&r);
    }
    for (const ImportRow& r : rows) {
        if (shown.size() >= kPreviewRows)
            break;
        if (r.error.isEmpty())
            shown.append(&r);
    }
    std::sort(shown.begin(), shown.end(), [](const ImportRow* a, const ImportRow* b) { return a->line < b->line; });
    for (const ImportRow* row : std::as_const(shown)) {
        const ImportRow& r = *row;
        const bool valid = r.error.isEmpty(); // an invalid row's numbers are not shown as if they were read
        QList<QStandardItem*> cells {new QStandardItem(QString::number(r.line)),
            new QStandardItem(r.day.isValid() ? locale.toString(r.day, QStringLiteral("d MMM yyyy")) : QString()),
            new QStandardItem(r.time ? r.time->toString(QStringLiteral("HH:mm")) : tr("–")),
            new QStandardItem(r.product), new QStandardItem(valid ? QString::number(r.quantity) : QString()),
            new QStandardItem(!valid ? QString()
                    : r.unitPrice    ? r.unitPrice->toDecimalString()
                    : r.amount       ? tr("from amount")
                                     : tr("menu price")),
            new QStandardItem(valid && r.amount ? r.amount->toDecimalString() : QString()), new QStandardItem(r.order),
            new QStandardItem(r.store.isEmpty() ? tr("this store") : r.store), new QStandardItem(r.payment),
            new QStandardItem(r.error)};
        for (QStandardItem* c : cells) {
            c->setToolTip(c->text());
            if (!valid)
                c->setBackground(QColor(0xf6, 0xc9, 0xc4));
        }
        m_preview->appendRow(cells);
    }
    m_view->resizeColumnsToContents();
    QStringList formats;
    if (!resolved->dateFormat.isEmpty())
        formats << tr("dates %1").arg(resolved->dateFormat);
    if (!resolved->timeFormat.isEmpty())
        formats << tr("times %1").arg(resolved->timeFormat);
    if (!resolved->dateTimeFormat.isEmpty())
        formats << tr("date-times %1").arg(resolved->dateTimeFormat);
    QString text = tr("Reading %1. %2 row(s), %3 with a problem.")
                       .arg(formats.join(QLatin1String(", ")))
                       .arg(rows.size())
                       .arg(invalid);
    if (invalid > 0 && !m_skipInvalid->isChecked())
        text += tr(" Fix the file or choose to skip them (the first is line %1).").arg(firstInvalid);
    m_status->setText(text);
    m_status->setStyleSheet(invalid > 0 ? QStringLiteral("color: #8a5a00;") : QStringLiteral("color: #2e7d32;"));
    m_import->setEnabled(invalid == 0 || m_skipInvalid->isChecked());
}

void ImportSalesDialog::runImport()
{
    runImportAs(m_actor);
}

void ImportSalesDialog::runImportAs(const StaffMember& who)
{
    auto resolved = m_importer.resolve(m_table, mapping());
    if (!resolved) {
        m_status->setText(resolved.error().message);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_importer.run(who, m_table, *resolved, {m_skipInvalid->isChecked(), false});
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_status->setText(tr("Nothing was imported: %1").arg(result.error().message));
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        // Refused for the person's role: a manager's PIN may allow it, and the import is then theirs.
        if (result.error().code == Error::Code::PermissionDenied && who.id == m_actor.id)
            askManagerOverride(this, m_staff, m_actor, Permission::ImportSales, result.error().message,
                QStringLiteral("override.import_sales"), m_status,
                [this](const StaffMember& manager) { runImportAs(manager); });
        return;
    }
    m_result = *result;
    QString text = tr("Imported %1 row(s) as %2 order(s).").arg(result->importedRows).arg(result->orders);
    if (result->alreadyImported > 0)
        text += tr(" %1 order(s) were imported before and left as they were.").arg(result->alreadyImported);
    if (!result->skipped.isEmpty())
        text += tr(" %1 row(s) skipped.").arg(result->skipped.size());
    if (!result->createdProducts.isEmpty())
        text += tr(" %1 new product(s) in the Imported category, inactive until priced.")
                    .arg(result->createdProducts.size());
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_import->setEnabled(false);
    Q_EMIT imported(*result);
}

} // namespace crema
