// The language of the request the current thread is answering. The HTTP front sets it around each
// request (requests of different languages run at the same time on different worker threads);
// ServerTranslator reads it. Threads that answer no request (start-up, the Telegram dispatcher,
// commands) stay English.
#pragma once

#include "i18n/Language.h"

namespace okna::server {

class RequestLanguage
{
public:
    static Language current();

    // Sets this thread's language for its lifetime and restores the previous one after, so a
    // pooled worker thread never carries one request's language into the next.
    class Scope
    {
    public:
        explicit Scope(Language language);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        Language m_previous;
    };
};

} // namespace okna::server
