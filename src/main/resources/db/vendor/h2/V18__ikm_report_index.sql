-- HR's IKM report sums the survey responses of each period per unit (IkmReportService). H2 (the demo database) has no
-- INCLUDE columns: the service time alone bounds each period's range. PostgreSQL's index also covers the answers
-- (db/vendor/postgresql).
create index ix_survey_response_served on survey_response (served_at);
