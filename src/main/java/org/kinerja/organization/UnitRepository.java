package org.kinerja.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

    List<Unit> findAllByOrderByCodeAsc();

    java.util.Optional<Unit> findByCode(String code);
}
