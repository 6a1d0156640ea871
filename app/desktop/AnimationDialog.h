#pragma once
// AnimationDialog: asks where and what to export as an animation (folder, first and last
// time, frame size, frames per second, MP4 when ffmpeg is installed).

#include "AnimationExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace dosi::desktop {

class AnimationDialog : public QDialog {
    Q_OBJECT
public:
    AnimationDialog(const QStringList& times, TimeKind kind, int current, const QSize& viewSize, QWidget* parent = nullptr);

    // A period comparison is on: the frames show it; offers "period B moves with A".
    void setComparison(const QString& description);

    AnimationOptions options() const;
    int firstIndex() const;
    int lastIndex() const;

private:
    QLineEdit* m_folder = nullptr;
    QComboBox* m_first = nullptr;
    QComboBox* m_last = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QDoubleSpinBox* m_fps = nullptr;
    QCheckBox* m_video = nullptr;
    QLabel* m_compare = nullptr;
    QCheckBox* m_followB = nullptr;
};

}  // namespace dosi::desktop
