#!/usr/bin/env python3
"""QGIS 3.22 peer for the issue-4 render bench (python3-qgis, offscreen).

Usage: render_qgis.py GPKG LAYER FIELD [REPS] [OUT.png]

Draws LAYER of GPKG as a 5-class quantile choropleth (QgsGraduatedSymbolRenderer with
QgsClassificationQuantile on FIELD, the YlOrRd ramp of QGIS's default style) at 1920x1080,
extent = the layer extent, destination CRS EPSG:5179, with QgsMapRendererSequentialJob (one
layer: the parallel job would draw it on one thread too). The fill symbol has no outline, as Dosi
draws sub-pixel grid cells without outlines. Prints, one per line, NAME VALUE:
  qgis_version, qgis_features, qgis_load_ms (open the layer), qgis_render_ms (best of REPS:
  style setup incl. the quantile classification + render, layer already loaded),
  qgis_first_ms (best of REPS: open + style + render), qgis_breaks (class upper bounds).
"""
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (Qgis, QgsApplication, QgsClassificationQuantile, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsStyle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def load(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise SystemExit(f"render_qgis: cannot open layer {name} of {gpkg}")
    return layer


def style(layer, field):
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(QgsFillSymbol.createSimple({"color": "255,255,255", "outline_style": "no"}))
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.setSourceColorRamp(QgsStyle.defaultStyle().colorRamp("YlOrRd"))
    renderer.updateClasses(layer, 5)
    layer.setRenderer(renderer)
    return renderer


def render(layer):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setOutputSize(QSize(1920, 1080))
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:5179"))
    settings.setExtent(layer.extent())
    settings.setBackgroundColor(QColor(244, 244, 240))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    gpkg, name, field = sys.argv[1:4]
    reps = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    out = sys.argv[5] if len(sys.argv) > 5 else ""
    app = QgsApplication([], False)
    QgsApplication.setPrefixPath("/usr", True)
    app.initQgis()

    t0 = time.perf_counter()
    layer = load(gpkg, name)
    features = layer.featureCount()
    load_ms = (time.perf_counter() - t0) * 1000

    best = first = float("inf")
    renderer = image = None
    for _ in range(reps):
        t0 = time.perf_counter()
        renderer = style(layer, field)
        image = render(layer)
        best = min(best, (time.perf_counter() - t0) * 1000)
    for _ in range(reps):
        t0 = time.perf_counter()
        fresh = load(gpkg, name)
        style(fresh, field)
        render(fresh)
        first = min(first, (time.perf_counter() - t0) * 1000)
        del fresh
    if out:
        image.save(out)
    breaks = [r.upperValue() for r in renderer.ranges()]
    print(f"qgis_version {Qgis.QGIS_VERSION.split('-')[0]}")
    print("qgis_job sequential")
    print(f"qgis_features {features}")
    print(f"qgis_load_ms {load_ms:.1f}")
    print(f"qgis_render_ms {best:.1f}")
    print(f"qgis_first_ms {first:.1f}")
    print("qgis_breaks " + ",".join(f"{b:.6g}" for b in breaks))
    sys.stdout.flush()
    del renderer, image, layer
    app.exitQgis()
    # PyQGIS 3.22 may crash while the interpreter tears down its wrappers after exitQgis(); the
    # figures are out, so leave at once.
    os._exit(0)


if __name__ == "__main__":
    main()
