#include "gui/admin/ReportChart.h"

#include "domain/OrderStatus.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QValueAxis>

#include <algorithm>

namespace okna {

namespace {

qint64 countOf(const SummaryCounters &counters, OrderStatus status)
{
    switch (status) {
    case OrderStatus::New:
        return counters.newCount;
    case OrderStatus::Assigned:
        return counters.assigned;
    case OrderStatus::InProgress:
        return counters.inProgress;
    case OrderStatus::Done:
        return counters.done;
    case OrderStatus::Refused:
        return counters.refused;
    }
    return 0;
}

} // namespace

ReportChart::ReportChart(QWidget *parent)
    // The view owns the chart. QChartView(parent) would make a default one, and setChart() would
    // then let it go without deleting it (AddressSanitizer saw it leak).
    : QChartView(new QChart, parent)
    , m_series(new QBarSeries(this))
{
    auto *chart = this->chart();
    chart->setTitle(title());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
}

QStringList ReportChart::categories() const
{
    QStringList names;
    for (const auto status : allOrderStatuses())
        names.append(label(status));
    return names;
}

QList<QBarSet *> ReportChart::barSets() const
{
    return m_series->barSets();
}

QString ReportChart::title()
{
    return tr("Orders by status and district");
}

void ReportChart::changeEvent(QEvent *event)
{
    // The axis and the legend follow with the next setReport(); the title has no report to wait for.
    if (event->type() == QEvent::LanguageChange)
        chart()->setTitle(title());
    QChartView::changeEvent(event);
}

void ReportChart::setReport(const SummaryReport &report)
{
    auto *chart = this->chart();
    // A fresh series: removing sets one by one from a shown series is slow and flickers.
    if (chart->series().contains(m_series))
        chart->removeSeries(m_series);
    for (auto *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_series->clear();

    qint64 maximum = 0;
    for (const auto &row : report.rows) {
        auto *set = new QBarSet(row.location);
        for (const auto status : allOrderStatuses()) {
            const auto count = countOf(row.counters, status);
            maximum = std::max(maximum, count);
            set->append(double(count));
        }
        m_series->append(set);
    }
    chart->addSeries(m_series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories());
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    m_series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    // Whole orders only: a round top and at most ~6 ticks.
    const qint64 step = std::max<qint64>(1, (maximum + 4) / 5);
    const qint64 top = std::max<qint64>(step * 5, 5);
    valueAxis->setRange(0, double(top));
    valueAxis->setTickCount(6);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTitleText(tr("Orders"));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    m_series->attachAxis(valueAxis);
    chart->legend()->setVisible(!report.rows.isEmpty());
}

} // namespace okna
