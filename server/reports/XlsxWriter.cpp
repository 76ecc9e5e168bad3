#include "reports/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryFile>
#include <QTimeZone>

#include <xlsxwriter.h>

#include <memory>

Q_LOGGING_CATEGORY(lcXlsx, "okna.server.reports.xlsx")

namespace okna::server {

namespace {

// The people who read these workbooks read Russian, whatever language the server logs in, so the
// sheet texts are Russian literals kept together here rather than run-time translations.
namespace russian {
const QString summarySheet = QStringLiteral("Сводка %1");
const QString summaryTitle = QStringLiteral("Сводка по районам за %1 (%2)");
const QList<QString> summaryHeaders = {QStringLiteral("Район"),        QStringLiteral("Всего"),
                                       QStringLiteral("Не назначена"), QStringLiteral("Назначена"),
                                       QStringLiteral("В работе"),     QStringLiteral("Исполнена"),
                                       QStringLiteral("Отказ"),        QStringLiteral("Среднее время исполнения, мин")};
const QString mastersSheet = QStringLiteral("Мастера %1");
const QString mastersTitle = QStringLiteral("Отчёт по мастерам за %1 (%2)");
const QList<QString> mastersHeaders = {QStringLiteral("Мастер"), QStringLiteral("Исполнено"), QStringLiteral("Отказы"),
                                       QStringLiteral("Среднее время работы, мин"), QStringLiteral("На смене, мин")};
const QString totals = QStringLiteral("Итого");
} // namespace russian

// "01.11.2026 – 30.11.2026", or one date for a one-day period; `dash` joins the two dates.
QString periodText(const QDateTime &from, const QDateTime &to, const QString &dash = QStringLiteral(" – "))
{
    const QDate last = to.addMSecs(-1).date();
    if (last == from.date())
        return from.date().toString(QStringLiteral("dd.MM.yyyy"));
    return from.date().toString(QStringLiteral("dd.MM.yyyy")) + dash + last.toString(QStringLiteral("dd.MM.yyyy"));
}

// A sheet name with the period: the dates without spaces around the dash, so that "Мастера" and a
// month still fit Excel's 31 characters.
QString sheetName(const QString &pattern, const QDateTime &from, const QDateTime &to)
{
    return pattern.arg(periodText(from, to, QStringLiteral("–"))).left(31);
}

// The page header's text: '&' starts a code there, so a literal one is doubled; bold, centred;
// Excel takes at most 255 characters.
QByteArray printHeader(const QString &title)
{
    QString text = title.left(200);
    text.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return "&C&\"-,Bold\"" + text.toUtf8();
}

QVariant number(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QList<QVariant> summaryCells(const QString &label, const SummaryCounters &c)
{
    return {label, c.total, c.newCount, c.assigned, c.inProgress, c.done, c.refused, number(c.avgCompletionMinutes)};
}

QList<QVariant> masterCells(const QString &label, const MasterReportCounters &c)
{
    return {label, c.done, c.refused, number(c.avgWorkMinutes), c.shiftMinutes};
}

struct WorkbookCloser
{
    void operator()(lxw_workbook *workbook) const
    {
        if (workbook)
            workbook_close(workbook);
    }
};

// Counters show as whole numbers, averages with two decimals; the cell holds the number either way.
struct RowFormats
{
    lxw_format *text = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *decimal = nullptr;
};

RowFormats rowFormats(lxw_workbook *workbook, bool totals)
{
    RowFormats formats{workbook_add_format(workbook), workbook_add_format(workbook), workbook_add_format(workbook)};
    format_set_num_format(formats.integer, "0");
    format_set_num_format(formats.decimal, "0.00");
    if (totals) {
        for (lxw_format *format : {formats.text, formats.integer, formats.decimal}) {
            format_set_bold(format);
            format_set_top(format, LXW_BORDER_THIN);
        }
    }
    return formats;
}

void writeRow(lxw_worksheet *sheet, lxw_row_t row, const QList<QVariant> &cells, const RowFormats &formats)
{
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QVariant &cell = cells.at(column);
        const auto col = lxw_col_t(column);
        switch (cell.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
            worksheet_write_number(sheet, row, col, cell.toDouble(), formats.integer);
            break;
        case QMetaType::Double:
            worksheet_write_number(sheet, row, col, cell.toDouble(), formats.decimal);
            break;
        case QMetaType::QString:
            worksheet_write_string(sheet, row, col, cell.toString().toUtf8().constData(), formats.text);
            break;
        default: // no value, e.g. an average over no orders
            worksheet_write_blank(sheet, row, col, formats.text);
            break;
        }
    }
}

} // namespace

Result<QByteArray> XlsxWriter::write(const Sheet &sheet)
{
    QTemporaryFile file(QStringLiteral("%1/okna-report-XXXXXX.xlsx").arg(QDir::tempPath()));
    if (!file.open())
        return ApiError(ErrorCode::Internal, QStringLiteral("cannot create a temporary file for the workbook"));
    file.close(); // libxlsxwriter writes the path itself; the QTemporaryFile removes it at the end

    const QByteArray path = file.fileName().toLocal8Bit();
    {
        std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new(path.constData()));
        if (!workbook)
            return ApiError(ErrorCode::Internal, QStringLiteral("cannot start the workbook"));
        lxw_worksheet *ws = workbook_add_worksheet(workbook.get(), sheet.name.toUtf8().constData());
        if (!ws)
            return ApiError(ErrorCode::Internal, QStringLiteral("cannot add the sheet \"%1\"").arg(sheet.name));

        // libxlsxwriter copies the texts; its fields are char * only by age.
        QByteArray title = sheet.title.toUtf8();
        QByteArray company = QByteArrayLiteral("Okna");
        lxw_doc_properties properties{};
        properties.title = title.data();
        properties.subject = title.data();
        properties.company = company.data();
        workbook_set_properties(workbook.get(), &properties);

        lxw_format *header = workbook_add_format(workbook.get());
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bottom(header, LXW_BORDER_THIN);
        const RowFormats body = rowFormats(workbook.get(), false);
        const RowFormats totals = rowFormats(workbook.get(), true);

        for (qsizetype column = 0; column < sheet.headers.size(); ++column) {
            worksheet_write_string(ws, 0, lxw_col_t(column), sheet.headers.at(column).toUtf8().constData(), header);
            worksheet_set_column(ws, lxw_col_t(column), lxw_col_t(column), sheet.widths.value(column, 14), nullptr);
        }
        worksheet_set_row(ws, 0, 32, nullptr);
        worksheet_freeze_panes(ws, 1, 0); // the header stays in view
        // Printed: landscape, one page wide, the title on top of every page and the column header
        // repeated under it.
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, 0, 0);
        if (worksheet_set_header(ws, printHeader(sheet.title).constData()) != LXW_NO_ERROR)
            qCWarning(lcXlsx) << "the page header was refused:" << sheet.title;
        lxw_row_t row = 1;
        for (const auto &cells : sheet.rows)
            writeRow(ws, row++, cells, body);
        writeRow(ws, row, sheet.totals, totals);

        const lxw_error closed = workbook_close(workbook.release());
        if (closed != LXW_NO_ERROR) {
            qCWarning(lcXlsx) << "workbook_close failed:" << lxw_strerror(closed);
            return ApiError(ErrorCode::Internal, QStringLiteral("cannot write the workbook"));
        }
    }
    QFile written(file.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return ApiError(ErrorCode::Internal, QStringLiteral("cannot read the workbook back"));
    return written.readAll();
}

Result<QByteArray> XlsxWriter::summary(const SummaryReport &report)
{
    Sheet sheet;
    sheet.name = sheetName(russian::summarySheet, report.from, report.to);
    sheet.title =
        russian::summaryTitle.arg(periodText(report.from, report.to), QString::fromLatin1(report.from.timeZone().id()));
    sheet.headers = russian::summaryHeaders;
    sheet.widths = {26, 10, 14, 12, 12, 12, 10, 18};
    for (const SummaryRow &row : report.rows)
        sheet.rows.append(summaryCells(row.location, row.counters));
    sheet.totals = summaryCells(russian::totals, report.totals);
    return write(sheet);
}

Result<QByteArray> XlsxWriter::masters(const MastersReport &report)
{
    Sheet sheet;
    sheet.name = sheetName(russian::mastersSheet, report.from, report.to);
    sheet.title =
        russian::mastersTitle.arg(periodText(report.from, report.to), QString::fromLatin1(report.from.timeZone().id()));
    sheet.headers = russian::mastersHeaders;
    sheet.widths = {32, 12, 10, 16, 14};
    for (const MasterReportRow &row : report.rows)
        sheet.rows.append(masterCells(row.fullName, row.counters));
    sheet.totals = masterCells(russian::totals, report.totals);
    return write(sheet);
}

} // namespace okna::server
