// Terminal input and output for the command-line subcommands.
#pragma once

#include "core/ApiError.h"

#include <QString>

namespace okna::server {

class Console
{
public:
    static void out(const QString &line);
    static void error(const QString &line);
    // One line from stdin without the newline; on a terminal the prompt goes to stderr and the
    // typed characters are not echoed.
    static QString readPassword(const QString &prompt);
    // "message (field: problem, ...)" for command-line error output.
    static QString describe(const ApiError &error);
};

} // namespace okna::server
