// LocationScenarioEditor: the widgets of the scenario form (its group boxes) and their texts.
#include "LocationScenarioEditor.h"

#include "LocationWidgets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dosi::desktop {

using namespace dosi::models;

QWidget* LocationScenarioEditor::buildDemandBox()
{
    m_demandBox = new QGroupBox;
    QFormLayout* form = makeLocationForm(m_demandBox);
    m_demand = new QComboBox;
    m_demand->setObjectName(QStringLiteral("locationDemand"));
    m_weightLayer = new QComboBox;
    m_weightLayer->setObjectName(QStringLiteral("locationWeightLayer"));
    m_weightField = new QComboBox;
    m_weightField->setObjectName(QStringLiteral("locationWeightField"));
    m_weightTime = new QComboBox;
    m_weightTime->setObjectName(QStringLiteral("locationWeightTime"));
    m_weightTime->setEditable(true);
    m_weightTime->setInsertPolicy(QComboBox::NoInsert);
    m_weightTime->setMaxVisibleItems(20);
    for (QComboBox* c : {m_demand, m_weightLayer, m_weightField, m_weightTime})
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_demandLabel = new QLabel;
    m_weightLayerLabel = new QLabel;
    m_weightFieldLabel = new QLabel;
    m_weightTimeLabel = new QLabel;
    form->addRow(m_demandLabel, m_demand);
    form->addRow(m_weightLayerLabel, m_weightLayer);
    form->addRow(m_weightFieldLabel, m_weightField);
    form->addRow(m_weightTimeLabel, m_weightTime);
    m_areaLayer = new QComboBox;
    m_areaLayer->setObjectName(QStringLiteral("locationAreaLayer"));
    m_areaField = new QComboBox;
    m_areaField->setObjectName(QStringLiteral("locationAreaField"));
    m_areaValues = new QComboBox;
    m_areaValues->setObjectName(QStringLiteral("locationAreaValues"));
    m_areaValues->setEditable(true);
    m_areaValues->setInsertPolicy(QComboBox::NoInsert);
    m_areaValues->setMaxVisibleItems(20);
    for (QComboBox* c : {m_areaLayer, m_areaField, m_areaValues}) c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_areaLayerLabel = new QLabel;
    m_areaFieldLabel = new QLabel;
    m_areaValuesLabel = new QLabel;
    form->addRow(m_areaLayerLabel, m_areaLayer);
    form->addRow(m_areaFieldLabel, m_areaField);
    form->addRow(m_areaValuesLabel, m_areaValues);
    return m_demandBox;
}

QWidget* LocationScenarioEditor::buildCandidateBox()
{
    m_candidateBox = new QGroupBox;
    QFormLayout* form = makeLocationForm(m_candidateBox);
    m_candidates = new QComboBox;
    m_candidates->setObjectName(QStringLiteral("locationCandidates"));
    m_draw = new QPushButton;
    m_draw->setObjectName(QStringLiteral("locationDraw"));
    m_draw->setCheckable(true);
    m_drawnCount = new QLabel;
    m_drawnCount->setObjectName(QStringLiteral("locationDrawnCount"));
    m_clearDrawn = new QToolButton;
    m_clearDrawn->setObjectName(QStringLiteral("locationClearDrawn"));
    m_existing = new QComboBox;
    m_existing->setObjectName(QStringLiteral("locationExisting"));
    for (QComboBox* c : {m_candidates, m_existing}) c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* drawRow = new QHBoxLayout;
    drawRow->setContentsMargins(0, 0, 0, 0);
    drawRow->addWidget(m_draw);
    drawRow->addWidget(m_drawnCount, 1);
    drawRow->addWidget(m_clearDrawn);
    m_candidatesLabel = new QLabel;
    m_drawnLabel = new QLabel;
    m_existingLabel = new QLabel;
    form->addRow(m_candidatesLabel, m_candidates);
    form->addRow(m_drawnLabel, drawRow);
    form->addRow(m_existingLabel, m_existing);
    updateDrawnLabel();
    return m_candidateBox;
}

QWidget* LocationScenarioEditor::buildDistanceBox()
{
    m_distanceBox = new QGroupBox;
    auto* box = new QVBoxLayout(m_distanceBox);
    box->setContentsMargins(0, 0, 0, 0);
    auto* top = new QWidget;
    QFormLayout* topForm = makeLocationForm(top);
    m_distance = new QComboBox;
    m_distance->setObjectName(QStringLiteral("locationDistance"));
    for (DistanceMode d : {DistanceMode::Euclidean, DistanceMode::CostTable, DistanceMode::Network}) m_distance->addItem(QString(), int(d));
    m_distanceLabel = new QLabel;
    topForm->addRow(m_distanceLabel, m_distance);
    box->addWidget(top);

    m_distancePages = new QStackedWidget;
    m_euclideanNote = new QLabel;
    m_euclideanNote->setContentsMargins(6, 0, 6, 6);
    m_distancePages->addWidget(m_euclideanNote);

    auto* costPage = new QWidget;
    QFormLayout* costForm = makeLocationForm(costPage);
    m_costFile = new QLineEdit;
    m_costFile->setObjectName(QStringLiteral("locationCostFile"));
    m_costBrowse = new QToolButton;
    m_costBrowse->setText(QStringLiteral("…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_costFile, 1);
    fileRow->addWidget(m_costBrowse);
    m_costFrom = new QComboBox;
    m_costTo = new QComboBox;
    m_costValue = new QComboBox;
    for (QComboBox* c : {m_costFrom, m_costTo, m_costValue}) {
        c->setEditable(true);
        c->setInsertPolicy(QComboBox::NoInsert);
    }
    m_costFileLabel = new QLabel;
    m_costFromLabel = new QLabel;
    m_costToLabel = new QLabel;
    m_costValueLabel = new QLabel;
    costForm->addRow(m_costFileLabel, fileRow);
    costForm->addRow(m_costFromLabel, m_costFrom);
    costForm->addRow(m_costToLabel, m_costTo);
    costForm->addRow(m_costValueLabel, m_costValue);
    m_distancePages->addWidget(costPage);

    auto* roadPage = new QWidget;
    QFormLayout* roadForm = makeLocationForm(roadPage);
    m_road = new QComboBox;
    m_road->setObjectName(QStringLiteral("locationRoad"));
    m_speedField = new QComboBox;
    m_defaultSpeed = new QDoubleSpinBox;
    m_defaultSpeed->setObjectName(QStringLiteral("locationDefaultSpeed"));
    m_defaultSpeed->setRange(1, 200);
    m_defaultSpeed->setDecimals(0);
    m_defaultSpeed->setValue(30);
    m_oneway = new QComboBox;
    for (QComboBox* c : {m_road, m_speedField, m_oneway}) c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_roadLabel = new QLabel;
    m_speedFieldLabel = new QLabel;
    m_defaultSpeedLabel = new QLabel;
    m_onewayLabel = new QLabel;
    roadForm->addRow(m_roadLabel, m_road);
    roadForm->addRow(m_speedFieldLabel, m_speedField);
    roadForm->addRow(m_defaultSpeedLabel, m_defaultSpeed);
    roadForm->addRow(m_onewayLabel, m_oneway);
    m_distancePages->addWidget(roadPage);
    box->addWidget(m_distancePages);
    return m_distanceBox;
}

// --- Translation ------------------------------------------------------------------------------

void LocationScenarioEditor::retranslateUi()
{
    m_savedLabel->setText(tr("Saved:"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the scenario in the project under its name (replacing one of the same name)"));
    m_remove->setText(tr("Remove…"));
    m_remove->setToolTip(tr("Remove the chosen saved scenario from the project"));
    if (m_saved->count() > 0) m_saved->setItemText(0, tr("(choose a saved scenario)"));
    m_nameLabel->setText(tr("Name:"));
    m_name->setPlaceholderText(tr("e.g. Gangnam CCTV 2026"));
    m_typeLabel->setText(tr("Facility type:"));
    m_type->setToolTip(tr("Choosing a type sets a model, distance and service standard that suit it"));
    for (int i = 0; i < m_type->count(); ++i) m_type->setItemText(i, facilityTypeLabel(FacilityType(m_type->itemData(i).toInt())));
    m_modelLabel->setText(tr("Model:"));
    const QStringList modelTips{tr("LSCP: the fewest new facilities so that all coverable demand is within the standard"),
                                tr("MCLP: the p new facilities that cover the most demand within the standard"),
                                tr("p-median: the p new facilities with the least total weighted cost"),
                                tr("p-center: the p new facilities with the least maximum cost")};
    for (int i = 0; i < m_model->count(); ++i) {
        const auto m = LocationModel(m_model->itemData(i).toInt());
        m_model->setItemText(i, locationModelLabel(m));
        m_model->setItemData(i, modelTips.value(int(m)), Qt::ToolTipRole);
    }

    m_demandBox->setTitle(tr("Demand"));
    m_demandLabel->setText(tr("Layer:"));
    m_demand->setToolTip(tr("Where the demand is: points as they are, areas and grid cells by an interior point"));
    m_weightLayerLabel->setText(tr("Weight from:"));
    m_weightLayer->setToolTip(tr("A field of the demand layer itself, or of a measure layer over it (e.g. living population)"));
    m_weightFieldLabel->setText(tr("Weight field:"));
    m_weightTimeLabel->setText(tr("Time:"));
    m_weightTime->setToolTip(tr("One time (e.g. 2019-03-06T03), an hour range as FROM..TO (e.g. 03..05, the mean), "
                                "or empty for the mean over all times"));
    if (m_weightTime->lineEdit()) m_weightTime->lineEdit()->setPlaceholderText(tr("mean over all times"));
    m_areaLayerLabel->setText(tr("Study area:"));
    m_areaLayer->setToolTip(tr("Optional: only demand and candidate sites inside some areas of this layer "
                               "(existing facilities outside still serve them)"));
    m_areaFieldLabel->setText(tr("Where field:"));
    m_areaValuesLabel->setText(tr("Is one of:"));
    m_areaValues->setToolTip(tr("One value or several separated by commas, e.g. 강남구, 서초구"));

    m_candidateBox->setTitle(tr("Candidate sites"));
    m_candidatesLabel->setText(tr("Layer:"));
    m_candidates->setToolTip(tr("A points layer, or a grid layer (its cell centres); points drawn on the map are added"));
    m_drawnLabel->setText(tr("Drawn:"));
    m_draw->setText(tr("Draw on map"));
    m_draw->setToolTip(tr("While pressed, each click on the map adds a candidate site there"));
    m_clearDrawn->setText(tr("Clear"));
    m_clearDrawn->setToolTip(tr("Remove the candidate sites drawn on the map"));
    m_existingLabel->setText(tr("Existing:"));
    m_existing->setToolTip(tr("Facilities already there (a points layer): open in every model, not counted in p"));
    updateDrawnLabel();

    m_distanceBox->setTitle(tr("Distance"));
    m_distanceLabel->setText(tr("Measured as:"));
    const QStringList modes{tr("Straight line (EPSG:5179 metres)"), tr("Cost table (CSV: from, to, cost)"),
                            tr("Travel time on a road network (minutes)")};
    for (int i = 0; i < m_distance->count(); ++i) m_distance->setItemText(i, modes.value(i));
    m_euclideanNote->setText(tr("Distances in metres, as the crow flies."));
    m_costFileLabel->setText(tr("File:"));
    m_costFile->setPlaceholderText(tr("CSV exported from a routing tool"));
    m_costBrowse->setToolTip(tr("Choose the cost table"));
    m_costFromLabel->setText(tr("From (site id):"));
    m_costToLabel->setText(tr("To (demand id):"));
    m_costValueLabel->setText(tr("Cost:"));
    m_roadLabel->setText(tr("Road layer:"));
    m_road->setToolTip(tr("A line layer; lines that share a vertex are connected"));
    m_speedFieldLabel->setText(tr("Speed field:"));
    m_speedField->setToolTip(tr("km/h per road; roads without a positive value use the default speed"));
    m_defaultSpeedLabel->setText(tr("Default speed:"));
    m_defaultSpeed->setSuffix(tr(" km/h"));
    m_onewayLabel->setText(tr("One-way field:"));
    m_oneway->setToolTip(tr("Values such as 1, Y, FT or 정방향 mean one-way along the line; -1, TF or 역방향 against it"));

    m_solveBox->setTitle(tr("Service standard and solving"));
    m_radiusLabel->setText(tr("Service standard:"));
    m_radius->setToolTip(tr("Demand within this distance or travel time of an open site is covered (LSCP, MCLP)"));
    m_pLabel->setText(tr("New facilities (p):"));
    m_methodLabel->setText(tr("Method:"));
    const QStringList methods{tr("Automatic (heuristic, then exact when it leaves a gap)"), tr("Exact (CBC)"),
                              tr("Heuristic only (fast, with a bound)")};
    for (int i = 0; i < m_method->count(); ++i) m_method->setItemText(i, methods.value(i));
    m_timeLimitLabel->setText(tr("Time limit:"));
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setToolTip(tr("When the exact solver runs out of time, the best solution found and its gap are kept"));
    const int road = m_road->findData(QString());
    if (road >= 0) m_road->setItemText(road, tr("(choose a line layer)"));
}

void LocationScenarioEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_store) refreshLayers();   // the "(none)" items
    }
    QWidget::changeEvent(event);
}

}  // namespace dosi::desktop
