package org.kinerja.appraisal;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.UnitMember;

/**
 * Picks the peers (rekan kerja) who rate an employee: active members of the same unit (only active ones are given), never the employee nor their
 * supervisor, as many as {@code count} when the unit has them. The choice is stable: ordered by a hash of the cycle,
 * the employee and the candidate, so a retried job or a re-run picks the same people, and each employee gets a
 * different mix.
 */
final class PeerSelector {

    private PeerSelector() {
    }

    static List<UnitMember> choose(long cycleId, EmployeeRef employee, List<UnitMember> unitMembers, int count) {
        // the hash once per candidate (computed inside the comparator it was two MD5s per comparison: 5 % of a start's CPU)
        record Keyed(UUID key, UnitMember member) {
        }
        return unitMembers.stream()
                .filter(c -> c.id() != employee.id() && !Objects.equals(c.id(), employee.supervisorId()))
                .map(c -> new Keyed(UUID.nameUUIDFromBytes((cycleId + ":" + employee.nip() + ":" + c.nip()).getBytes(StandardCharsets.UTF_8)), c))
                .sorted(Comparator.comparing(Keyed::key).thenComparing(k -> k.member().nip()))
                .limit(count)
                .map(Keyed::member)
                .toList();
    }
}
