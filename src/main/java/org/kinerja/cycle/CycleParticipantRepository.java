package org.kinerja.cycle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CycleParticipantRepository extends JpaRepository<CycleParticipant, CycleParticipant.Key> {

    /** Participants {@code from} (inclusive) to {@code to} (exclusive) by their sequence number. */
    @Query("select p from CycleParticipant p where p.key.cycleId = :cycleId and p.key.seq >= :from and p.key.seq < :to order by p.key.seq")
    List<CycleParticipant> findBatch(long cycleId, int from, int to);
}
