#include "i18n/RequestLanguage.h"

namespace okna::server {

namespace {

thread_local Language t_language = Language::English;

} // namespace

Language RequestLanguage::current()
{
    return t_language;
}

RequestLanguage::Scope::Scope(Language language)
    : m_previous(t_language)
{
    t_language = language;
}

RequestLanguage::Scope::~Scope()
{
    t_language = m_previous;
}

} // namespace okna::server
