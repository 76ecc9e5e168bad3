// The rows of the API.md role table that are not order transitions (those live in OrderTransitions).
#pragma once

namespace okna {

enum class Capability
{
    CreateOrder,           // POST /orders
    EditOrderClientFields, // PATCH /orders/{id}, only while new/assigned
    OverrideBlacklist,     // "override_blacklist": true on POST /orders
    ReadOrders,            // GET /orders: every role, a master sees only his own
    ReadAllOrders,         // GET /orders without the own-orders restriction
    ListMasters,           // GET /masters
    CheckInOut,            // POST /me/shift/check-in, check-out
    ReadAllShifts,         // GET /shifts for any master (a master reads his own)
    BlacklistCheck,        // GET /blacklist/check
    BlacklistWrite,        // GET/POST/DELETE /blacklist
    Reports,               // GET /reports/*, XLSX export
    ReadLocations,         // GET /locations
    // Users, locations (write), settings, backups, audit log, notifications. Keep it last: tests iterate
    // the enum up to it.
    Administer,
};

} // namespace okna
