#include "gui/Prompts.h"

#include "gui/DialogPrompts.h"

namespace okna {

namespace {
Prompts *current = nullptr;
} // namespace

Prompts &Prompts::instance()
{
    static DialogPrompts dialogs;
    return current ? *current : dialogs;
}

void Prompts::setInstance(Prompts *prompts)
{
    current = prompts;
}

} // namespace okna
