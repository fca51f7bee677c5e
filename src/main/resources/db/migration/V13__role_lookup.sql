-- The holders of a role (HR admins, the calibration committee) are looked up by role, not by loading every employee.
create index ix_org_employee_role_role on org_employee_role (role, employee_id);
