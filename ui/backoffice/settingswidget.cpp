#include "settingswidget.h"

#include "print/receiptoutput.h"
#include "receipts/receipt.h"
#include "shell/language.h"
#include "storage/unitofwork.h"
#include "store/tillsettings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace crema {

namespace {

// Which group a setting is shown in; a key this screen does not know yet goes under Till.
QString groupOf(const QString& key)
{
    if (key.startsWith(u"receipt_"))
        return QStringLiteral("receipts");
    if (key.startsWith(u"loyalty_"))
        return QStringLiteral("loyalty");
    if (key.startsWith(u"kitchen_"))
        return QStringLiteral("kitchen");
    return QStringLiteral("till");
}

QString labelOf(const QString& key)
{
    static const QHash<QString, const char*> labels {
        {QStringLiteral("receipt_printer"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Receipt printer")},
        {QStringLiteral("receipt_width"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Receipt width (characters)")},
        {QStringLiteral("receipt_header"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Receipt header")},
        {QStringLiteral("receipt_footer"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Receipt footer")},
        {QStringLiteral("idle_lock_seconds"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Lock after idle (seconds)")},
        {QStringLiteral("cashier_discount_limit_bp"),
            QT_TRANSLATE_NOOP("crema::SettingsWidget", "Cashier discount limit (basis points)")},
        {QStringLiteral("loyalty_points_per_unit"),
            QT_TRANSLATE_NOOP("crema::SettingsWidget", "Points per 1.00 spent")},
        {QStringLiteral("kitchen_listen"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Serve kitchen screens on")},
        {QStringLiteral("kitchen_feeds"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Follow these tills")},
        {QStringLiteral("kitchen_secret"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Store secret")},
        {QStringLiteral("kitchen_stations"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Stations shown here")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("crema::SettingsWidget", "Language of this till")},
    };
    const char* label = labels.value(key);
    return label ? QCoreApplication::translate("crema::SettingsWidget", label) : key;
}

} // namespace

SettingsWidget::SettingsWidget(
    TillSettings& settings, ChangeHub& changes, const Site& site, const QString& pdfFolder, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_site(site)
    , m_output(new ReceiptOutput(settings, pdfFolder, this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    scroll->setWidget(page);
    outer->addWidget(scroll);

    const QList<std::pair<QString, QString>> groups {{QStringLiteral("receipts"), tr("Receipts")},
        {QStringLiteral("till"), tr("Till")}, {QStringLiteral("loyalty"), tr("Loyalty")},
        {QStringLiteral("kitchen"), tr("Kitchen")}};
    for (const auto& [id, title] : groups) {
        auto* box = new QGroupBox(title, page);
        box->setObjectName(QStringLiteral("group_") + id);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const SettingDefinition& d : TillSettings::definitions()) {
            if (groupOf(d.key) == id)
                addField(box, d.key);
        }
        if (id == u"receipts") {
            m_testPrint = new QPushButton(tr("Test print"), box);
            m_testPrint->setObjectName(QStringLiteral("testPrint"));
            m_testResult = new QLabel(box);
            m_testResult->setObjectName(QStringLiteral("testPrintResult"));
            m_testResult->setWordWrap(true);
            auto* row = new QHBoxLayout;
            row->addWidget(m_testPrint);
            row->addWidget(m_testResult, 1);
            form->addRow(QString(), row);
            connect(m_testPrint, &QPushButton::clicked, this, &SettingsWidget::testPrint);
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);

    connect(m_output, &ReceiptOutput::done, this, [this](bool ok, const QString& message) {
        m_testResult->setProperty("ok", ok);
        m_testResult->setText(ok ? message : tr("Test print failed: %1").arg(message));
        m_testPrint->setEnabled(true);
    });
    connect(&changes, &ChangeHub::changed, this, &SettingsWidget::onChanged);
    reload();
}

void SettingsWidget::addField(QWidget* group, const QString& key)
{
    const SettingDefinition* d = TillSettings::definition(key);
    auto* form = static_cast<QFormLayout*>(group->layout());
    Field f;
    if (d->type == SettingType::Text) {
        auto* edit = new QPlainTextEdit(group);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * (d->maxLines + 1) + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, key] { m_fields[key].dirty = true; });
        f.editor = edit;
    } else if (d->type == SettingType::Choice) {
        // One of a few values: picked, not typed. Languages by their own names ("Français").
        auto* box = new QComboBox(group);
        for (const QString& value : d->choices)
            box->addItem(key == u"language" ? Language::nativeName(value) : value, value);
        connect(box, &QComboBox::activated, this, [this, key] { m_fields[key].dirty = true; });
        f.editor = box;
    } else {
        auto* edit = new QLineEdit(group);
        if (d->type == SettingType::Secret)
            edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textEdited, this, [this, key] { m_fields[key].dirty = true; });
        connect(edit, &QLineEdit::returnPressed, this, [this, key] { save(key); });
        f.editor = edit;
    }
    f.editor->setObjectName(QStringLiteral("setting_") + key);
    f.editor->setToolTip(d->description + QStringLiteral("\n") + d->allowed());
    auto* save = new QPushButton(tr("Save"), group);
    save->setObjectName(QStringLiteral("save_") + key);
    auto* reset = new QPushButton(tr("Default"), group);
    reset->setObjectName(QStringLiteral("reset_") + key);
    reset->setToolTip(
        tr("Back to the default: %1")
            .arg(d->type == SettingType::Secret || d->defaultValue.isEmpty() ? tr("none") : d->defaultValue));
    connect(save, &QPushButton::clicked, this, [this, key] { this->save(key); });
    connect(reset, &QPushButton::clicked, this, [this, key] { resetToDefault(key); });
    f.state = new QLabel(group);
    f.state->setObjectName(QStringLiteral("state_") + key);
    f.error = new QLabel(group);
    f.error->setObjectName(QStringLiteral("error_") + key);
    f.error->setWordWrap(true);
    f.error->setStyleSheet(QStringLiteral("color: #b00020;"));
    f.error->hide();

    auto* cell = new QWidget(group);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(f.editor, 1);
    row->addWidget(save);
    row->addWidget(reset);
    column->addLayout(row);
    column->addWidget(f.state);
    column->addWidget(f.error);
    form->addRow(labelOf(key), cell);
    m_fields.insert(key, f);
}

void SettingsWidget::setStaff(const StaffMember& staff)
{
    m_staff = staff;
    for (Field& f : m_fields)
        f.error->hide();
}

QString SettingsWidget::textOf(const QString& key) const
{
    const Field& f = m_fields[key];
    if (auto* text = qobject_cast<QPlainTextEdit*>(f.editor))
        return text->toPlainText();
    if (auto* box = qobject_cast<QComboBox*>(f.editor))
        return box->currentData().toString();
    return static_cast<QLineEdit*>(f.editor)->text();
}

void SettingsWidget::showSetting(const QString& key)
{
    Field& f = m_fields[key];
    auto state = m_settings.state(key);
    if (!state) {
        f.error->setText(state.error().message);
        f.error->show();
        return;
    }
    const bool secret = state->definition.type == SettingType::Secret;
    if (auto* text = qobject_cast<QPlainTextEdit*>(f.editor)) {
        const QSignalBlocker quiet(text);
        text->setPlainText(state->value);
    } else if (auto* box = qobject_cast<QComboBox*>(f.editor)) {
        box->setCurrentIndex(box->findData(state->value, Qt::UserRole, Qt::MatchFixedString));
    } else {
        auto* line = static_cast<QLineEdit*>(f.editor);
        // A secret is never put back into the field: only whether one is set.
        line->setText(secret ? QString() : state->value);
        if (secret)
            line->setPlaceholderText(state->value.isEmpty() ? tr("not set") : tr("set (type a new one to change it)"));
    }
    f.dirty = false;
    QString note = state->isDefault ? tr("default") : QString();
    if (!state->ignored.isEmpty())
        note = tr("a stored value was not valid and is ignored");
    f.state->setText(note);
    f.state->setVisible(!note.isEmpty());
}

void SettingsWidget::reload()
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        showSetting(it.key());
}

void SettingsWidget::save(const QString& key)
{
    Field& f = m_fields[key];
    auto saved = m_settings.set(m_staff, key, textOf(key));
    if (!saved) {
        f.error->setText(saved.error().message);
        f.error->show();
        return;
    }
    f.error->hide();
    showSetting(key);
}

void SettingsWidget::resetToDefault(const QString& key)
{
    Field& f = m_fields[key];
    auto reset = m_settings.reset(m_staff, key);
    if (!reset) {
        f.error->setText(reset.error().message);
        f.error->show();
        return;
    }
    f.error->hide();
    showSetting(key);
}

void SettingsWidget::testPrint()
{
    m_testPrint->setEnabled(false);
    m_testResult->setText(tr("Printing…"));
    const Receipt sample = Receipt::sample(
        m_site, m_settings.receiptHeader(), m_settings.receiptFooter(), QDateTime::currentDateTimeUtc());
    m_output->printLines(sample.lines(m_settings.receiptWidth()), QStringLiteral("test-print"));
}

QString SettingsWidget::lastTestPdf() const
{
    return m_output->lastPdf();
}

void SettingsWidget::onChanged(const ChangeSet& changes)
{
    const QList<Change> settings = changes.of(Change::Kind::SettingChanged);
    if (settings.isEmpty())
        return;
    for (const Change& c : settings) {
        // Another program's change says only that something changed: every field not being typed in.
        for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
            if ((c.key == u"external" || c.key == it.key()) && !it->dirty)
                showSetting(it.key());
        }
    }
}

} // namespace crema
