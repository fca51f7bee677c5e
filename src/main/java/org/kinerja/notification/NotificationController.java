package org.kinerja.notification;

import java.security.Principal;
import java.util.List;
import org.kinerja.shared.Rejection;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in person's own notifications, newest first. Nobody reads someone else's. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationRepository notifications;

    NotificationController(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<NotificationView> mine(Principal principal) {
        return notifications.findTop100ByRecipientIdOrderByCreatedAtDesc(principal.getName()).stream().map(NotificationView::of).toList();
    }

    @PostMapping("/{id}/read")
    @Transactional
    NotificationView markRead(@PathVariable long id, Principal principal) {
        Notification n = notifications.findByIdAndRecipientId(id, principal.getName())
                .orElseThrow(() -> Rejection.notFound("Notifikasi tidak ditemukan."));
        n.markRead();
        return NotificationView.of(n);
    }
}
