package org.kinerja.organization;

/** A read-only view of a unit for the other modules. */
public record UnitRef(long id, String code, String name, UnitType type, Long parentId) {

    static UnitRef of(Unit u) {
        return new UnitRef(u.getId(), u.getCode(), u.getName(), u.getType(), u.getParent() == null ? null : u.getParent().getId());
    }
}
