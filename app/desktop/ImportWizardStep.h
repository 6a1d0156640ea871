#pragma once
// Internals shared by ImportWizard.cpp and ImportWizardPages.cpp.

#include <QString>
#include <QWizardPage>
#include <functional>

namespace dosi::desktop {

// A wizard page whose completeness and set-up are given by the wizard.
class WizardStep : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<void()> enter;
    std::function<void()> leave;     // going back
    std::function<void()> forward;   // going on
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    void initializePage() override
    {
        if (enter) enter();
    }
    void cleanupPage() override
    {
        if (leave) leave();
    }
    bool validatePage() override
    {
        if (forward) forward();
        return true;
    }
    void changed() { emit completeChanged(); }
};

// Item data of the "(none)" / "(detect)" / "(generated)" / "(best match)" entries of the mapping combos.
inline const QString kNoneItem = QStringLiteral("\x01none");

}  // namespace dosi::desktop
