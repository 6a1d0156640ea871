#pragma once
// LayerPanel: the project's layers, top of the map first, each with a visibility
// checkbox; up/down buttons and drag & drop change the drawing order. It only reports
// the user's edits (signals); the window writes them to the project store.

#include "dosi/core/Layer.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QSlider;
class QToolButton;
class QLabel;

namespace dosi::desktop {

class LayerPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayerPanel(QWidget* parent = nullptr);

    // Layers bottom to top, as ProjectStore::layers() returns them.
    void setLayers(const QList<LayerInfo>& layers);

    QStringList displayedNames() const;     // top to bottom, as listed
    QStringList bottomToTop() const;
    QString currentLayer() const;
    void setCurrentLayer(const QString& name);
    bool isLayerChecked(const QString& name) const;
    void setLayerChecked(const QString& name, bool checked);   // as if clicked
    void moveCurrent(int delta);            // -1 = up (drawn later), +1 = down

    // The measure layer drawn as the choropleth: shown in bold; other measure layers are
    // greyed (they are drawn once made active).
    void setActiveThematic(const QString& name);
    QString activeThematic() const { return m_activeThematic; }

    QListWidget* listWidget() const { return m_list; }
    QSlider* opacitySlider() const { return m_opacity; }
    double layerOpacity(const QString& name) const;   // from the layer's style, default 1

signals:
    void visibilityChanged(const QString& name, bool visible);
    void orderChanged(const QStringList& bottomToTop);
    void currentLayerChanged(const QString& name);
    void opacityChanged(const QString& name, double opacity);   // 0..1, while the slider moves

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateItemTexts();
    void updateButtons();
    void updateOpacity();                   // slider follows the current layer
    void checkOrder();                      // after drag & drop
    QListWidgetItem* itemFor(const QString& name) const;

    QListWidget* m_list = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_opacityLabel = nullptr;
    QLabel* m_opacityValue = nullptr;
    QSlider* m_opacity = nullptr;
    QList<LayerInfo> m_layers;
    QStringList m_lastOrder;                // bottom to top
    QString m_activeThematic;
    bool m_updating = false;
};

}  // namespace dosi::desktop
