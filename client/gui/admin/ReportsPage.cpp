#include "gui/admin/ReportsPage.h"

#include "core/ApiClient.h"
#include "core/BusinessTime.h"
#include "core/admin/BinaryDownload.h"
#include "core/admin/DisplayFormat.h"
#include "core/admin/RecordsModel.h"
#include "domain/OrderStatus.h"
#include "gui/admin/AdminPrompts.h"
#include "gui/admin/FieldErrors.h"
#include "gui/admin/ReportChart.h"
#include "json/Timestamp.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace okna {

namespace {

QStringList summaryHeaders()
{
    // Each call in the current language.
    QStringList headers{ReportsPage::tr("District"), ReportsPage::tr("Total")};
    for (const auto status : allOrderStatuses())
        headers.append(label(status));
    headers.append(ReportsPage::tr("Avg. completion"));
    return headers;
}

QList<RecordsModel::Cell> counterCells(const SummaryCounters &counters)
{
    QList<RecordsModel::Cell> cells;
    for (const qint64 value :
         {counters.total, counters.newCount, counters.assigned, counters.inProgress, counters.done, counters.refused})
        cells.append(RecordsModel::Cell(DisplayFormat::count(value), value));
    cells.append(RecordsModel::Cell(DisplayFormat::minutes(counters.avgCompletionMinutes),
                                    counters.avgCompletionMinutes.value_or(-1)));
    return cells;
}

QList<RecordsModel::Cell> masterCells(const MasterReportCounters &counters)
{
    return {{DisplayFormat::count(counters.done), counters.done},
            {DisplayFormat::count(counters.refused), counters.refused},
            {DisplayFormat::minutes(counters.avgWorkMinutes), counters.avgWorkMinutes.value_or(-1)},
            {DisplayFormat::minutes(double(counters.shiftMinutes)), counters.shiftMinutes}};
}

QTableView *reportTable(RecordsModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// The table of a model as HTML, for printing; the last row bold when it holds the totals.
QString htmlTable(const RecordsModel *model, bool totalsRow)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>");
    for (int c = 0; c < model->columnCount(); ++c)
        html += QStringLiteral("<th>") +
                model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toHtmlEscaped() +
                QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model->rowCount(); ++r) {
        const bool bold = totalsRow && r == model->rowCount() - 1;
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString align = c == 0 ? QStringLiteral("left") : QStringLiteral("right");
            QString text = model->text(r, c).toHtmlEscaped();
            if (bold)
                text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
            html += QStringLiteral("<td align='%1'>%2</td>").arg(align, text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

ReportsPage::ReportsPage(ApiClient *api, QWidget *parent)
    : AdminPage(api, parent)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_district(new QComboBox(this))
    , m_show(new QPushButton(this))
    , m_xlsx(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_preview(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_periodLabel(new QLabel(this))
    , m_summaryModel(new RecordsModel(summaryHeaders(), this))
    , m_mastersModel(new RecordsModel(QStringList(5, QString()), this))
    , m_summaryTable(reportTable(m_summaryModel, this))
    , m_mastersTable(reportTable(m_mastersModel, this))
    , m_chart(new ReportChart(this))
    , m_errors(new FieldErrors(this))
    , m_download(new BinaryDownload(api, this))
    , m_summaryBox(new QGroupBox(this))
    , m_mastersBox(new QGroupBox(this))
    , m_chartBox(new QGroupBox(this))
{
    for (const auto period : {Period::Today, Period::Week, Period::Month, Period::Custom})
        m_period->addItem(QString(), QVariant::fromValue(int(period)));
    const auto today = BusinessTime::today();
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    for (auto *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_district->addItem(QString(), 0);
    m_district->setMinimumContentsLength(16);
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_show->setDefault(true);
    auto *xlsxMenu = new QMenu(m_xlsx);
    m_xlsxSummary = xlsxMenu->addAction(QString(), this, [this] { saveWorkbook(Workbook::Summary); });
    m_xlsxMasters = xlsxMenu->addAction(QString(), this, [this] { saveWorkbook(Workbook::Masters); });
    m_xlsx->setMenu(xlsxMenu);

    auto *controls = new QHBoxLayout;
    auto addLabeled = [&](QWidget *input, const QString &field) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        auto *label = new QLabel(this);
        label->setBuddy(input);
        m_captions.insert(field, label);
        column->addWidget(label);
        column->addWidget(input);
        column->addWidget(m_errors->add(field, input));
        column->addStretch(1);
        controls->addLayout(column);
    };
    addLabeled(m_period, QStringLiteral("period"));
    addLabeled(m_from, QStringLiteral("from"));
    addLabeled(m_to, QStringLiteral("to"));
    addLabeled(m_district, QStringLiteral("location_id"));
    auto *buttonColumn = new QVBoxLayout;
    buttonColumn->addStretch(1);
    auto *buttons = new QHBoxLayout;
    for (auto *button : {m_show, m_xlsx, m_preview, m_print, m_pdf})
        buttons->addWidget(button);
    buttonColumn->addLayout(buttons);
    buttonColumn->addStretch(1);
    controls->addStretch(1);
    controls->addLayout(buttonColumn);

    QFont titleFont = m_periodLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSize(titleFont.pointSize() + 1);
    m_periodLabel->setFont(titleFont);

    (new QVBoxLayout(m_summaryBox))->addWidget(m_summaryTable);
    (new QVBoxLayout(m_mastersBox))->addWidget(m_mastersTable);
    (new QVBoxLayout(m_chartBox))->addWidget(m_chart);
    // Tables side by side, the chart below across the whole width so that every district's
    // name and every status label fits.
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_summaryBox, 3);
    tables->addWidget(m_mastersBox, 2);
    auto *body = new QVBoxLayout;
    body->addLayout(tables, 1);
    body->addWidget(m_chartBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_periodLabel);
    layout->addLayout(body, 1);
    layout->addWidget(statusLabel());

    for (auto *table : {m_summaryTable, m_mastersTable}) {
        auto *header = table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
    }

    for (auto *widget : std::initializer_list<QWidget *>{m_show, m_xlsx, m_print, m_preview, m_pdf})
        addActionWidget(widget);
    connect(m_show, &QPushButton::clicked, this, &ReportsPage::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateActions();
        reload();
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::saveAsPdf);
    retranslateUi();
    updateActions();
}

void ReportsPage::retranslateUi()
{
    m_summaryModel->setHeaders(summaryHeaders());
    m_mastersModel->setHeaders({tr("Master"), tr("Done"), tr("Refused"), tr("Avg. work time"), tr("Time on shift")});
    const QHash<int, QString> periods{{int(Period::Today), tr("Today")},
                                      {int(Period::Week), tr("This week")},
                                      {int(Period::Month), tr("This month")},
                                      {int(Period::Custom), tr("Custom dates")}};
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, periods.value(m_period->itemData(i).toInt()));
    for (auto *edit : {m_from, m_to})
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_district->setItemText(0, tr("All districts"));
    m_captions.value(QStringLiteral("period"))->setText(tr("P&eriod:"));
    m_captions.value(QStringLiteral("from"))->setText(tr("&From:"));
    m_captions.value(QStringLiteral("to"))->setText(tr("&To (inclusive):"));
    m_captions.value(QStringLiteral("location_id"))->setText(tr("Dist&rict:"));
    m_show->setText(tr("&Show"));
    m_xlsx->setText(tr("Save as &XLSX"));
    m_xlsxSummary->setText(tr("Summary by district…"));
    m_xlsxMasters->setText(tr("Masters…"));
    m_print->setText(tr("&Print…"));
    m_preview->setText(tr("Pre&view…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_summaryBox->setTitle(tr("Orders by district"));
    m_mastersBox->setTitle(tr("Masters"));
    m_chartBox->setTitle(tr("Chart"));
    if (m_loaded) {
        // Dates, totals and the chart's labels in the new language.
        showSummary();
        showMasters();
    }
}

QLabel *ReportsPage::fieldError(const QString &field) const
{
    return m_errors->label(field);
}

void ReportsPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void ReportsPage::setLocations(const QList<Location> &locations)
{
    const auto current = m_district->currentData().toLongLong();
    const QSignalBlocker blocker(m_district);
    m_district->clear();
    m_district->addItem(tr("All districts"), 0);
    for (const auto &location : locations) {
        m_district->addItem(location.active ? location.name : tr("%1 (deactivated)").arg(location.name), location.id);
    }
    m_district->setCurrentIndex(std::max(0, m_district->findData(current)));
}

void ReportsPage::updateActions()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (isBusy())
        return;
    for (auto *button : {m_xlsx, m_print, m_preview, m_pdf})
        button->setEnabled(m_loaded);
}

std::optional<QUrlQuery> ReportsPage::periodQuery()
{
    QUrlQuery query;
    switch (Period(m_period->currentData().toInt())) {
    case Period::Today:
        query.addQueryItem(QStringLiteral("period"), QStringLiteral("today"));
        break;
    case Period::Week:
        query.addQueryItem(QStringLiteral("period"), QStringLiteral("week"));
        break;
    case Period::Month:
        query.addQueryItem(QStringLiteral("period"), QStringLiteral("month"));
        break;
    case Period::Custom: {
        if (m_to->date() < m_from->date()) {
            m_errors->show(QStringLiteral("to"), tr("The last day is before the first."));
            return std::nullopt;
        }
        // Whole days in the business time zone, as the presets and the heading count them, whatever
        // this computer's zone; `to` is exclusive, so the day after the last.
        const QDateTime from = BusinessTime::startOfDay(m_from->date());
        const QDateTime to = BusinessTime::startOfDay(m_to->date().addDays(1));
        query.addQueryItem(QStringLiteral("period"), QStringLiteral("custom"));
        query.addQueryItem(QStringLiteral("from"), Timestamp::toString(from)); // ApiClient escapes the '+'
        query.addQueryItem(QStringLiteral("to"), Timestamp::toString(to));
        break;
    }
    }
    return query;
}

void ReportsPage::reload()
{
    m_errors->clear();
    auto query = periodQuery();
    if (!query)
        return;
    m_lastQuery = *query;
    auto summaryQuery = *query;
    if (const auto location = m_district->currentData().toLongLong(); location > 0)
        summaryQuery.addQueryItem(QStringLiteral("location_id"), QString::number(location));
    m_lastQuery = summaryQuery;
    m_waiting = 2;
    showMessage(tr("Loading the report…"));
    auto done = [this] {
        if (--m_waiting == 0) {
            updateActions();
            emit reportLoaded();
        }
    };
    beginRequest();
    api()->get(QStringLiteral("/reports/summary"), summaryQuery, this, [this, done](const Result<QJsonValue> &result) {
        auto report = result ? SummaryReport::fromJson(result->toObject()) : Result<SummaryReport>(result.error());
        if (report) {
            m_summary = std::move(report).value();
            m_loaded = true;
            showSummary();
            showMessage({});
        } else {
            m_errors->show(report.error());
            showFailure(tr("Cannot load the report"), report.error());
        }
        endRequest();
        done();
    });
    beginRequest();
    api()->get(QStringLiteral("/reports/masters"), *query, this, [this, done](const Result<QJsonValue> &result) {
        auto report = result ? MastersReport::fromJson(result->toObject()) : Result<MastersReport>(result.error());
        if (report) {
            m_masters = std::move(report).value();
            showMasters();
        } else {
            showFailure(tr("Cannot load the masters report"), report.error());
        }
        endRequest();
        done();
    });
}

void ReportsPage::showSummary()
{
    // `to` is exclusive: the last day shown is the one before it.
    const QLocale locale;
    const auto first = locale.toString(m_summary.from.date(), QLocale::ShortFormat);
    const auto last = locale.toString(m_summary.to.addMSecs(-1).date(), QLocale::ShortFormat);
    const auto district = m_district->currentIndex() > 0 ? m_district->currentText() : tr("all districts");
    m_periodLabel->setText(first == last ? tr("%1, %2").arg(first, district)
                                         : tr("%1 – %2, %3").arg(first, last, district));
    QList<RecordsModel::Row> rows;
    for (const auto &row : std::as_const(m_summary.rows))
        rows.append(
            RecordsModel::Row{row.locationId, QList{RecordsModel::Cell(row.location)} + counterCells(row.counters)});
    RecordsModel::Row totals{-1, QList{RecordsModel::Cell(tr("Total"))} + counterCells(m_summary.totals)};
    for (auto &cell : totals.cells)
        cell.bold = true;
    rows.append(totals);
    m_summaryModel->setRows(rows);
    m_chart->setReport(m_summary);
}

void ReportsPage::showMasters()
{
    QList<RecordsModel::Row> rows;
    for (const auto &row : std::as_const(m_masters.rows))
        rows.append(
            RecordsModel::Row{row.masterId, QList{RecordsModel::Cell(row.fullName)} + masterCells(row.counters)});
    RecordsModel::Row totals{-1, QList{RecordsModel::Cell(tr("Total"))} + masterCells(m_masters.totals)};
    for (auto &cell : totals.cells)
        cell.bold = true;
    rows.append(totals);
    m_mastersModel->setRows(rows);
}

void ReportsPage::saveWorkbook(Workbook workbook)
{
    if (!m_loaded)
        return;
    const bool summary = workbook == Workbook::Summary;
    const auto name = QStringLiteral("okna-%1-%2.xlsx")
                          .arg(summary ? QStringLiteral("summary") : QStringLiteral("masters"),
                               m_summary.from.date().toString(Qt::ISODate));
    const auto folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto fileName = AdminPrompts::instance().saveFileName(
        this, summary ? tr("Save the summary as XLSX") : tr("Save the masters report as XLSX"),
        QDir(folder).filePath(name), tr("Excel workbook (*.xlsx)"));
    if (fileName.isEmpty())
        return;
    auto query = m_lastQuery;
    if (!summary)
        query.removeAllQueryItems(QStringLiteral("location_id"));
    beginRequest();
    showMessage(tr("Downloading the workbook…"));
    m_download->get(
        summary ? QStringLiteral("/reports/summary.xlsx") : QStringLiteral("/reports/masters.xlsx"), query, this,
        [this, fileName](const Result<QByteArray> &result) {
            endRequest();
            if (!result) {
                showFailure(tr("Cannot download the workbook"), result.error());
                return;
            }
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly) || file.write(*result) != result->size() || !file.commit()) {
                showFailure(tr("Cannot save the workbook"), ApiError(ErrorCode::Internal, file.errorString()));
                return;
            }
            showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(fileName)));
            emit workbookSaved(fileName);
        });
}

QTextDocument *ReportsPage::createDocument(QObject *parent) const
{
    auto *document = new QTextDocument(parent);
    const QImage chart = m_chart->grab().toImage();
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("okna://chart.png")), chart);
    QString html = QStringLiteral("<h2>") + tr("Okna: orders report").toHtmlEscaped() + QStringLiteral("</h2><p>") +
                   m_periodLabel->text().toHtmlEscaped() + QStringLiteral("</p><h3>") +
                   tr("Orders by district").toHtmlEscaped() + QStringLiteral("</h3>") + htmlTable(m_summaryModel, true);
    if (!chart.isNull()) {
        const int width = std::min(chart.width(), 600);
        html += QStringLiteral("<p><img src='okna://chart.png' width='%1'></p>").arg(width);
    }
    html += QStringLiteral("<h3>") + tr("Masters").toHtmlEscaped() + QStringLiteral("</h3>") +
            htmlTable(m_mastersModel, true);
    html += QStringLiteral("<p><small>") +
            tr("Printed %1").arg(BusinessTime::format(QDateTime::currentDateTime())).toHtmlEscaped() +
            QStringLiteral("</small></p>");
    document->setHtml(html);
    return document;
}

void ReportsPage::render(QPrinter *printer) const
{
    QTextDocument *document = createDocument(nullptr);
    document->print(printer);
    delete document;
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    if (AdminPrompts::instance().setUpPrinter(this, &printer, tr("Print the report")))
        render(&printer);
}

void ReportsPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { render(target); });
    dialog.exec();
}

void ReportsPage::saveAsPdf()
{
    const auto folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto fileName = AdminPrompts::instance().saveFileName(
        this, tr("Save the report as PDF"),
        QDir(folder).filePath(QStringLiteral("okna-report-%1.pdf").arg(m_summary.from.date().toString(Qt::ISODate))),
        tr("PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    render(&printer);
    showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(fileName)));
}

} // namespace okna
