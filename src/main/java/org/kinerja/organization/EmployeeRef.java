package org.kinerja.organization;

/** A read-only view of an employee for the other modules. */
public record EmployeeRef(long id, String nip, String name, String email, String positionName, long positionId,
        long unitId, String unitCode, String unitName, Long supervisorId, boolean active) {

    static EmployeeRef of(Employee e) {
        return new EmployeeRef(e.getId(), e.getNip(), e.getName(), e.getEmail(), e.getPosition().getName(),
                e.getPosition().getId(), e.getUnit().getId(), e.getUnit().getCode(), e.getUnit().getName(),
                e.getSupervisor() == null ? null : e.getSupervisor().getId(), e.isActive());
    }
}
