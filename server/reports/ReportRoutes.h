#pragma once

namespace okna::server {

class ReportService;
class Router;

// GET /reports/summary, /reports/masters and their .xlsx workbooks (coordinator, admin).
void registerReportRoutes(Router &router, ReportService &reports);

} // namespace okna::server
