// Reports: a period (today, this week, this month, custom dates) and a district; the summary per
// district and the masters' table, a bar chart, the server's XLSX workbooks saved to a file, and
// printing or a PDF of the whole report.
#pragma once

#include "gui/admin/AdminPage.h"
#include "json/Location.h"
#include "json/MastersReport.h"
#include "json/SummaryReport.h"

#include <QHash>
#include <QUrlQuery>

class QAction;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QPrinter;
class QPushButton;
class QTextDocument;

namespace okna {

class BinaryDownload;
class FieldErrors;
class ReportChart;

class ReportsPage : public AdminPage
{
    Q_OBJECT

public:
    enum class Period
    {
        Today,
        Week,
        Month,
        Custom,
    };
    enum class Workbook
    {
        Summary,
        Masters,
    };

    explicit ReportsPage(ApiClient *api, QWidget *parent = nullptr);

    QComboBox *periodCombo() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *districtCombo() const { return m_district; }
    QPushButton *showButton() const { return m_show; }
    RecordsModel *summaryModel() const { return m_summaryModel; }
    RecordsModel *mastersModel() const { return m_mastersModel; }
    ReportChart *chart() const { return m_chart; }
    QLabel *periodLabel() const { return m_periodLabel; }
    const SummaryReport &summary() const { return m_summary; }
    const MastersReport &masters() const { return m_masters; }
    bool hasReport() const { return m_loaded; }
    QLabel *fieldError(const QString &field) const;

    void setPeriod(Period period);
    // The whole report as a printable document (tables and the chart).
    QTextDocument *createDocument(QObject *parent) const;

public slots:
    void reload() override;
    void setLocations(const QList<okna::Location> &locations);
    void saveWorkbook(okna::ReportsPage::Workbook workbook);
    void print();
    void printPreview();
    void saveAsPdf();

signals:
    // After both tables arrived (or one failed).
    void reportLoaded();
    void workbookSaved(const QString &fileName);

protected:
    void updateActions() override;
    void retranslateUi() override;

private:
    std::optional<QUrlQuery> periodQuery();
    void showSummary();
    void showMasters();
    void render(QPrinter *printer) const;

    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_district;
    QPushButton *m_show;
    QPushButton *m_xlsx;
    QPushButton *m_print;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QLabel *m_periodLabel;
    RecordsModel *m_summaryModel;
    RecordsModel *m_mastersModel;
    QTableView *m_summaryTable;
    QTableView *m_mastersTable;
    ReportChart *m_chart;
    FieldErrors *m_errors;
    BinaryDownload *m_download;
    QAction *m_xlsxSummary;
    QAction *m_xlsxMasters;
    QHash<QString, QLabel *> m_captions; // field -> the label above it
    QGroupBox *m_summaryBox;
    QGroupBox *m_mastersBox;
    QGroupBox *m_chartBox;
    SummaryReport m_summary;
    MastersReport m_masters;
    QUrlQuery m_lastQuery;
    bool m_loaded = false;
    int m_waiting = 0;
};

} // namespace okna
