package org.kinerja.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    List<Notification> findTop100ByRecipientIdOrderByCreatedAtDesc(String recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtAsc(String recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(String recipientId, Limit limit);

    Optional<Notification> findByIdAndRecipientId(Long id, String recipientId);
}
