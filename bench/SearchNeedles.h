// What the benchmarks search for, as an operator types it: shared by the orders benchmark (over
// HTTPS) and the search index benchmark (in memory), so that both time the same needles.
#pragma once

#include <QStringList>

namespace okna::bench {

// Surnames, also the client names of the orders the benchmark creates.
inline const QStringList kSurnames{QStringLiteral("Иванов"),  QStringLiteral("Смирнова"), QStringLiteral("Кузнецов"),
                                   QStringLiteral("Петрова"), QStringLiteral("Соколов"),  QStringLiteral("Лебедев"),
                                   QStringLiteral("Орлова"),  QStringLiteral("Захаров")};
// A street and house.
inline const QStringList kStreets{QStringLiteral("Садовая, д. 12"), QStringLiteral("Пушкина, д. 7,"),
                                  QStringLiteral("пр. Мира, д. 101"), QStringLiteral("Речная, д. 44, кв. 2")};

} // namespace okna::bench
