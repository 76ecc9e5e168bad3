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
const QString summarySheet = QStringLiteral("Сводка");
const QString summaryTitle = QStringLiteral("Сводка по районам за %1 (%2)");
const QList<QString> summaryHeaders = {QStringLiteral("Район"),        QStringLiteral("Всего"),
                                       QStringLiteral("Не назначена"), QStringLiteral("Назначена"),
                                       QStringLiteral("В работе"),     QStringLiteral("Исполнена"),
                                       QStringLiteral("Отказ"),        QStringLiteral("Среднее время исполнения, мин")};
const QString mastersSheet = QStringLiteral("Мастера");
const QString mastersTitle = QStringLiteral("Отчёт по мастерам за %1 (%2)");
const QList<QString> mastersHeaders = {QStringLiteral("Мастер"), QStringLiteral("Исполнено"), QStringLiteral("Отказы"),
                                       QStringLiteral("Среднее время работы, мин"), QStringLiteral("На смене, мин")};
const QString totals = QStringLiteral("Итого");
} // namespace russian

QString periodText(const QDateTime &from, const QDateTime &to)
{
    const QDate last = to.addMSecs(-1).date();
    if (last == from.date())
        return from.date().toString(QStringLiteral("dd.MM.yyyy"));
    return QStringLiteral("%1 – %2").arg(from.date().toString(QStringLiteral("dd.MM.yyyy")),
                                         last.toString(QStringLiteral("dd.MM.yyyy")));
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

void writeRow(lxw_worksheet *sheet, lxw_row_t row, const QList<QVariant> &cells, lxw_format *text, lxw_format *numbers)
{
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QVariant &cell = cells.at(column);
        const auto col = lxw_col_t(column);
        switch (cell.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Double:
            worksheet_write_number(sheet, row, col, cell.toDouble(), numbers);
            break;
        case QMetaType::QString:
            worksheet_write_string(sheet, row, col, cell.toString().toUtf8().constData(), text);
            break;
        default:
            worksheet_write_blank(sheet, row, col, numbers);
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

        lxw_format *titleFormat = workbook_add_format(workbook.get());
        format_set_bold(titleFormat);
        format_set_font_size(titleFormat, 13);
        lxw_format *header = workbook_add_format(workbook.get());
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bottom(header, LXW_BORDER_THIN);
        lxw_format *text = workbook_add_format(workbook.get());
        lxw_format *numbers = workbook_add_format(workbook.get());
        format_set_num_format(numbers, "0.##");
        lxw_format *totalText = workbook_add_format(workbook.get());
        format_set_bold(totalText);
        format_set_top(totalText, LXW_BORDER_THIN);
        lxw_format *totalNumbers = workbook_add_format(workbook.get());
        format_set_bold(totalNumbers);
        format_set_top(totalNumbers, LXW_BORDER_THIN);
        format_set_num_format(totalNumbers, "0.##");

        worksheet_write_string(ws, 0, 0, sheet.title.toUtf8().constData(), titleFormat);
        for (qsizetype column = 0; column < sheet.headers.size(); ++column) {
            worksheet_write_string(ws, 1, lxw_col_t(column), sheet.headers.at(column).toUtf8().constData(), header);
            worksheet_set_column(ws, lxw_col_t(column), lxw_col_t(column), sheet.widths.value(column, 14), nullptr);
        }
        worksheet_set_row(ws, 1, 32, nullptr);
        worksheet_freeze_panes(ws, 2, 0); // title and header stay in view
        lxw_row_t row = 2;
        for (const auto &cells : sheet.rows)
            writeRow(ws, row++, cells, text, numbers);
        writeRow(ws, row, sheet.totals, totalText, totalNumbers);

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
    sheet.name = russian::summarySheet;
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
    sheet.name = russian::mastersSheet;
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
