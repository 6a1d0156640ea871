// LocationScenarioEditor: the scenario form of the location-analysis panel.
#include "LocationScenarioEditor.h"

#include "LocationWidgets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace dosi::desktop {

using namespace dosi::models;

namespace {

QVariant comboData(const QComboBox* c)
{
    return c->currentData();
}

QString comboName(const QComboBox* c)
{
    return c->currentData().toString();
}

// Selects the item whose data is `data`; a name the project no longer has is added (marked missing)
// so that a loaded scenario shows what it asks for and solving says what is wrong.
void selectData(QComboBox* c, const QVariant& data, const QString& missingFormat = {})
{
    int i = c->findData(data);
    if (i < 0 && !missingFormat.isEmpty() && !data.toString().isEmpty()) {
        c->addItem(missingFormat.arg(data.toString()), data);
        i = c->count() - 1;
    }
    if (i >= 0) c->setCurrentIndex(i);
}

bool isNumeric(const FieldInfo& f)
{
    return f.type == FieldType::Real || f.type == FieldType::Integer;
}

QStringList csvHeader(const QString& path)
{
    if (path.isEmpty()) return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QString line = QString::fromUtf8(f.readLine()).trimmed();
    if (line.startsWith(QChar(0xFEFF))) line.remove(0, 1);
    const QChar sep = line.count(QLatin1Char('\t')) > line.count(QLatin1Char(',')) ? QLatin1Char('\t')
                      : line.count(QLatin1Char(';')) > line.count(QLatin1Char(',')) ? QLatin1Char(';')
                                                                                     : QLatin1Char(',');
    QStringList out;
    for (QString c : line.split(sep)) {
        c = c.trimmed();
        if (c.size() >= 2 && c.startsWith(QLatin1Char('"')) && c.endsWith(QLatin1Char('"'))) c = c.mid(1, c.size() - 2);
        out << c;
    }
    return out;
}


}  // namespace

LocationScenarioEditor::LocationScenarioEditor(LocationContext* context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("locationScenarioEditor"));
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(2, 2, 2, 2);

    // Saved scenarios.
    m_savedLabel = new QLabel;
    m_saved = new QComboBox;
    m_saved->setObjectName(QStringLiteral("locationSaved"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("locationSaveScenario"));
    m_remove = new QPushButton;
    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedLabel);
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_save);
    savedRow->addWidget(m_remove);
    bodyLayout->addLayout(savedRow);

    // Name, type, model.
    auto* head = new QWidget;
    QFormLayout* headForm = makeLocationForm(head);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("locationName"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("locationType"));
    for (FacilityType t : {FacilityType::Cctv, FacilityType::EvCharger, FacilityType::FireStation, FacilityType::Custom})
        m_type->addItem(QString(), int(t));
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("locationModel"));
    for (LocationModel m : {LocationModel::Lscp, LocationModel::Mclp, LocationModel::PMedian, LocationModel::PCenter})
        m_model->addItem(QString(), int(m));
    m_nameLabel = new QLabel;
    m_typeLabel = new QLabel;
    m_modelLabel = new QLabel;
    headForm->addRow(m_nameLabel, m_name);
    headForm->addRow(m_typeLabel, m_type);
    headForm->addRow(m_modelLabel, m_model);
    bodyLayout->addWidget(head);

    bodyLayout->addWidget(buildDemandBox());
    bodyLayout->addWidget(buildCandidateBox());
    bodyLayout->addWidget(buildDistanceBox());

    // Service standard and solving.
    m_solveBox = new QGroupBox;
    QFormLayout* solveForm = makeLocationForm(m_solveBox);
    m_radius = new QDoubleSpinBox;
    m_radius->setObjectName(QStringLiteral("locationRadius"));
    m_radius->setRange(0, 1e7);
    m_radius->setValue(1000);
    m_p = new QSpinBox;
    m_p->setObjectName(QStringLiteral("locationP"));
    m_p->setRange(1, 100000);
    m_p->setValue(5);
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("locationMethod"));
    for (SolveMethod m : {SolveMethod::Auto, SolveMethod::Exact, SolveMethod::Heuristic}) m_method->addItem(QString(), int(m));
    m_timeLimit = new QDoubleSpinBox;
    m_timeLimit->setObjectName(QStringLiteral("locationTimeLimit"));
    m_timeLimit->setRange(1, 86400);
    m_timeLimit->setDecimals(0);
    m_timeLimit->setValue(60);
    m_radiusLabel = new QLabel;
    m_pLabel = new QLabel;
    m_methodLabel = new QLabel;
    m_timeLimitLabel = new QLabel;
    solveForm->addRow(m_radiusLabel, m_radius);
    solveForm->addRow(m_pLabel, m_p);
    solveForm->addRow(m_methodLabel, m_method);
    solveForm->addRow(m_timeLimitLabel, m_timeLimit);
    bodyLayout->addWidget(m_solveBox);
    bodyLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    auto changed = [this] {
        if (!m_filling) emit this->changed();
    };
    connect(m_name, &QLineEdit::textEdited, this, changed);
    connect(m_type, &QComboBox::activated, this, [this] {
        applyTypeDefaults(FacilityType(m_type->currentData().toInt()));
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateModelDependent();
        changed();
    });
    connect(m_demand, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_filling) return;
        fillWeightLayers();
        changed();
    });
    connect(m_weightLayer, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_filling) return;
        fillWeightFields();
        fillWeightTimes();
        changed();
    });
    connect(m_distance, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateDistanceDependent();
        if (m_filling) return;
        const auto mode = DistanceMode(m_distance->currentData().toInt());
        m_radius->setValue(defaultRadius(FacilityType(m_type->currentData().toInt()), mode));
        changed();
    });
    connect(m_areaLayer, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_filling) return;
        fillAreaFields();
        changed();
    });
    connect(m_areaField, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_filling) return;
        m_areaValues->setEditText(QString());
        fillAreaValues();
        changed();
    });
    connect(m_road, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_filling) return;
        fillRoadFields();
        changed();
    });
    connect(m_costFile, &QLineEdit::editingFinished, this, [this] { fillCostColumns(); });
    connect(m_costBrowse, &QToolButton::clicked, this, &LocationScenarioEditor::browseCostTable);
    connect(m_draw, &QPushButton::toggled, this, [this](bool on) { emit drawingChanged(on); });
    connect(m_clearDrawn, &QToolButton::clicked, this, &LocationScenarioEditor::clearDrawnPoints);
    connect(m_saved, &QComboBox::activated, this, [this] {
        const QString name = comboName(m_saved);
        if (!name.isEmpty()) loadSaved(name);
    });
    connect(m_save, &QPushButton::clicked, this, &LocationScenarioEditor::saveCurrent);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = comboName(m_saved);
        if (!name.isEmpty()) removeSaved(name);
    });

    retranslateUi();
    applyTypeDefaults(FacilityType::Custom);
    m_type->setCurrentIndex(m_type->findData(int(FacilityType::Custom)));
    updateDistanceDependent();
    updateModelDependent();
}

// --- Project ----------------------------------------------------------------------------------

void LocationScenarioEditor::setStore(const ProjectStore* store)
{
    m_store = store;
    setDrawing(false);
    m_drawn.clear();
    updateDrawnLabel();
    emit drawnPointsChanged(m_drawn);
    m_demand->clear();
    m_candidates->clear();
    m_existing->clear();
    m_road->clear();
    m_areaLayer->clear();
    fillLayers();
    fillSaved();
}

void LocationScenarioEditor::refreshLayers()
{
    fillLayers();
    fillSaved(comboName(m_saved));
}

void LocationScenarioEditor::fillLayers()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QVariant demand = comboData(m_demand), candidates = comboData(m_candidates), existing = comboData(m_existing),
                   road = comboData(m_road);
    const bool fresh = m_demand->count() == 0;
    m_demand->clear();
    m_candidates->clear();
    m_existing->clear();
    m_road->clear();
    m_candidates->addItem(tr("(drawn on the map only)"), QString());
    m_existing->addItem(tr("(none)"), QString());
    m_road->addItem(tr("(choose a line layer)"), QString());
    const QVariant area = comboData(m_areaLayer);
    m_areaLayer->clear();
    m_areaLayer->addItem(tr("(everywhere)"), QString());
    QString firstGrid, firstPoints, demandDefault, roadDefault;
    const QList<LayerInfo> layers = m_store ? m_store->layers() : QList<LayerInfo>();
    for (const LayerInfo& l : layers) {
        if (!l.isFeatureLayer()) continue;
        const QString label = l.title.isEmpty() || l.title == l.name ? l.name : tr("%1 (%2)").arg(l.title, l.name);
        m_demand->addItem(label, l.name);
        if (l.kind == LayerKind::Points || l.kind == LayerKind::Grid) m_candidates->addItem(label, l.name);
        if (l.kind == LayerKind::Points) m_existing->addItem(label, l.name);
        if (l.kind == LayerKind::Boundaries) {
            m_road->addItem(label, l.name);
            m_areaLayer->addItem(label, l.name);
        }
        if (l.kind == LayerKind::Grid && firstGrid.isEmpty()) firstGrid = l.name;
        if (l.kind == LayerKind::Points && firstPoints.isEmpty()) firstPoints = l.name;
        if (l.kind == LayerKind::Boundaries && roadDefault.isEmpty()
            && l.name.contains(QRegularExpression(QStringLiteral("road|link|street|도로"), QRegularExpression::CaseInsensitiveOption)))
            roadDefault = l.name;
        // Demand: the first boundaries layer with a measure over it (population by dong, say).
        if (demandDefault.isEmpty() && l.kind == LayerKind::Boundaries)
            for (const LayerInfo& m : layers)
                if (m.kind == LayerKind::Measure && m.geometryLayer == l.name) {
                    demandDefault = l.name;
                    break;
                }
    }
    if (fresh) {
        selectData(m_demand, demandDefault.isEmpty() ? QVariant(m_demand->itemData(0)) : QVariant(demandDefault));
        selectData(m_candidates, !firstGrid.isEmpty() ? firstGrid : firstPoints);
        selectData(m_road, roadDefault);
    } else {
        selectData(m_demand, demand);
        selectData(m_candidates, candidates);
        selectData(m_existing, existing);
        selectData(m_road, road);
        selectData(m_areaLayer, area);
    }
    m_filling = wasFilling;
    fillWeightLayers();
    fillRoadFields();
    fillAreaFields();
}

void LocationScenarioEditor::fillAreaFields()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QVariant keep = comboData(m_areaField);
    m_areaField->clear();
    const QString layer = comboName(m_areaLayer);
    const std::optional<LayerInfo> info = m_store && !layer.isEmpty() ? m_store->layer(layer) : std::nullopt;
    if (info)
        for (const FieldInfo& f : info->fields)
            if (f.type != FieldType::Real)
                m_areaField->addItem(f.description.isEmpty() ? f.name : tr("%1 — %2").arg(f.name, f.description), f.name);
    if (m_areaField->findData(keep) >= 0) selectData(m_areaField, keep);
    else if (info) selectData(m_areaField, info->labelField);
    m_areaField->setEnabled(info.has_value());
    m_filling = wasFilling;
    fillAreaValues();
}

void LocationScenarioEditor::fillAreaValues()
{
    const QString keep = m_areaValues->currentText();
    m_areaValues->clear();
    const QString layer = comboName(m_areaLayer), field = comboName(m_areaField);
    m_areaValues->setEnabled(!layer.isEmpty());
    const std::optional<LayerInfo> info = m_store && !layer.isEmpty() ? m_store->layer(layer) : std::nullopt;
    const int idx = info ? info->fieldIndex(field) : -1;
    QStringList values;
    if (idx >= 0)
        if (auto features = m_store->readFeatures(layer))
            for (const FeatureRecord& f : features.value()) {
                const QString v = f.values.value(idx).toString();
                if (!v.isEmpty() && !values.contains(v)) values << v;
            }
    values.sort();
    m_areaValues->addItems(values);
    m_areaValues->setEditText(layer.isEmpty() ? QString() : keep);
}

void LocationScenarioEditor::fillWeightLayers()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QVariant keep = comboData(m_weightLayer);
    const bool hadChoice = m_weightLayer->count() > 0 && m_weightLayer->property("demand").toString() == comboName(m_demand);
    m_weightLayer->clear();
    m_weightLayer->addItem(tr("(fields of the demand layer)"), QString());
    const QString demand = comboName(m_demand);
    m_weightLayer->setProperty("demand", demand);
    QString first;
    if (m_store)
        for (const LayerInfo& l : m_store->layers())
            if (l.kind == LayerKind::Measure && l.geometryLayer == demand && !demand.isEmpty()) {
                m_weightLayer->addItem(l.title.isEmpty() || l.title == l.name ? l.name : tr("%1 (%2)").arg(l.title, l.name), l.name);
                if (first.isEmpty()) first = l.name;
            }
    selectData(m_weightLayer, hadChoice ? keep : QVariant(first));
    m_filling = wasFilling;
    fillWeightFields();
    fillWeightTimes();
}

void LocationScenarioEditor::fillWeightFields()
{
    const QVariant keep = comboData(m_weightField);
    m_weightField->clear();
    m_weightField->addItem(tr("(none: every unit weighs 1)"), QString());
    const QString layer = comboName(m_weightLayer).isEmpty() ? comboName(m_demand) : comboName(m_weightLayer);
    const std::optional<LayerInfo> info = m_store && !layer.isEmpty() ? m_store->layer(layer) : std::nullopt;
    QString first;
    if (info)
        for (const FieldInfo& f : info->fields)
            if (isNumeric(f)) {
                m_weightField->addItem(f.description.isEmpty() ? f.name : tr("%1 — %2").arg(f.name, f.description), f.name);
                if (first.isEmpty()) first = f.name;
            }
    if (m_weightField->findData(keep) > 0) selectData(m_weightField, keep);
    else selectData(m_weightField, first);
}

void LocationScenarioEditor::fillWeightTimes()
{
    const QString keep = m_weightTime->currentText();
    m_weightTime->clear();
    const QString layer = comboName(m_weightLayer);
    m_weightTime->setEnabled(!layer.isEmpty());
    m_weightTime->addItem(QString());
    if (m_store && !layer.isEmpty())
        if (auto times = m_store->measureTimes(layer)) m_weightTime->addItems(times.value());
    const int i = m_weightTime->findText(keep);
    m_weightTime->setCurrentIndex(qMax(0, i));
    // An hour range typed by hand (e.g. "03..05") stays; a time the new layer lacks does not.
    if (i < 0 && keep.contains(QLatin1String("..")) && !layer.isEmpty()) m_weightTime->setEditText(keep);
}

void LocationScenarioEditor::fillRoadFields()
{
    const QVariant speed = comboData(m_speedField), oneway = comboData(m_oneway);
    m_speedField->clear();
    m_oneway->clear();
    m_speedField->addItem(tr("(default speed)"), QString());
    m_oneway->addItem(tr("(every road two-way)"), QString());
    const QString road = comboName(m_road);
    const std::optional<LayerInfo> info = m_store && !road.isEmpty() ? m_store->layer(road) : std::nullopt;
    if (info)
        for (const FieldInfo& f : info->fields) {
            if (isNumeric(f)) m_speedField->addItem(f.name, f.name);
            m_oneway->addItem(f.name, f.name);
        }
    selectData(m_speedField, speed, tr("%1 (missing)"));
    selectData(m_oneway, oneway, tr("%1 (missing)"));
}

void LocationScenarioEditor::fillCostColumns()
{
    const QStringList header = csvHeader(m_costFile->text().trimmed());
    if (header.isEmpty()) return;
    auto fill = [&header](QComboBox* c, const QStringList& likely, int fallback) {
        const QString keep = c->currentText();
        c->clear();
        c->addItems(header);
        QString pick = header.contains(keep) ? keep : QString();
        for (const QString& name : likely)
            for (const QString& h : header)
                if (pick.isEmpty() && h.compare(name, Qt::CaseInsensitive) == 0) pick = h;
        c->setCurrentText(pick.isEmpty() ? header.value(qMin(fallback, int(header.size()) - 1)) : pick);
    };
    fill(m_costFrom, {QStringLiteral("from"), QStringLiteral("origin"), QStringLiteral("facility"), QStringLiteral("candidate")}, 0);
    fill(m_costTo, {QStringLiteral("to"), QStringLiteral("destination"), QStringLiteral("demand")}, 1);
    fill(m_costValue, {QStringLiteral("cost"), QStringLiteral("time"), QStringLiteral("minutes"), QStringLiteral("distance")}, 2);
}

void LocationScenarioEditor::browseCostTable()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Cost Table"), m_costFile->text(),
                                                      tr("Delimited text (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty()) return;
    m_costFile->setText(path);
    fillCostColumns();
    emit changed();
}

// --- Scenario ---------------------------------------------------------------------------------

double LocationScenarioEditor::defaultRadius(FacilityType type, DistanceMode mode) const
{
    if (mode == DistanceMode::Network) {
        switch (type) {
        case FacilityType::Cctv: return 2;
        case FacilityType::EvCharger: return 5;
        case FacilityType::FireStation: return 5;   // the fire "golden time"
        case FacilityType::Custom: return 5;
        }
    }
    switch (type) {
    case FacilityType::Cctv: return 300;
    case FacilityType::EvCharger: return 500;
    case FacilityType::FireStation: return 3000;
    case FacilityType::Custom: return 1000;
    }
    return 1000;
}

void LocationScenarioEditor::applyTypeDefaults(FacilityType type)
{
    m_filling = true;
    m_type->setCurrentIndex(m_type->findData(int(type)));
    const LocationModel model = type == FacilityType::FireStation ? LocationModel::Lscp : LocationModel::Mclp;
    m_model->setCurrentIndex(m_model->findData(int(model)));
    auto mode = DistanceMode(m_distance->currentData().toInt());
    // Fire stations: the golden time on the road network when a road layer is chosen, else a 3 km radius.
    if (type == FacilityType::FireStation)
        mode = comboName(m_road).isEmpty() ? DistanceMode::Euclidean : DistanceMode::Network;
    m_distance->setCurrentIndex(m_distance->findData(int(mode)));
    m_radius->setValue(defaultRadius(type, mode));
    m_filling = false;
    updateDistanceDependent();
    updateModelDependent();
    emit changed();
}

Result<LocationScenario> LocationScenarioEditor::scenario() const
{
    LocationScenario s;
    s.type = FacilityType(m_type->currentData().toInt());
    s.model = LocationModel(m_model->currentData().toInt());
    s.name = m_name->text().trimmed();
    if (s.name.isEmpty()) s.name = tr("%1 %2").arg(facilityTypeLabel(s.type), locationModelLabel(s.model));
    s.demandLayer = comboName(m_demand);
    if (s.demandLayer.isEmpty()) return makeError(tr("Choose the demand layer."));
    s.weightLayer = comboName(m_weightLayer);
    s.weightField = comboName(m_weightField);
    s.weightTime = s.weightLayer.isEmpty() ? QString() : m_weightTime->currentText().trimmed();
    s.demandIdField = m_demandIdField;
    s.areaLayer = comboName(m_areaLayer);
    if (!s.areaLayer.isEmpty()) {
        s.areaField = comboName(m_areaField);
        for (const QString& v : m_areaValues->currentText().split(QRegularExpression(QStringLiteral("\\s*[,;]\\s*")), Qt::SkipEmptyParts))
            if (!s.areaValues.contains(v.trimmed())) s.areaValues << v.trimmed();
        if (s.areaField.isEmpty() || s.areaValues.isEmpty())
            return makeError(tr("Choose the field and the values (e.g. 강남구) of the study area, or study everywhere."));
    }
    s.candidateLayer = comboName(m_candidates);
    s.candidateIdField = m_candidateIdField;
    s.drawnCandidates = m_drawn;
    if (s.candidateLayer.isEmpty() && s.drawnCandidates.isEmpty())
        return makeError(tr("Choose a layer of candidate sites, or draw candidate sites on the map."));
    s.existingLayer = comboName(m_existing);
    s.distance = DistanceMode(m_distance->currentData().toInt());
    if (s.distance == DistanceMode::CostTable) {
        s.costTable = m_costFile->text().trimmed();
        if (s.costTable.isEmpty()) return makeError(tr("Choose the cost table (a CSV file with from, to and cost columns)."));
        s.costTableOptions = m_costExtra;
        s.costTableOptions.fromColumn = m_costFrom->currentText().trimmed();
        s.costTableOptions.toColumn = m_costTo->currentText().trimmed();
        s.costTableOptions.costColumn = m_costValue->currentText().trimmed();
    }
    if (s.distance == DistanceMode::Network) {
        s.roadLayer = comboName(m_road);
        if (s.roadLayer.isEmpty()) return makeError(tr("Choose the road layer (a line layer) for travel times on the network."));
        s.roadOptions = m_roadExtra;
        s.roadOptions.speedField = comboName(m_speedField);
        s.roadOptions.defaultSpeedKmh = m_defaultSpeed->value();
        s.roadOptions.onewayField = comboName(m_oneway);
    }
    s.radius = m_radius->value();
    s.p = m_p->value();
    s.method = SolveMethod(m_method->currentData().toInt());
    s.timeLimitSeconds = m_timeLimit->value();
    return s;
}

void LocationScenarioEditor::setScenario(const LocationScenario& s)
{
    m_filling = true;
    const QString missing = tr("%1 (missing)");
    m_name->setText(s.name);
    m_type->setCurrentIndex(m_type->findData(int(s.type)));
    m_model->setCurrentIndex(m_model->findData(int(s.model)));
    selectData(m_demand, s.demandLayer, missing);
    m_filling = false;
    fillWeightLayers();
    m_filling = true;
    selectData(m_weightLayer, s.weightLayer, missing);
    fillWeightFields();
    fillWeightTimes();
    selectData(m_weightField, s.weightField, missing);
    const int t = m_weightTime->findText(s.weightTime);
    if (t >= 0) m_weightTime->setCurrentIndex(t);
    else m_weightTime->setEditText(s.weightTime);
    m_demandIdField = s.demandIdField;
    selectData(m_areaLayer, s.areaLayer, missing);
    fillAreaFields();
    selectData(m_areaField, s.areaField, missing);
    fillAreaValues();
    m_areaValues->setEditText(s.areaValues.join(QStringLiteral(", ")));
    m_candidateIdField = s.candidateIdField;
    selectData(m_candidates, s.candidateLayer, missing);
    selectData(m_existing, s.existingLayer, missing);
    m_distance->setCurrentIndex(m_distance->findData(int(s.distance)));
    m_costExtra = s.costTableOptions;
    m_costFile->setText(s.costTable);
    fillCostColumns();
    m_costFrom->setCurrentText(s.costTableOptions.fromColumn);
    m_costTo->setCurrentText(s.costTableOptions.toColumn);
    m_costValue->setCurrentText(s.costTableOptions.costColumn);
    m_roadExtra = s.roadOptions;
    selectData(m_road, s.roadLayer, missing);
    fillRoadFields();
    selectData(m_speedField, s.roadOptions.speedField, missing);
    selectData(m_oneway, s.roadOptions.onewayField, missing);
    m_defaultSpeed->setValue(s.roadOptions.defaultSpeedKmh);
    m_radius->setValue(s.radius);
    m_p->setValue(qMax(1, s.p));
    m_method->setCurrentIndex(m_method->findData(int(s.method)));
    m_timeLimit->setValue(s.timeLimitSeconds);
    m_drawn = s.drawnCandidates;
    m_filling = false;
    updateDrawnLabel();
    updateDistanceDependent();
    updateModelDependent();
    emit drawnPointsChanged(m_drawn);
    emit changed();
}

void LocationScenarioEditor::updateModelDependent()
{
    const auto model = LocationModel(m_model->currentData().toInt());
    m_radius->setEnabled(isCoverageModel(model));
    m_p->setEnabled(model != LocationModel::Lscp);
}

void LocationScenarioEditor::updateDistanceDependent()
{
    const auto mode = DistanceMode(m_distance->currentData().toInt());
    m_distancePages->setCurrentIndex(mode == DistanceMode::Euclidean ? 0 : mode == DistanceMode::CostTable ? 1 : 2);
    // As high as the page shown (a stacked widget is otherwise as high as its highest page).
    for (int i = 0; i < m_distancePages->count(); ++i)
        m_distancePages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                                  i == m_distancePages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_distancePages->adjustSize();
    const QString unit = costUnitLabel(mode);
    m_radius->setSuffix(unit.isEmpty() ? QString() : QStringLiteral(" ") + unit);
    m_radius->setDecimals(mode == DistanceMode::Euclidean ? 0 : 2);
    m_radius->setSingleStep(mode == DistanceMode::Euclidean ? 50 : 0.5);
}

// --- Saved scenarios --------------------------------------------------------------------------

void LocationScenarioEditor::fillSaved(const QString& select)
{
    m_saved->clear();
    m_saved->addItem(tr("(choose a saved scenario)"), QString());
    if (m_store)
        for (const LocationScenario& s : savedScenarios(*m_store)) m_saved->addItem(s.name, s.name);
    selectData(m_saved, select);
    m_remove->setEnabled(m_saved->count() > 1);
}

QStringList LocationScenarioEditor::savedNames() const
{
    QStringList out;
    for (int i = 1; i < m_saved->count(); ++i) out << m_saved->itemData(i).toString();
    return out;
}

bool LocationScenarioEditor::saveCurrent()
{
    ProjectStore* store = m_ctx->store();
    if (!store) return false;
    const Result<LocationScenario> s = scenario();
    if (!s) {
        if (m_ctx->error) m_ctx->error(tr("Cannot save the scenario"), s.errorMessage());
        return false;
    }
    if (Result<void> r = saveScenario(*store, s.value()); !r) {
        if (m_ctx->error) m_ctx->error(tr("Cannot save the scenario"), r.errorMessage());
        return false;
    }
    m_name->setText(s->name);
    m_ctx->edited();
    fillSaved(s->name);
    return true;
}

bool LocationScenarioEditor::removeSaved(const QString& name)
{
    ProjectStore* store = m_ctx->store();
    if (!store || name.isEmpty()) return false;
    if (m_ctx->confirm && !m_ctx->confirm(tr("Remove the saved scenario \"%1\" from the project?").arg(name))) return false;
    if (Result<void> r = removeScenario(*store, name); !r) {
        if (m_ctx->error) m_ctx->error(tr("Cannot remove the scenario"), r.errorMessage());
        return false;
    }
    m_ctx->edited();
    fillSaved();
    return true;
}

bool LocationScenarioEditor::loadSaved(const QString& name)
{
    if (!m_store) return false;
    for (const LocationScenario& s : savedScenarios(*m_store))
        if (s.name == name) {
            setScenario(s);
            fillSaved(name);
            return true;
        }
    return false;
}

// --- Drawn candidates -------------------------------------------------------------------------

void LocationScenarioEditor::addDrawnPoint(const QPointF& p)
{
    m_drawn << p;
    updateDrawnLabel();
    emit drawnPointsChanged(m_drawn);
    emit changed();
}

void LocationScenarioEditor::clearDrawnPoints()
{
    if (m_drawn.isEmpty()) return;
    m_drawn.clear();
    updateDrawnLabel();
    emit drawnPointsChanged(m_drawn);
    emit changed();
}

bool LocationScenarioEditor::isDrawing() const
{
    return m_draw->isChecked();
}

void LocationScenarioEditor::setDrawing(bool on)
{
    m_draw->setChecked(on);   // toggled -> drawingChanged
}

void LocationScenarioEditor::updateDrawnLabel()
{
    m_drawnCount->setText(tr("%n point(s) drawn", nullptr, int(m_drawn.size())));
    m_clearDrawn->setEnabled(!m_drawn.isEmpty());
}

}  // namespace dosi::desktop
