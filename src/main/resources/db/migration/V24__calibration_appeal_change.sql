-- A predikat changed on appeal after publication (keberatan, decided by the Atasan Pejabat Penilai): the calibration's
-- frozen rows and its decision stay as published; this records the change, once per employee and calibration, for the
-- board's mark and the decision's addendum "Perubahan setelah keberatan".
create table calibration_appeal_change (
    calibration_id bigint not null references calibration (id),
    employee_id    bigint not null,
    from_predikat  varchar(20) not null,
    to_predikat    varchar(20) not null,
    reason         varchar(2000) not null,
    decided_by     varchar(64) not null,
    decided_at     timestamp(6) with time zone not null,
    primary key (calibration_id, employee_id)
);
