// How far an in-memory search index has seen the orders table.
#pragma once

#include <QtGlobal>

#include <string>

namespace okna::server {

struct SearchHorizon
{
    // Every change committed before this transaction id (an xid8, as text) is in the index.
    std::string xid;
    // Which orders table those changes were made to (its oid). `okna-server restore --force`
    // drops the table and makes a new one, whose rows an index has never seen whatever their
    // changed_xid says (they come from the dump): a new oid means the index must load anew.
    qint64 table = 0;
};

} // namespace okna::server
