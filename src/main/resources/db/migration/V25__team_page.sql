-- "Tim saya" (/tim-saya) reads the latest cycle of each of a supervisor's direct reports; the participant table's keys
-- lead with the cycle or the year, so without this index that was a scan of every cycle's participants. Portable SQL
-- for PostgreSQL 15 and H2 2.x.
create index ix_cycle_participant_employee on cycle_participant (employee_id, cycle_year);
