#include "gui/admin/AdminPrompts.h"

#include "gui/admin/AdminDialogPrompts.h"

namespace okna {

namespace {
AdminPrompts *current = nullptr;
} // namespace

AdminPrompts &AdminPrompts::instance()
{
    static AdminDialogPrompts dialogs;
    return current ? *current : dialogs;
}

void AdminPrompts::setInstance(AdminPrompts *prompts)
{
    current = prompts;
}

} // namespace okna
