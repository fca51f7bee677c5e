-- The distribution bounds a calibration is held to, fixed when the distribution is proposed (from DMN
-- distribution-pattern): the board reads them, never the DMN, and a redeployment cannot change them mid-calibration.
create table calibration_bound (
    calibration_id bigint       not null references calibration (id),
    seq            int          not null,
    predikats      varchar(100) not null,
    kind           varchar(30)  not null,
    bound_value    numeric(7, 2) not null,
    primary key (calibration_id, seq),
    constraint ck_calibration_bound_kind check (kind in ('AT_MOST_PERCENT', 'AT_LEAST_PERCENT', 'AT_LEAST_EMPLOYEES'))
);
