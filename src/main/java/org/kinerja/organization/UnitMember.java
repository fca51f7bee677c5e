package org.kinerja.organization;

/** An active member of a unit, as far as choosing among colleagues needs: the id and the NIP. */
public record UnitMember(long id, String nip) {
}
