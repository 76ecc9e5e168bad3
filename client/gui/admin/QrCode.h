// Text as a QR code image (libqrencode), e.g. the otpauth:// URI for an authenticator app.
#pragma once

#include <QImage>
#include <QString>

namespace okna {

class QrCode
{
public:
    // Black modules on white with a 4-module quiet zone, `scale` pixels per module; null on failure.
    static QImage render(const QString &text, int scale = 6);
};

} // namespace okna
