#pragma once
// RegenOutlookView: the decline outlook (models/DeclineOutlook.h) in the forecast tab: the chance that
// each unit meets the population criterion within the horizon, with the assumptions stated. run()
// forecasts the yearly population on a worker (the forecast tab's job), stores the outlook run and
// shows its layer; showRun() shows a stored one.

#include "dosi/core/ProjectStore.h"
#include "dosi/models/RegenRun.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace dosi::desktop {

struct RegenContext;
class RegenJob;
class RegenTable;

class RegenOutlookView : public QWidget {
    Q_OBJECT
public:
    explicit RegenOutlookView(RegenContext* context, QWidget* parent = nullptr);

    void setStore(const ProjectStore* store);
    // Forecasts the diagnosis' population source with `options` and the diagnosis' thresholds.
    void run(RegenJob* job, const models::ForecastOptions& options, const models::DiagnosisRequest& diagnosis);
    void showRun(const RunInfo& run);
    qint64 shownRun() const { return m_shownRun; }

    RegenTable* table() const { return m_table; }
    QTextBrowser* assumptions() const { return m_assumptions; }

private:
    void fail(RegenJob* job, const QString& message);

    RegenContext* m_ctx;
    const ProjectStore* m_store = nullptr;
    QLabel* m_summary = nullptr;
    RegenTable* m_table = nullptr;
    QTextBrowser* m_assumptions = nullptr;
    qint64 m_shownRun = 0;
};

}  // namespace dosi::desktop
