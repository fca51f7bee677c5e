package org.kinerja.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

interface CycleParticipantRepository extends JpaRepository<CycleParticipant, CycleParticipant.Key> {
}
