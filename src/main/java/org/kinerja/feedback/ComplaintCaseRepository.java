package org.kinerja.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintCaseRepository extends JpaRepository<ComplaintCase, Long> {
}
