-- HR's IKM report reads one year of survey responses in one statement (IkmReportService): per period and unit, the
-- number of responses and the sums of the nine answers. This index holds the service time with every column the
-- report reads, so PostgreSQL reads only the year's entries, from the index alone (an index-only scan), however many
-- years the table holds (IkmReportAtScaleBenchmark: 1,000,000 responses in the year).
create index ix_survey_response_served on survey_response (served_at)
    include (unit_id, a1, a2, a3, a4, a5, a6, a7, a8, a9);
