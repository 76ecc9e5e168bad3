// Demo data for `okna-server seed-demo`: realistic orders of the last days.
#pragma once

#include "core/Result.h"

namespace okna::server {

class Database;

// Creates about `count` orders over the last week across the active locations, created by an
// operator (or coordinator, or admin) and worked by the active masters: older ones done or
// refused, today's new, assigned or in progress, never more than one active order per master.
// Each comes with its history. Does nothing when orders already exist, and fails (422) when
// there is no location or no user to create them.
Status seedDemoOrders(Database &database, int count = 60);

} // namespace okna::server
