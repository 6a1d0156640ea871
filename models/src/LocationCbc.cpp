// The MIP wrapper around COIN-OR CBC used by the location models. CbcMain0/CbcMain1 run the model with
// the cbc binary's defaults (preprocessing, cuts, heuristics); an event handler cancels and reports
// progress. CbcMain1 keeps some state in globals, so calls are serialised.

#include "LocationDetail.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <ClpEventHandler.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <string>

namespace dosi::models::loc {

void MipModel::addRow(const std::vector<int>& idx, const std::vector<double>& val, double lo, double hi)
{
    rowIdx.insert(rowIdx.end(), idx.begin(), idx.end());
    rowVal.insert(rowVal.end(), val.begin(), val.end());
    rowStart.push_back(int(rowIdx.size()));
    rowLo.push_back(lo);
    rowUp.push_back(hi);
}

namespace {

std::timed_mutex& cbcMutex()
{
    static std::timed_mutex m;
    return m;
}

// State shared by the event handlers and their clones (CBC clones its handler into its working model and,
// with threads, into each thread's model; Clp clones its handler with every copy of the LP).
struct HandlerState {
    Control* ctl = nullptr;
    std::mutex mutex;                     // around calls into user code (keepGoing, progress)
    QElapsedTimer timer;
    qint64 lastReport = -1000;
    std::atomic<qint64> lastPoll{0};
    double seconds = 1;
    QString phase;
    std::atomic<bool> userStop{false};
    std::atomic<bool> lpAborted{false};

    bool pollUser()
    {
        if (userStop) return false;
        if (!ctl->keepGoingRaw()) userStop = true;
        return !userStop;
    }
};

class StopHandler : public CbcEventHandler {
public:
    explicit StopHandler(std::shared_ptr<HandlerState> s) : m_s(std::move(s)) {}
    StopHandler(const StopHandler&) = default;
    CbcEventHandler* clone() const override { return new StopHandler(*this); }

    CbcAction event(CbcEvent whichEvent) override
    {
        Q_UNUSED(whichEvent);
        std::lock_guard<std::mutex> lock(m_s->mutex);
        if (!m_s->pollUser() || m_s->lpAborted) return stop;
        const qint64 now = m_s->timer.elapsed();
        m_s->lastPoll = now;
        if (now - m_s->lastReport >= 250) {
            m_s->lastReport = now;
            QString text = m_s->phase;
            if (model_ && model_->bestSolution()) {
                const double best = model_->getMinimizationObjValue();
                const double bound = model_->getBestPossibleObjValue();
                if (std::isfinite(best) && std::isfinite(bound))
                    text = Text::tr("%1, gap %2 %").arg(m_s->phase).arg(
                        100.0 * std::abs(best - bound) / std::max(std::abs(best), 1e-9), 0, 'f', 2);
            }
            const int pct = int(std::clamp(100.0 * now / 1000.0 / std::max(m_s->seconds, 1e-3), 0.0, 99.0));
            m_s->ctl->progress(pct, text);
        }
        return noAction;
    }

private:
    std::shared_ptr<HandlerState> m_s;
};

// Stops long LP solves (root node, preprocessing) at the deadline or on cancel, which CBC's own time
// limit does not reach.
class LpStopHandler : public ClpEventHandler {
public:
    explicit LpStopHandler(std::shared_ptr<HandlerState> s) : m_s(std::move(s)) {}
    LpStopHandler(const LpStopHandler&) = default;
    ClpEventHandler* clone() const override { return new LpStopHandler(*this); }

    int event(Event whichEvent) override
    {
        if (whichEvent != endOfIteration || (++m_count & 31) != 0) return -1;
        if (m_s->lpAborted || m_s->userStop) return 0;
        const qint64 now = m_s->timer.elapsed();
        if (now > m_s->seconds * 1000) {
            m_s->lpAborted = true;
            return 0;
        }
        if (now - m_s->lastPoll >= 100) {
            std::lock_guard<std::mutex> lock(m_s->mutex);
            m_s->lastPoll = now;
            if (!m_s->pollUser()) {
                m_s->lpAborted = true;
                return 0;
            }
        }
        return -1;
    }

private:
    std::shared_ptr<HandlerState> m_s;
    unsigned m_count = 0;
};

int noCallBack(CbcModel*, int) { return 0; }

}  // namespace

MipResult solveMip(const MipModel& mip, const std::vector<double>& start, Control& ctl, double seconds,
                   const QString& phase)
{
    MipResult res;
    QElapsedTimer timer;
    timer.start();
    std::unique_lock<std::timed_mutex> lock(cbcMutex(), std::defer_lock);
    while (!lock.try_lock_for(std::chrono::milliseconds(100))) {
        if (ctl.stop()) return res;
    }
    // CBC may take a moment past its limit to wind down a large model: keep a margin.
    seconds = std::min(seconds, 0.92 * ctl.remaining() - 0.05);
    if (seconds <= 0.05 || ctl.stop()) return res;

    const int nRows = mip.rows();
    std::vector<int> len(nRows);
    for (int r = 0; r < nRows; ++r) len[r] = mip.rowStart[r + 1] - mip.rowStart[r];
    const CoinPackedMatrix matrix(false, mip.cols, nRows, CoinBigIndex(mip.rowIdx.size()), mip.rowVal.data(),
                                  mip.rowIdx.data(), mip.rowStart.data(), len.data());
    std::vector<double> rowLo(mip.rowLo), rowUp(mip.rowUp), colLo(mip.colLo), colUp(mip.colUp);
    for (double& v : rowLo) if (!std::isfinite(v)) v = -COIN_DBL_MAX;
    for (double& v : rowUp) if (!std::isfinite(v)) v = COIN_DBL_MAX;
    for (double& v : colUp) if (!std::isfinite(v)) v = COIN_DBL_MAX;

    auto state = std::make_shared<HandlerState>();
    state->ctl = &ctl;
    state->seconds = seconds;
    state->phase = phase;
    state->timer.start();

    OsiClpSolverInterface solver;
    solver.messageHandler()->setLogLevel(0);
    const LpStopHandler lpHandler(state);
    solver.getModelPtr()->passInEventHandler(&lpHandler);
    solver.loadProblem(matrix, colLo.data(), colUp.data(), mip.obj.data(), rowLo.data(), rowUp.data());
    solver.setObjSense(1.0);
    for (int j = 0; j < mip.cols; ++j)
        if (mip.integer[j]) solver.setInteger(j);

    CbcModel model(solver);
    model.messageHandler()->setLogLevel(0);
    StopHandler handler(state);
    model.passInEventHandler(&handler);

    CbcSolverUsefulData data;
    data.noPrinting_ = !qEnvironmentVariableIsSet("DOSI_CBC_LOG");
    data.useSignalHandler_ = false;
    CbcMain0(model, data);
    if (!start.empty()) {
        std::vector<std::pair<std::string, double>> ms;
        for (int j = 0; j < mip.cols && j < int(start.size()); ++j)
            if (mip.integer[j]) ms.emplace_back(solver.getColName(j), std::round(start[j]));
        model.setMIPStart(ms);
    }
    const std::string sec = std::to_string(std::max(seconds, 0.1));
    const std::string ratio = std::to_string(std::max(ctl.options().relativeGap, 0.0));
    const std::string threads = std::to_string(std::max(ctl.options().threads, 1));
    const bool log = qEnvironmentVariableIsSet("DOSI_CBC_LOG");   // developers: CBC's own log on stdout
    std::vector<const char*> args = {"dosi", "-log", log ? "1" : "0", "-timeMode", "elapsed", "-sec", sec.c_str()};
    if (ctl.options().relativeGap > 0) { args.push_back("-ratio"); args.push_back(ratio.c_str()); }
    if (ctl.options().threads > 1) { args.push_back("-threads"); args.push_back(threads.c_str()); }
    args.push_back("-solve");
    args.push_back("-quit");
    ctl.progress(0, phase);
    CbcMain1(int(args.size()), args.data(), model, noCallBack, data);

    res.ran = true;
    res.seconds = timer.elapsed() / 1000.0;
    res.stoppedByUser = state->userStop;
    if (state->userStop) ctl.markCancelled();
    // An LP cut short leaves CBC's status meaningless: only its incumbent (checked by the caller) counts.
    const bool trusted = !state->userStop && !state->lpAborted;
    res.provenOptimal = trusted && model.isProvenOptimal();
    res.provenInfeasible = trusted && model.isProvenInfeasible();
    res.stoppedByTime = model.isSecondsLimitReached() || (state->lpAborted && !state->userStop);
    const double* best = model.bestSolution();
    if (best && !res.provenInfeasible) {
        res.hasSolution = true;
        res.x.assign(best, best + mip.cols);
        double obj = 0;
        for (int j = 0; j < mip.cols; ++j) obj += mip.obj[j] * res.x[j];
        res.objective = obj;
    }
    res.bound = trusted ? model.getBestPossibleObjValue() : -kInf;
    // Proven optimal without an accepted gap: the incumbent is the bound (CBC's own figure may carry its
    // cutoff increment).
    if (res.provenOptimal && res.hasSolution && ctl.options().relativeGap <= 0) res.bound = res.objective;
    return res;
}

}  // namespace dosi::models::loc
