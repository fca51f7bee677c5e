-- "Tim saya" shows an acting official (Plt/Plh) the open appraisals they are in charge of; without this index that was a
-- scan of every appraisal of every cycle per page view. Portable SQL for PostgreSQL 15 and H2 2.x.
create index ix_appraisal_acting_supervisor on appraisal (acting_supervisor_id);
