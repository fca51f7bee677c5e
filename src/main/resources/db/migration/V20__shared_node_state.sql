-- Issue 13: several nodes on one database. What a node used to keep in its own memory lives here, so that any node
-- may serve any request.

-- Sessions (Spring Session JDBC, its own schema for PostgreSQL; H2 reads BYTEA as binary varying): a sign-in to
-- Tasklist or to Kinerja's pages on one node is valid on every node, and outlives a node's restart.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- The survey's rate limit per client address (bucket4j's PostgreSQL store): one token bucket per address, locked
-- while a submission takes a token, so that the limit holds across the cluster. expires_at (epoch ms) lets expired
-- buckets be deleted. Unused on H2, where the buckets stay in the one node's memory.
create table survey_rate_bucket (
    id         varchar(64) not null primary key,
    state      bytea,
    expires_at bigint
);
create index ix_survey_rate_bucket_expires on survey_rate_bucket (expires_at);
