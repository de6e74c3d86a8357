#pragma once

#include <QImage>
#include <QWidget>

namespace Doorstep::Ui::Widgets {

/**
 * A QR code of a short text (libqrencode), drawn as black modules on white with a quiet zone
 * of four modules, scaled by a whole number of pixels per module and never smoothed, so a
 * phone's camera reads it at any size.
 */
class QrCodeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeView)

public:
    /** Modules of white around the code, as the QR standard asks. */
    static constexpr int QuietZone = 4;

    explicit QrCodeView(QWidget *parent = nullptr);

    /** Encodes @p text; false (and an empty code) when it does not fit in a QR code. */
    bool setText(const QString &text);
    const QString &text() const { return m_text; }

    /** Modules per side, quiet zone included (0 when empty). */
    int modules() const { return m_modules.width(); }
    /** Pixels per module at the widget's current size (at least 1). */
    int moduleSize() const;
    /** The code as drawn now: modules() × moduleSize() pixels per side (null when empty). */
    QImage image() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    /** One pixel per module, quiet zone included. */
    QImage m_modules;
};

} // namespace Doorstep::Ui::Widgets
