#include "ui/widgets/qrcodeview.h"

#include <memory>

#include <QPainter>

#include <qrencode.h>

namespace Doorstep::Ui::Widgets {

namespace {

constexpr int PreferredModuleSize = 4;

} // namespace

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Minimum);
}

bool QrCodeView::setText(const QString &text)
{
    m_text = text;
    m_modules = QImage();
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
        if (code) {
            const int side = code->width + 2 * QuietZone;
            m_modules = QImage(side, side, QImage::Format_Mono);
            m_modules.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
            m_modules.fill(0);
            for (int y = 0; y < code->width; ++y) {
                for (int x = 0; x < code->width; ++x) {
                    if (code->data[y * code->width + x] & 1) // the lowest bit is the module's colour
                        m_modules.setPixel(x + QuietZone, y + QuietZone, 1);
                }
            }
        }
    }
    updateGeometry();
    update();
    return m_modules.isNull() == text.isEmpty();
}

int QrCodeView::moduleSize() const
{
    if (m_modules.isNull())
        return 1;
    return std::max(1, std::min(width(), height()) / m_modules.width());
}

QImage QrCodeView::image() const
{
    if (m_modules.isNull())
        return {};
    const int side = m_modules.width() * moduleSize();
    // Whole pixels per module and no filtering: every module stays a sharp square.
    return m_modules.convertToFormat(QImage::Format_RGB32).scaled(side, side, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

QSize QrCodeView::sizeHint() const
{
    const int side = m_modules.isNull() ? 0 : m_modules.width() * PreferredModuleSize;
    return {side, side};
}

QSize QrCodeView::minimumSizeHint() const
{
    const int side = m_modules.isNull() ? 0 : m_modules.width() * 2;
    return {side, side};
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    const QImage code = image();
    if (code.isNull())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QPoint((width() - code.width()) / 2, (height() - code.height()) / 2), code);
}

} // namespace Doorstep::Ui::Widgets
