#pragma once

#include "store/setupservice.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProcess;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace crema {

// The first screen on a till with no café yet: create one (core checks every field; each problem is
// shown under its field) with Setup::createFile, so a refused or failed attempt leaves no file; or
// open the demo café, which cremactl makes beside the file asked for (crema does not link the demo).
class WelcomeWidget : public QWidget {
    Q_OBJECT
public:
    // path: the café file asked for, which does not exist yet.
    explicit WelcomeWidget(const QString& path, QWidget* parent = nullptr);
    ~WelcomeWidget() override;

    // The cremactl that makes the demo (default: the one beside this program).
    void setCremactlPath(const QString& path) { m_cremactl = path; }
    // Where the demo café goes: crema-demo.db in the folder of the file asked for.
    QString demoPath() const { return m_demoPath; }

public Q_SLOTS:
    void create();
    void openDemo();

Q_SIGNALS:
    // A café file is ready at `path`: open it at its login screen.
    void opened(const QString& path);
    // The window was closed without choosing.
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildForm();
    QWidget* buildDemoBar();
    QLabel* addField(QVBoxLayout* column, const QString& label, QWidget* input, SetupField field, int staff = -1);
    void guessDefaults();
    void clearProblems();
    void showProblem(SetupField field, int staffIndex, const QString& message);
    void setBusy(bool busy);
    void demoFinished(int exitCode);

    QString m_path;
    QString m_demoPath;
    QString m_cremactl;
    QLineEdit* m_storeName = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QComboBox* m_currency = nullptr;
    QButtonGroup* m_tax = nullptr;
    QComboBox* m_timeZone = nullptr;
    QComboBox* m_locale = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_ownerName = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_pinAgain = nullptr;
    QLineEdit* m_tillName = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_demo = nullptr;
    QLabel* m_formMessage = nullptr;
    QLabel* m_demoMessage = nullptr;
    QProgressBar* m_demoProgress = nullptr;
    QLabel* m_pinAgainError = nullptr;
    QHash<int, QLabel*> m_errors; // by field (staff fields: field * 100 + index)
    QProcess* m_process = nullptr;
    QString m_demoErrors;
};

} // namespace crema
