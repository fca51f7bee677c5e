package org.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.UnitMember;

class PeerSelectorTests {

    private static final long CYCLE = 7;

    private final List<UnitMember> unit = IntStream.rangeClosed(1, 40).mapToObj(i -> new UnitMember(i, "1990010120100100%02d".formatted(i)))
            .toList();
    private final EmployeeRef employee = new EmployeeRef(5, unit.get(4).nip(), "Pegawai Lima", null, "Analis", 1, 1, "SEK-A", "Seksi A",
            9L, true);

    @Test
    void shouldPickTheCandidatesWithTheSmallestHashOfCycleEmployeeAndCandidate() {
        // the rule as documented, written out the slow way: a candidate's key is the name-based UUID of "cycle:employee:candidate"
        List<UnitMember> expected = new ArrayList<>(unit.stream().filter(c -> c.id() != 5 && c.id() != 9).toList());
        expected.sort((a, b) -> {
            int byKey = key(a).compareTo(key(b));
            return byKey != 0 ? byKey : a.nip().compareTo(b.nip());
        });

        List<UnitMember> chosen = PeerSelector.choose(CYCLE, employee, unit, 6);

        assertThat(chosen).containsExactlyElementsOf(expected.subList(0, 6));
        assertThat(chosen).extracting(UnitMember::id).doesNotContain(5L, 9L);
    }

    @Test
    void shouldChooseTheSamePeersWhateverTheOrderTheUnitIsReadIn() {
        List<UnitMember> shuffled = new ArrayList<>(unit);
        Collections.shuffle(shuffled, new Random(20261129));

        assertThat(PeerSelector.choose(CYCLE, employee, shuffled, 6)).containsExactlyElementsOf(PeerSelector.choose(CYCLE, employee, unit, 6));
        assertThat(PeerSelector.choose(CYCLE + 1, employee, unit, 6)).as("another cycle, another mix")
                .isNotEqualTo(PeerSelector.choose(CYCLE, employee, unit, 6));
    }

    @Test
    void shouldGiveEveryoneTheUnitHasWhenItHasFewerThanAsked() {
        List<UnitMember> small = unit.subList(0, 4); // ids 1–4, the employee (5) and the supervisor (9) not among them

        assertThat(PeerSelector.choose(CYCLE, employee, small, 6)).containsExactlyInAnyOrderElementsOf(small);
    }

    private UUID key(UnitMember candidate) {
        return UUID.nameUUIDFromBytes((CYCLE + ":" + employee.nip() + ":" + candidate.nip()).getBytes(StandardCharsets.UTF_8));
    }
}
