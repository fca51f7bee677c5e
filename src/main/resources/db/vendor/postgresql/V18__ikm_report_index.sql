-- HR's IKM report sums the survey responses of each period (year, quarter or month) per unit, all periods in one
-- statement (IkmReportService). This index holds the service time with every column the report reads, so each period
-- is read from the index alone (an index-only scan of its range), however many years the table holds
-- (IkmReportAtScaleBenchmark: 1,000,000 responses in the year).
create index ix_survey_response_served on survey_response (served_at)
    include (unit_id, a1, a2, a3, a4, a5, a6, a7, a8, a9);
