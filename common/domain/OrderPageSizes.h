// How many orders each screen asks for at a time. The server prepares its order-list statements
// for these page sizes (OrderStore::list), so they live here, beside the screens' own use of
// them; any other limit still works, planned per request.
#pragma once

#include <array>

namespace okna::OrderPageSizes {

inline constexpr int kMasterCurrentOrder = 1;      // the master's one active order
inline constexpr int kCallerHistory = 20;          // the order form: the caller's earlier orders
inline constexpr int kApiDefault = 50;             // API.md: the limit when none is given
inline constexpr int kOtherClients = 100;          // a round size for the API's other clients
inline constexpr int kOperatorToday = 200;         // the operator's orders of today
inline constexpr int kCoordinatorOpenOrders = 500; // the coordinator's board

inline constexpr std::array kAll{
    kMasterCurrentOrder, kCallerHistory, kApiDefault, kOtherClients, kOperatorToday, kCoordinatorOpenOrders,
};

} // namespace okna::OrderPageSizes
