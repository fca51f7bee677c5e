-- The calibration audit trail cannot be edited: the database itself refuses UPDATE, DELETE and TRUNCATE.
create function kinerja_refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'Jejak audit kalibrasi tidak boleh diubah atau dihapus (%).', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger calibration_change_append_only
    before update or delete on calibration_change
    for each row execute function kinerja_refuse_audit_change();

create trigger calibration_change_no_truncate
    before truncate on calibration_change
    for each statement execute function kinerja_refuse_audit_change();
