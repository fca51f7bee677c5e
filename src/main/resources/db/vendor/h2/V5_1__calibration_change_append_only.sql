-- H2 (the zero-setup demo database) has no SQL triggers; the audit trail is append-only there through the application
-- alone (an immutable entity, no update or delete path). PostgreSQL, the production database, also enforces it in the
-- database: see db/vendor/postgresql/V5_1__calibration_change_append_only.sql.
select 1;
