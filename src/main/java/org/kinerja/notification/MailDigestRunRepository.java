package org.kinerja.notification;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailDigestRunRepository extends JpaRepository<MailDigestRun, LocalDate> {
}
