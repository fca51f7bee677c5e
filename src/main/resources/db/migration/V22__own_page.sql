-- "Kinerja saya" (/kinerja-saya) reads one employee's appraisals by their id; without this index that was a scan of
-- every appraisal (uk_appraisal_cycle_employee leads with the cycle). Portable SQL for PostgreSQL 15 and H2 2.x.
create index ix_appraisal_employee on appraisal (employee_id);
