// The languages the server answers in: English (the source texts) and Russian.
#pragma once

namespace okna::server {

enum class Language
{
    English,
    Russian,
};

} // namespace okna::server
