// okna-client: parses the command line and runs the GUI application.
#include "gui/ClientApplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return okna::ClientApplication::run(app);
}
