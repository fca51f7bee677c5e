package org.kinerja.notification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailOutboxRepository extends JpaRepository<MailOutbox, Long> {

    Optional<MailOutbox> findByDedupeKey(String dedupeKey);
}
