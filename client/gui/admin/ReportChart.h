// The summary report as a grouped bar chart: the order statuses along the axis, one bar set (one
// colour, one legend entry) per district.
#pragma once

#include "json/SummaryReport.h"

#include <QChartView>
#include <QList>

class QBarSeries;
class QBarSet;

namespace okna {

class ReportChart : public QChartView
{
    Q_OBJECT

public:
    explicit ReportChart(QWidget *parent = nullptr);

    void setReport(const SummaryReport &report);
    QBarSeries *series() const { return m_series; }
    QList<QBarSet *> barSets() const;
    // The categories along the axis (status labels), in workflow order.
    QStringList categories() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString title();

    QBarSeries *m_series;
};

} // namespace okna
