#pragma once

#include "staff/staffservice.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace crema {

// The till's PIN pad: tap or type 4-8 digits, then OK or Enter. Wrong PINs and lockouts are
// explained in plain words; the PIN itself is never shown.
class LoginWidget : public QWidget {
    Q_OBJECT
public:
    LoginWidget(StaffService& staff, const QString& storeName, const QString& tillName, QWidget* parent = nullptr);

    // Clears the pad and message, ready for the next person.
    void reset();
    QString message() const;
    // Marks the language the pad speaks now among the languages offered.
    void setLanguage(const QString& code);

Q_SIGNALS:
    void loggedIn(const crema::StaffMember& member);
    // Someone at the pad picked another language (a code of Language::codes()) for their login.
    void languageRequested(const QString& code);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void press(const QString& digit);
    void backspace();
    void submit();
    void updateDots();

    StaffService& m_staff;
    QString m_pin;
    QLabel* m_dots = nullptr;
    QLabel* m_message = nullptr;
    QButtonGroup* m_languages = nullptr;
};

} // namespace crema
