-- HR's IKM report reads one year of survey responses in one statement (IkmReportService). H2 (the demo database) has
-- no INCLUDE columns: the service time alone bounds the report to its year. PostgreSQL's index also covers the
-- answers (db/vendor/postgresql).
create index ix_survey_response_served on survey_response (served_at);
