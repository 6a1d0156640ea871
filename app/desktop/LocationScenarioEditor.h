#pragma once
// LocationScenarioEditor: the Scenario tab of the location-analysis panel. Edits a
// models::LocationScenario: name, facility type (which sets sensible defaults), model, demand layer
// and weight (a field of the layer, or of a measure layer over it at a time or hour range),
// candidates (a points or grid layer and/or points drawn on the map), existing facilities, the
// distance (Euclidean, a cost table CSV, or travel time on a road layer), the service standard, p,
// the solving method and its time limit. Scenarios are saved in the project by name.

#include "dosi/core/ProjectStore.h"
#include "dosi/core/Result.h"
#include "dosi/models/LocationRun.h"

#include <QPointF>
#include <QVector>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace dosi::desktop {

struct LocationContext;

class LocationScenarioEditor : public QWidget {
    Q_OBJECT
public:
    explicit LocationScenarioEditor(LocationContext* context, QWidget* parent = nullptr);

    void setStore(const ProjectStore* store);   // refills the layer choices and the saved scenarios
    void refreshLayers();                       // layers were added or removed: keeps the choices

    // The scenario as edited; fails (saying what to choose) when a required part is missing.
    Result<models::LocationScenario> scenario() const;
    void setScenario(const models::LocationScenario& s);
    // Sets the model, distance and service standard that suit a facility type (as choosing it does).
    void applyTypeDefaults(models::FacilityType type);

    // Saved scenarios of the project.
    bool saveCurrent();                          // under the scenario's name (replacing one of that name)
    bool removeSaved(const QString& name);       // asks first
    bool loadSaved(const QString& name);
    QStringList savedNames() const;

    // Candidate points drawn on the map (EPSG:5179).
    QVector<QPointF> drawnPoints() const { return m_drawn; }
    void addDrawnPoint(const QPointF& p);
    void clearDrawnPoints();
    bool isDrawing() const;
    void setDrawing(bool on);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* typeCombo() const { return m_type; }
    QComboBox* modelCombo() const { return m_model; }
    QComboBox* demandCombo() const { return m_demand; }
    QComboBox* weightLayerCombo() const { return m_weightLayer; }
    QComboBox* weightFieldCombo() const { return m_weightField; }
    QComboBox* weightTimeCombo() const { return m_weightTime; }
    QComboBox* areaLayerCombo() const { return m_areaLayer; }
    QComboBox* areaFieldCombo() const { return m_areaField; }
    QComboBox* areaValuesCombo() const { return m_areaValues; }   // editable: "강남구, 서초구"
    QComboBox* candidateCombo() const { return m_candidates; }
    QComboBox* existingCombo() const { return m_existing; }
    QComboBox* distanceCombo() const { return m_distance; }
    QDoubleSpinBox* radiusSpin() const { return m_radius; }
    QSpinBox* pSpin() const { return m_p; }
    QComboBox* methodCombo() const { return m_method; }
    QDoubleSpinBox* timeLimitSpin() const { return m_timeLimit; }
    QComboBox* savedCombo() const { return m_saved; }
    QPushButton* drawButton() const { return m_draw; }
    QLabel* drawnLabel() const { return m_drawnCount; }

signals:
    void changed();
    void drawingChanged(bool on);
    void drawnPointsChanged(const QVector<QPointF>& points);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildDemandBox();
    QWidget* buildCandidateBox();
    QWidget* buildDistanceBox();
    void retranslateUi();
    void fillLayers();
    void fillWeightLayers();
    void fillWeightFields();
    void fillWeightTimes();
    void fillRoadFields();
    void fillAreaFields();
    void fillAreaValues();
    void fillCostColumns();
    void fillSaved(const QString& select = {});
    void updateModelDependent();
    void updateDistanceDependent();
    void updateDrawnLabel();
    void browseCostTable();
    double defaultRadius(models::FacilityType type, models::DistanceMode mode) const;

    LocationContext* m_ctx;
    const ProjectStore* m_store = nullptr;
    bool m_filling = false;

    QComboBox* m_saved = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_savedLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_model = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_typeLabel = nullptr;
    QLabel* m_modelLabel = nullptr;

    QGroupBox* m_demandBox = nullptr;
    QComboBox* m_demand = nullptr;
    QComboBox* m_weightLayer = nullptr;
    QComboBox* m_weightField = nullptr;
    QComboBox* m_weightTime = nullptr;
    QLabel* m_demandLabel = nullptr;
    QLabel* m_weightLayerLabel = nullptr;
    QLabel* m_weightFieldLabel = nullptr;
    QLabel* m_weightTimeLabel = nullptr;
    QComboBox* m_areaLayer = nullptr;
    QComboBox* m_areaField = nullptr;
    QComboBox* m_areaValues = nullptr;
    QLabel* m_areaLayerLabel = nullptr;
    QLabel* m_areaFieldLabel = nullptr;
    QLabel* m_areaValuesLabel = nullptr;

    QGroupBox* m_candidateBox = nullptr;
    QComboBox* m_candidates = nullptr;
    QPushButton* m_draw = nullptr;
    QLabel* m_drawnCount = nullptr;
    QToolButton* m_clearDrawn = nullptr;
    QComboBox* m_existing = nullptr;
    QLabel* m_candidatesLabel = nullptr;
    QLabel* m_drawnLabel = nullptr;
    QLabel* m_existingLabel = nullptr;
    QVector<QPointF> m_drawn;

    QGroupBox* m_distanceBox = nullptr;
    QComboBox* m_distance = nullptr;
    QStackedWidget* m_distancePages = nullptr;
    QLabel* m_distanceLabel = nullptr;
    QLabel* m_euclideanNote = nullptr;
    QLineEdit* m_costFile = nullptr;
    QToolButton* m_costBrowse = nullptr;
    QComboBox* m_costFrom = nullptr;
    QComboBox* m_costTo = nullptr;
    QComboBox* m_costValue = nullptr;
    QLabel* m_costFileLabel = nullptr;
    QLabel* m_costFromLabel = nullptr;
    QLabel* m_costToLabel = nullptr;
    QLabel* m_costValueLabel = nullptr;
    QComboBox* m_road = nullptr;
    QComboBox* m_speedField = nullptr;
    QDoubleSpinBox* m_defaultSpeed = nullptr;
    QComboBox* m_oneway = nullptr;
    QLabel* m_roadLabel = nullptr;
    QLabel* m_speedFieldLabel = nullptr;
    QLabel* m_defaultSpeedLabel = nullptr;
    QLabel* m_onewayLabel = nullptr;

    QGroupBox* m_solveBox = nullptr;
    QDoubleSpinBox* m_radius = nullptr;
    QSpinBox* m_p = nullptr;
    QComboBox* m_method = nullptr;
    QDoubleSpinBox* m_timeLimit = nullptr;
    QLabel* m_radiusLabel = nullptr;
    QLabel* m_pLabel = nullptr;
    QLabel* m_methodLabel = nullptr;
    QLabel* m_timeLimitLabel = nullptr;

    gis::CostTableOptions m_costExtra;        // encoding etc. kept from a loaded scenario
    gis::RoadNetworkOptions m_roadExtra;      // class speeds etc. kept from a loaded scenario
    QString m_demandIdField, m_candidateIdField;
};

}  // namespace dosi::desktop
