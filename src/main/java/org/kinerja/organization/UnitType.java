package org.kinerja.organization;

/** The levels of the unit tree. A secretariat counts as a BIDANG and a sub-division (subbagian) as a SEKSI. */
enum UnitType {
    INSTANSI(null),
    BIDANG(INSTANSI),
    SEKSI(BIDANG);

    private final UnitType parentType;

    UnitType(UnitType parentType) {
        this.parentType = parentType;
    }

    /** The type the parent must have, or null for the root of a tree. */
    public UnitType parentType() {
        return parentType;
    }
}
