// What q is matched against, and how q is read: shared by the SQL search (OrderStore, over the
// generated column orders.search_text) and the in-memory one (OrderSearchIndex).
#pragma once

#include <QString>

namespace okna::server {

// The text an order is searched in, folded to lower case: its number, client name, phone digits
// and address, one space between them. The same as the generated column orders.search_text
// (migration 005), so that both searches find the same orders.
QString orderSearchText(qint64 number, const QString &clientName, const QString &phone, const QString &address);

// q as it is looked for, folded to lower case. Something typed like a phone ("+7 912 345")
// searches its digits, as the phone is searched by its digits.
QString searchNeedle(const QString &q);

} // namespace okna::server
