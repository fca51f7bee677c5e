-- Issue 12: the cycle no longer calls 10,000 appraisals as one multi-instance call activity (each child's completion
-- read every sibling execution and every waiting job of the cycle: quadratic). It starts them in batches and waits
-- for one message, sent by the appraisal (or outcome) that concludes last. This row counts what is still open; a
-- participant's row records that its appraisal and its outcome have been counted, so a retried end counts once.
create table cycle_progress (
    cycle_id        bigint  not null primary key references appraisal_cycle (id),
    appraisals_open integer not null,
    outcomes_open   integer not null,
    constraint ck_cycle_progress_appraisals check (appraisals_open >= 0),
    constraint ck_cycle_progress_outcomes check (outcomes_open >= 0)
);
insert into cycle_progress (cycle_id, appraisals_open, outcomes_open)
    select id, participant_count, participant_count from appraisal_cycle;

alter table cycle_participant add column appraisal_concluded_at timestamp;
alter table cycle_participant add column outcome_concluded_at timestamp;
