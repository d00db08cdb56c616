#pragma once

#include "customers/customerservice.h"
#include "loyalty/loyaltyservice.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QVBoxLayout;

namespace crema {

// Finds a customer by phone or name, or adds one in a few fields (SMS consent is an explicit
// checkbox, off by default), and shows their points with the rewards they can afford: one tap
// attaches the customer and redeems the reward.
class CustomerDialog : public QDialog {
    Q_OBJECT
public:
    CustomerDialog(CustomerService& customers, LoyaltyService& loyalty, QWidget* parent = nullptr);

    const std::optional<CustomerSummary>& chosen() const { return m_chosen; }
    qint64 rewardId() const { return m_rewardId; } // 0: none

    void search(const QString& text);
    void choose(int row);
    Status quickAdd(const QString& name, const QString& phone, const QString& email, bool smsConsent);

private:
    void showCustomer(const CustomerSummary& c);

    CustomerService& m_customers;
    LoyaltyService& m_loyalty;
    QList<CustomerSummary> m_results;
    std::optional<CustomerSummary> m_chosen;
    qint64 m_rewardId = 0;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_details = nullptr;
    QWidget* m_rewards = nullptr;
    QVBoxLayout* m_rewardsLayout = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QCheckBox* m_consent = nullptr;
    QLabel* m_addMessage = nullptr;
};

} // namespace crema
