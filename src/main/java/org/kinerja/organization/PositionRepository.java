package org.kinerja.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface PositionRepository extends JpaRepository<Position, Long> {

    java.util.Optional<Position> findByName(String name);
}
