-- Issue 12, reading at scale. The calibration board pages through the rows by rank, on the whole calibration or one
-- unit, so a page reads its own rows only (the chart and the bounds come from one aggregate query).
create index ix_calibration_entry_rank on calibration_entry (calibration_id, ranking);
create index ix_calibration_entry_unit on calibration_entry (calibration_id, unit_id, ranking);

-- The decision document is no longer stored as a PDF at publication: it is rendered on each download, streamed from
-- the frozen rows. What it says besides the rows is frozen here at publication: the organisation's name, the date of
-- the decision and the committee signing it. Calibrations published before keep their stored PDF.
alter table calibration_decision alter column pdf drop not null;
alter table calibration_decision add column organisation_name varchar(200);
alter table calibration_decision add column decided_on date;

create table calibration_decision_member (
    calibration_id bigint       not null references calibration_decision (calibration_id),
    seq            int          not null,
    nip            varchar(18)  not null,
    name           varchar(200) not null,
    primary key (calibration_id, seq)
);
