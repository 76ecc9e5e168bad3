// The program's flow: command line (--server, --login, --password-stdin, --trust-fingerprint),
// translations, login dialog, main window, and back to the login dialog when the session ends.
#pragma once

class QApplication;

namespace okna {

class ClientApplication
{
public:
    static int run(QApplication &app);
};

} // namespace okna
