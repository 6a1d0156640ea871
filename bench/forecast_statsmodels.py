#!/usr/bin/env python3
"""statsmodels' Holt-Winters on the splits of dosi_forecast_bench (the peer of the forecast bench).

Usage: forecast_statsmodels.py OUTDIR [--jobs N]
  OUTDIR holds gu_panel.csv (time, one column per district, empty = missing) and gu_splits.txt
  (horizon, season, origin indices), written by `dosi_forecast_bench gu`.

For every district and origin: ExponentialSmoothing(trend='add', damped_trend=True, seasonal='add',
seasonal_periods=168) fitted by statsmodels' default optimiser to the hours before the origin, then
forecast `horizon` hours. Missing hours before the origin are interpolated linearly (as Dosi does for
fitting). The series is divided by its training mean for the fit and the forecast multiplied back:
additive Holt-Winters is scale-equivariant, and on the raw values (~1e5) the default SLSQP step
fails ("Inequality constraints incompatible") and returns its starting values.

Scores as in Dosi's backtest (models/src/ForecastBacktest.cpp): per district, MAPE over all held-out
hours of all origins with a non-zero actual value, and MASE with the scale of each origin (mean
|y_t - y_{t-168}| over the hours before it where both are present); then the mean over districts.
Prints NAME VALUE UNIT lines like the C++ bench.
"""
import argparse
import os
import sys
import time
import warnings


def read_splits(path):
    horizon = season = None
    origins = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            if parts[0] == "horizon":
                horizon = int(parts[1])
            elif parts[0] == "season":
                season = int(parts[1])
            elif parts[0] == "origin":
                origins.append((int(parts[1]), parts[2]))
    if horizon is None or season is None or not origins:
        raise SystemExit(f"{path}: expected horizon, season and origin lines")
    return horizon, season, origins


def naive_scale(y, n, m):
    import numpy as np
    a, b = y[m:n], y[: n - m]
    ok = ~np.isnan(a) & ~np.isnan(b)
    return float(np.mean(np.abs(a[ok] - b[ok]))) if ok.any() else float("nan")


def fit_one(args):
    """(unit index, origin) -> (unit index, origin, forecast, seconds, converged)."""
    import numpy as np
    import pandas as pd
    from statsmodels.tsa.holtwinters import ExponentialSmoothing
    u, origin, y, horizon, season = args
    t0 = time.perf_counter()
    train = pd.Series(y[:origin]).interpolate(limit_direction="both").to_numpy()
    scale = float(np.mean(train)) or 1.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = ExponentialSmoothing(train / scale, trend="add", damped_trend=True, seasonal="add",
                                     seasonal_periods=season).fit()
        fc = np.asarray(model.forecast(horizon)) * scale
    retvals = getattr(model, "mle_retvals", None)
    converged = bool(retvals.get("success", True)) if isinstance(retvals, dict) else bool(getattr(retvals, "success", True))
    return u, origin, fc, time.perf_counter() - t0, converged


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1: timings of one core)")
    a = ap.parse_args()
    try:
        import numpy as np
        import pandas as pd
        import statsmodels
    except ImportError as e:
        print(f"forecast_statsmodels: {e} (install python3-statsmodels)", file=sys.stderr)
        return 1
    horizon, season, origins = read_splits(os.path.join(a.outdir, "gu_splits.txt"))
    panel = pd.read_csv(os.path.join(a.outdir, "gu_panel.csv"), dtype={"time": str})
    units = [c for c in panel.columns if c != "time"]
    values = {u: panel[u].to_numpy(dtype=float) for u in units}
    jobs = [(i, o, values[u], horizon, season) for i, u in enumerate(units) for o, _ in origins]

    t0 = time.perf_counter()
    if a.jobs > 1:
        from multiprocessing import Pool
        with Pool(a.jobs) as pool:
            results = pool.map(fit_one, jobs)
    else:
        results = [fit_one(j) for j in jobs]
    wall = time.perf_counter() - t0

    abs_pct = np.zeros(len(units)); n_pct = np.zeros(len(units))
    abs_scaled = np.zeros(len(units)); n_scaled = np.zeros(len(units))
    fit_seconds = 0.0
    not_converged = 0
    for u, origin, fc, secs, ok in results:
        fit_seconds += secs
        not_converged += 0 if ok else 1
        y = values[units[u]]
        scale = naive_scale(y, origin, season if len(y[:origin]) > season else 1)
        actual = y[origin: origin + horizon]
        f = fc[: len(actual)]
        good = ~np.isnan(actual) & np.isfinite(f)
        err = np.abs(actual[good] - f[good])
        nz = actual[good] != 0
        abs_pct[u] += float(np.sum(err[nz] / np.abs(actual[good][nz])))
        n_pct[u] += int(np.sum(nz))
        if np.isfinite(scale) and scale > 0:
            abs_scaled[u] += float(np.sum(err / scale))
            n_scaled[u] += len(err)
    mape = np.nanmean(np.where(n_pct > 0, 100.0 * abs_pct / np.maximum(n_pct, 1), np.nan))
    mase = np.nanmean(np.where(n_scaled > 0, abs_scaled / np.maximum(n_scaled, 1), np.nan))
    per_origin = fit_seconds / len(origins)
    print(f"forecast_gu_mape_statsmodels_hw {mape:.3f} % (statsmodels {statsmodels.__version__} ExponentialSmoothing "
          f"add/damped/add 168; {len(origins)} origins x {len(units)} districts)")
    print(f"forecast_gu_mase_statsmodels_hw {mase:.3f} x")
    print(f"forecast_gu_statsmodels_hw_seconds {per_origin:.3f} s (fit + {horizon}-hour forecast of {len(units)} "
          f"districts at one origin, mean of {len(origins)}; {not_converged} of {len(results)} fits reported no convergence)")
    print(f"forecast_gu_backtest_seconds_statsmodels_hw {wall:.3f} s ({len(origins)} origins x {len(units)} districts, "
          f"{a.jobs} process(es))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
