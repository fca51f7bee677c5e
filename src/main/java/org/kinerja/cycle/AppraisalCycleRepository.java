package org.kinerja.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalCycleRepository extends JpaRepository<AppraisalCycle, Long> {

    List<AppraisalCycle> findByYear(int year);

    Optional<AppraisalCycle> findByProcessInstanceId(String processInstanceId);
}
