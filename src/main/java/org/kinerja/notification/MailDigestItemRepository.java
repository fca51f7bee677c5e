package org.kinerja.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailDigestItemRepository extends JpaRepository<MailDigestItem, Long> {

    /** The next recipients (by id, after {@code after}) with an assignment up to the cutoff. */
    @Query("select distinct i.recipientId from MailDigestItem i where i.recipientId > :after and i.createdAt <= :cutoff "
            + "order by i.recipientId")
    List<String> recipientsAfter(String after, Instant cutoff, Limit limit);

    List<MailDigestItem> findByRecipientIdInAndCreatedAtLessThanEqual(Collection<String> recipientIds, Instant cutoff);

    boolean existsByCreatedAtLessThanEqual(Instant cutoff);

    List<MailDigestItem> findByRecipientId(String recipientId);

    @Modifying
    @Query("delete from MailDigestItem i where i.id in :ids")
    int deleteByIds(Collection<Long> ids);
}
