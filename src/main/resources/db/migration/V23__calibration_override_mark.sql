-- The board marks a work rating the supervisor overrode (the score's rating was not the one given), with the reason:
-- copied from appraisal_result with the rest of the entry when the distribution is proposed.
alter table calibration_entry add column work_rating_overridden boolean default false not null;
alter table calibration_entry add column override_reason varchar(2000);
