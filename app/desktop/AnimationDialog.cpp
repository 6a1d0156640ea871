// AnimationDialog: options of an animation export.
#include "AnimationDialog.h"

#include "TimeController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace dosi::desktop {

AnimationDialog::AnimationDialog(const QStringList& times, TimeKind kind, int current, const QSize& viewSize, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Animation"));
    m_folder = new QLineEdit(this);
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(QStringLiteral("dosi-animation")));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Frames"), m_folder->text());
        if (!dir.isEmpty()) m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_first = new QComboBox(this);
    m_last = new QComboBox(this);
    for (const QString& t : times) {
        m_first->addItem(TimeController::displayLabel(t, kind), t);
        m_last->addItem(TimeController::displayLabel(t, kind), t);
    }
    // Default: the day (24 hours) or the whole axis from the current time.
    const int start = qBound(0, current, qMax(0, int(times.size()) - 1));
    m_first->setCurrentIndex(start);
    m_last->setCurrentIndex(qMin(int(times.size()) - 1, kind == TimeKind::Hour ? start + 23 : int(times.size()) - 1));

    m_width = new QSpinBox(this);
    m_width->setRange(64, 7680);
    m_width->setValue(viewSize.width() > 0 ? viewSize.width() : 1920);
    m_height = new QSpinBox(this);
    m_height->setRange(64, 4320);
    m_height->setValue(viewSize.height() > 0 ? viewSize.height() : 1080);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    m_fps = new QDoubleSpinBox(this);
    m_fps->setRange(0.25, 60);
    m_fps->setValue(2);
    m_fps->setSuffix(tr(" frames/s"));
    m_video = new QCheckBox(tr("Also make an MP4 video (H.264)"), this);
    const bool ffmpeg = !AnimationExporter::ffmpegPath().isEmpty();
    m_video->setEnabled(ffmpeg);
    m_video->setChecked(ffmpeg);
    if (!ffmpeg) m_video->setToolTip(tr("ffmpeg was not found on the PATH."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_compare = new QLabel(this);
    m_compare->setObjectName(QStringLiteral("animationComparison"));
    m_compare->setWordWrap(true);
    m_followB = new QCheckBox(tr("Period B moves along with A"), this);
    m_followB->setObjectName(QStringLiteral("animationFollowB"));
    m_followB->setToolTip(tr("Each frame compares its time with the time as far from B as it is from the current A "
                             "(e.g. every hour of one week with the same hour of the other week). Off: every frame "
                             "is compared with B as chosen."));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("From:"), m_first);
    form->addRow(tr("To:"), m_last);
    form->addRow(tr("Size (pixels):"), sizeRow);
    form->addRow(tr("Speed:"), m_fps);
    form->addRow(QString(), m_video);
    form->addRow(tr("Comparison:"), m_compare);
    form->addRow(QString(), m_followB);
    form->setRowVisible(m_compare, false);
    form->setRowVisible(m_followB, false);
    form->addRow(buttons);
}

void AnimationDialog::setComparison(const QString& description)
{
    auto* form = static_cast<QFormLayout*>(layout());
    m_compare->setText(description);
    form->setRowVisible(m_compare, !description.isEmpty());
    form->setRowVisible(m_followB, !description.isEmpty());
}

AnimationOptions AnimationDialog::options() const
{
    AnimationOptions o;
    o.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    o.size = QSize(m_width->value(), m_height->value());
    o.framesPerSecond = m_fps->value();
    o.video = m_video->isEnabled() && m_video->isChecked();
    o.followB = !m_compare->text().isEmpty() && m_followB->isChecked();
    return o;
}

int AnimationDialog::firstIndex() const
{
    return qMin(m_first->currentIndex(), m_last->currentIndex());
}

int AnimationDialog::lastIndex() const
{
    return qMax(m_first->currentIndex(), m_last->currentIndex());
}

}  // namespace dosi::desktop
