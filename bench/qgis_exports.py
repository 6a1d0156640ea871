#!/usr/bin/env python3
"""Issue-7 check: QGIS 3.22 (python3-qgis, offscreen) opens what dosi-cli exports.

Usage: qgis_exports.py DOSI_CLI SAMPLE.dosi WORK_DIR

Exports from the sample project through dosi-cli:
  dong.tif   living_population.total at two hours, rasterised at 100 m, Cloud-Optimised GeoTIFF
  grid.tif   living_population_grid250 (estimated) at the grid's own 250 m cells
  sample.gpkg  living_population (hour 2019-03-04T14), living_population_grid250, population (2021), gu
then opens them with QGIS:
  - each .tif with QgsRasterLayer: valid, CRS EPSG:5179, band count, and per band the statistics
    QGIS computes (min, max, mean, count) equal to GDAL's exact statistics of the same file;
  - each .gpkg table with QgsVectorLayer: valid, CRS, feature count, and the default style QGIS loads
    from layer_styles: renderer type (graduatedSymbol, or singleSymbol for a layer without values), and
    the ranges' bounds and colours equal to the classes in the stored QML (the Dosi legend).
Prints a table of what QGIS saw (lines starting with '#'), then NAME VALUE UNIT figures. Exit status 1
when any check fails.
"""
import os
import re
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from osgeo import gdal, ogr  # noqa: E402
from qgis.core import (Qgis, QgsApplication, QgsRasterBandStats, QgsRasterLayer,  # noqa: E402
                       QgsVectorLayer)

gdal.UseExceptions()
ogr.UseExceptions()

HOUR = "2019-03-04T14"


def run(cli, args):
    t0 = time.monotonic()
    p = subprocess.run([cli] + args, capture_output=True, text=True)
    ms = (time.monotonic() - t0) * 1000
    if p.returncode != 0:
        raise SystemExit(f"qgis_exports: dosi-cli {' '.join(args)} failed:\n{p.stderr}")
    return ms, p.stderr


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def check_raster(path, expect_bands, rows, failures):
    layer = QgsRasterLayer(path, os.path.basename(path))
    ds = gdal.Open(path)
    ok_valid = layer.isValid()
    crs = layer.crs().authid() if ok_valid else "-"
    bands = layer.bandCount() if ok_valid else 0
    for b in range(1, bands + 1):
        g = ds.GetRasterBand(b)
        gmin, gmax, gmean, _ = g.ComputeStatistics(False)   # exact, no approximation
        nodata = g.GetNoDataValue()
        arr_count = int(sum(1 for v in g.ReadAsArray().ravel() if v != nodata))
        s = layer.dataProvider().bandStatistics(b, QgsRasterBandStats.All)
        same = (close(s.minimumValue, gmin) and close(s.maximumValue, gmax) and close(s.mean, gmean)
                and s.elementCount == arr_count)
        desc = g.GetDescription()
        rows.append(("raster", os.path.basename(path), f"band {b}: {desc}", "yes" if ok_valid else "NO", crs,
                     f"{s.elementCount} px", f"min {s.minimumValue:g} max {s.maximumValue:g} mean {s.mean:.6g}",
                     "equal" if same else f"DIFFER (GDAL min {gmin:g} max {gmax:g} mean {gmean:.6g} n {arr_count})"))
        if not same:
            failures.append(f"{path} band {b}: QGIS statistics differ from GDAL's")
    if not ok_valid:
        failures.append(f"{path}: QGIS cannot open it")
    if crs != "EPSG:5179":
        failures.append(f"{path}: CRS {crs}")
    if bands != expect_bands:
        failures.append(f"{path}: {bands} bands, expected {expect_bands}")
    return bands


def stored_qml(path):
    ds = ogr.Open(path)
    styles = ds.GetLayerByName("layer_styles")
    out = {}
    for f in styles:
        out[f.GetField("f_table_name")] = f.GetField("styleQML")
    return out


def check_vector(path, table, expect_features, expect_renderer, rows, failures):
    qml = stored_qml(path).get(table, "")
    stored = [(float(lo), float(hi)) for lo, hi in
              re.findall(r'<range[^>]*?lower="([^"]+)"[^>]*?upper="([^"]+)"', qml)]
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    valid = layer.isValid()
    msg, loaded = layer.loadDefaultStyle() if valid else ("", False)
    renderer = layer.renderer().type() if valid and layer.renderer() else "-"
    stored_colours = re.findall(r'<prop k="color" v="(\d+),(\d+),(\d+),\d+"', qml)
    ranges, colours = [], []
    if renderer == "graduatedSymbol":
        ranges = [(r.lowerValue(), r.upperValue()) for r in layer.renderer().ranges()]
        colours = [r.symbol().color().getRgb()[:3] for r in layer.renderer().ranges()]
    same_ranges = (len(ranges) == len(stored)
                   and all(close(a[0], b[0]) and close(a[1], b[1]) for a, b in zip(ranges, stored))
                   and [tuple(int(v) for v in c) for c in stored_colours[:len(colours)]] == colours)
    count = layer.featureCount() if valid else -1
    rows.append(("vector", os.path.basename(path), table, "yes" if valid else "NO",
                 layer.crs().authid() if valid else "-", f"{count} features",
                 f"{renderer}, {len(ranges)} ranges" + (f" ({layer.renderer().classAttribute()})" if ranges else ""),
                 "style loaded" if loaded and (same_ranges or not stored) else f"NOT LOADED ({msg})"))
    if not valid:
        failures.append(f"{table}: QGIS cannot open it")
    if expect_features is not None and count != expect_features:
        failures.append(f"{table}: {count} features, expected {expect_features}")
    if renderer != expect_renderer:
        failures.append(f"{table}: renderer {renderer}, expected {expect_renderer}")
    if not loaded or (stored and not same_ranges):
        failures.append(f"{table}: the default style from layer_styles was not applied ({msg})")
    return len(ranges)


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    cli, sample, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    dong, grid, gpkg = (os.path.join(work, n) for n in ("dong.tif", "grid.tif", "sample.gpkg"))
    figures = []
    ms, _ = run(cli, ["export", sample, "geotiff", dong, "--layer", "living_population", "--field", "total",
                      "--time", f"{HOUR},2019-03-04T03", "--cog"])
    figures.append(("exports_geotiff_dong_2_bands_cog_ms", f"{ms:.0f}", "ms"))
    ms, _ = run(cli, ["export", sample, "geotiff", grid, "--layer", "living_population_grid250"])
    figures.append(("exports_geotiff_grid250_ms", f"{ms:.0f}", "ms"))
    ms, err = run(cli, ["export", sample, "gpkg", gpkg, "--layer",
                        "living_population,living_population_grid250,population,gu",
                        "--time", f"{HOUR},2021"])
    figures.append(("exports_gpkg_4_layers_ms", f"{ms:.0f}", "ms"))
    suppressed = sum(int(m) for m in re.findall(r"(\d+) value\(s\) of .* suppressed", err))
    figures.append(("exports_gpkg_values_suppressed", str(suppressed), "values"))

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    rows, failures = [], []
    check_raster(dong, 2, rows, failures)
    check_raster(grid, 1, rows, failures)
    ranges = 0
    ranges += check_vector(gpkg, "living_population", 504, "graduatedSymbol", rows, failures)
    ranges += check_vector(gpkg, "living_population_grid250", 19135, "graduatedSymbol", rows, failures)
    ranges += check_vector(gpkg, "population", 504, "graduatedSymbol", rows, failures)
    check_vector(gpkg, "gu", None, "singleSymbol", rows, failures)

    print(f"# QGIS {Qgis.QGIS_VERSION} opened the dosi-cli exports of the sample:")
    header = ("kind", "file", "layer / band", "valid", "CRS", "size", "what QGIS shows", "check")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    for r in [header] + rows:
        print("# " + "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    for f in failures:
        print(f"# FAILED: {f}")
    checks = len(rows)
    figures.append(("exports_qgis_items_checked", str(checks), "items"))
    figures.append(("exports_qgis_graduated_ranges", str(ranges), "ranges"))
    figures.append(("exports_qgis_failures", str(len(failures)), "failures (target 0)"))
    for name, value, unit in figures:
        print(f"{name} {value} {unit}")
    app.exitQgis()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
