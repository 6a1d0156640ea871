// The gradient-boosted panel forecaster (XGBoost C API): one model over every unit of a panel,
// trained on the values before the origin, forecasting recursively. See BoostedForecast.h and
// BoostedFeatures.h (the features and targets).
#include "BoostedForecast.h"

#include "BoostedFeatures.h"

#include <QCoreApplication>
#include <QThread>

#include <xgboost/c_api.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace dosi::models::detail {

namespace {

struct BoostedTr {
    Q_DECLARE_TR_FUNCTIONS(dosi::models::BoostedForecast)
};

Error xgbError(const char* call)
{
    const char* msg = XGBGetLastError();
    // XGBoost appends parameter documentation on further lines; the first line is the error.
    const QString text = QString::fromUtf8(msg && *msg ? msg : "unknown error").trimmed().section(QLatin1Char('\n'), 0, 0);
    return makeError(BoostedTr::tr("The boosted model failed in XGBoost (%1): %2").arg(QString::fromLatin1(call), text));
}

// Owned XGBoost handles.
struct DMatrix {
    DMatrixHandle h = nullptr;
    DMatrix() = default;
    DMatrix(const DMatrix&) = delete;
    DMatrix& operator=(const DMatrix&) = delete;
    ~DMatrix()
    {
        if (h) XGDMatrixFree(h);
    }
};
struct Booster {
    BoosterHandle h = nullptr;
    Booster() = default;
    Booster(const Booster&) = delete;
    Booster& operator=(const Booster&) = delete;
    ~Booster()
    {
        if (h) XGBoosterFree(h);
    }
};

// Calls an XGBoost C function; a non-zero return becomes a Result error naming the function.
#define DOSI_XGB(fn, ...)                                                                                \
    do {                                                                                                 \
        if (fn(__VA_ARGS__) != 0) return xgbError(#fn);                                                  \
    } while (0)

Result<void> makeMatrix(const std::vector<float>& data, int rows, int cols, DMatrix* out)
{
    DOSI_XGB(XGDMatrixCreateFromMat, data.data(), static_cast<bst_ulong>(rows), static_cast<bst_ulong>(cols),
             std::numeric_limits<float>::quiet_NaN(), &out->h);
    return {};
}

// Threads: the hist method gives the same model whatever the thread count (checked by
// test_boosted); one thread is fastest for small panels (no synchronisation per tree node).
int threadCount(const BoostedParams& p, int rows)
{
    if (p.threads > 0) return p.threads;
    return rows <= 200000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
}

Result<void> train(const BoostedData& data, const BoostedParams& p, quint64 seed, Booster* booster)
{
    if (data.rows == 0)
        return makeError(BoostedTr::tr("The boosted model has no training rows: the series is too short before the origin."));
    DMatrix dtrain;
    if (auto r = makeMatrix(data.x, data.rows, data.cols, &dtrain); !r) return r.error();
    DOSI_XGB(XGDMatrixSetFloatInfo, dtrain.h, "label", data.y.data(), static_cast<bst_ulong>(data.rows));
    DMatrixHandle mats[1] = {dtrain.h};
    DOSI_XGB(XGBoosterCreate, mats, 1, &booster->h);
    const QByteArray seedText = QByteArray::number(static_cast<qulonglong>(seed % 2147483647ULL));
    const QByteArray threads = QByteArray::number(threadCount(p, data.rows));
    const QByteArray depth = QByteArray::number(p.maxDepth);
    const QByteArray eta = QByteArray::number(p.eta, 'g', 6);
    const QByteArray minChild = QByteArray::number(p.minChildWeight, 'g', 6);
    const QByteArray lambda = QByteArray::number(p.lambda, 'g', 6);
    const QByteArray bins = QByteArray::number(p.maxBin);
    const std::pair<const char*, const char*> params[] = {
        {"booster", "gbtree"},
        {"objective", p.huberSlope > 0 ? "reg:pseudohubererror" : "reg:squarederror"},
        {"tree_method", "hist"},
        {"max_depth", depth.constData()},
        {"eta", eta.constData()},
        {"min_child_weight", minChild.constData()},
        {"lambda", lambda.constData()},
        {"max_bin", bins.constData()},
        {"subsample", "1"},
        {"colsample_bytree", "1"},
        {"base_score", "0"},
        {"seed", seedText.constData()},
        {"nthread", threads.constData()},
        {"verbosity", "0"},
    };
    for (const auto& [k, v] : params) DOSI_XGB(XGBoosterSetParam, booster->h, k, v);
    if (p.huberSlope > 0)
        DOSI_XGB(XGBoosterSetParam, booster->h, "huber_slope", QByteArray::number(p.huberSlope, 'g', 6).constData());
    for (int i = 0; i < p.rounds; ++i) DOSI_XGB(XGBoosterUpdateOneIter, booster->h, i, dtrain.h);
    return {};
}

Result<void> predict(const Booster& booster, const std::vector<float>& x, int rows, int cols, std::vector<float>* out)
{
    DMatrix dm;
    if (auto r = makeMatrix(x, rows, cols, &dm); !r) return r.error();
    bst_ulong len = 0;
    const float* res = nullptr;
    DOSI_XGB(XGBoosterPredict, booster.h, dm.h, 0, 0, 0, &len, &res);
    if (len != static_cast<bst_ulong>(rows))
        return makeError(BoostedTr::tr("The boosted model returned %1 predictions for %2 rows.").arg(len).arg(rows));
    out->assign(res, res + rows);
    return {};
}

}  // namespace

Result<QVector<QVector<double>>> boostedPointForecasts(const Panel& panel, int originIndex, int horizon, quint64 seed)
{
    return boostedPointForecasts(panel, originIndex, horizon, seed, BoostedParams{});
}

Result<QVector<QVector<double>>> boostedPointForecasts(const Panel& panel, int originIndex, int horizon, quint64 seed,
                                                       const BoostedParams& params)
{
    if (horizon < 1) return makeError(BoostedTr::tr("The forecast horizon must be at least one step."));
    if (panel.units.isEmpty()) return makeError(BoostedTr::tr("The panel has no units to forecast."));
    if (originIndex < 2 || originIndex > panel.times.size())
        return makeError(BoostedTr::tr("The forecast origin %1 is outside the series (%2 times).")
                             .arg(originIndex)
                             .arg(panel.times.size()));
    for (const UnitSeries& u : panel.units)
        if (u.values.size() < originIndex)
            return makeError(BoostedTr::tr("Unit %1 has %2 values, fewer than the %3 before the origin.")
                                 .arg(u.unit)
                                 .arg(u.values.size())
                                 .arg(originIndex));

    // Everything the model sees: the values (and covariates) before the origin, nothing after.
    auto ctx = BoostedContext::make(panel, originIndex, horizon);
    if (!ctx) return ctx.error();
    BoostedContext& c = *ctx;

    BoostedParams effective = params;
    if (effective.huberSlope < 0)
        effective.huberSlope = panel.kind == TimeKind::Hour || panel.kind == TimeKind::Day ? 0.0 : 0.02;
    const BoostedData data = c.trainingData(effective);
    Booster booster;
    if (auto r = train(data, effective, seed, &booster); !r) return r.error();

    // Recursive forecast in blocks of steps that only depend on values before the block.
    const int nUnits = c.unitCount();
    const int cols = c.featureCount();
    std::vector<float> x;
    std::vector<float> pred;
    std::vector<double> base, scale;
    for (int step = 0; step < horizon; step += c.block()) {
        const int steps = std::min(c.block(), horizon - step);
        const int rows = nUnits * steps;
        x.assign(static_cast<std::size_t>(rows) * cols, 0.0f);
        base.assign(rows, 0.0);
        scale.assign(rows, 1.0);
        for (int u = 0; u < nUnits; ++u)
            for (int s = 0; s < steps; ++s) {
                const int row = u * steps + s;
                c.forecastRow(u, originIndex + step + s, &x[static_cast<std::size_t>(row) * cols], &base[row],
                              &scale[row]);
            }
        if (auto r = predict(booster, x, rows, cols, &pred); !r) return r.error();
        for (int u = 0; u < nUnits; ++u)
            for (int s = 0; s < steps; ++s) {
                const int row = u * steps + s;
                c.setForecast(u, originIndex + step + s, base[row] + double(pred[row]) * scale[row]);
            }
    }

    QVector<QVector<double>> out(nUnits);
    for (int u = 0; u < nUnits; ++u) out[u] = c.forecasts(u);
    return out;
}

}  // namespace dosi::models::detail
