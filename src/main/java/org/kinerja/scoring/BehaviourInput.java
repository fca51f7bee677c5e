package org.kinerja.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the behaviour score of one employee is computed from. Every map rates all seven
 * {@link BerakhlakValue}s from 1 to 5 (checked here; {@link IllegalArgumentException} in Bahasa Indonesia otherwise).
 *
 * @param supervisor the supervisor's ratings
 * @param peers      one map per peer who answered (possibly none)
 * @param self       the employee's self-assessment
 * @param citizen    the employee's individual IKM, when there is one
 */
public record BehaviourInput(Map<BerakhlakValue, Integer> supervisor, List<Map<BerakhlakValue, Integer>> peers,
        Map<BerakhlakValue, Integer> self, Optional<CitizenSatisfaction> citizen) {

    private static final int LOWEST = 1;
    private static final int HIGHEST = 5;

    public BehaviourInput {
        check(supervisor, "Penilaian atasan");
        if (peers == null) {
            throw new IllegalArgumentException("Daftar penilaian rekan kerja wajib ada (boleh kosong)");
        }
        for (int i = 0; i < peers.size(); i++) {
            check(peers.get(i), "Penilaian rekan kerja ke-" + (i + 1));
        }
        check(self, "Penilaian diri sendiri");
        if (citizen == null) {
            throw new IllegalArgumentException("Nilai masyarakat wajib berupa Optional (kosong bila tidak ada)");
        }
        supervisor = Map.copyOf(supervisor);
        peers = peers.stream().map(Map::copyOf).toList();
        self = Map.copyOf(self);
    }

    private static void check(Map<BerakhlakValue, Integer> ratings, String who) {
        if (ratings == null) {
            throw new IllegalArgumentException(who + " wajib diisi");
        }
        for (BerakhlakValue value : BerakhlakValue.values()) {
            Integer rating = ratings.get(value);
            if (rating == null) {
                throw new IllegalArgumentException(who + " belum lengkap: nilai " + value.label() + " belum diisi");
            }
            if (rating < LOWEST || rating > HIGHEST) {
                throw new IllegalArgumentException(who + ": nilai " + value.label() + " harus antara " + LOWEST + " dan "
                        + HIGHEST + " (tertulis: " + rating + ")");
            }
        }
    }
}
