package org.kinerja.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** Per task assignment: a JPQL string, which Hibernate plans once (a derived query is translated on every call). */
    @Query("select count(n) > 0 from Notification n where n.dedupeKey = :dedupeKey")
    boolean existsByDedupeKey(String dedupeKey);

    List<Notification> findTop100ByRecipientIdOrderByCreatedAtDesc(String recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtAsc(String recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(String recipientId, Limit limit);

    Optional<Notification> findByIdAndRecipientId(Long id, String recipientId);
}
