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
        return unitMembers.stream()
                .filter(c -> c.id() != employee.id() && !Objects.equals(c.id(), employee.supervisorId()))
                .sorted(Comparator.comparing((UnitMember c) -> UUID.nameUUIDFromBytes(
                        (cycleId + ":" + employee.nip() + ":" + c.nip()).getBytes(StandardCharsets.UTF_8))).thenComparing(UnitMember::nip))
                .limit(count)
                .toList();
    }
}
