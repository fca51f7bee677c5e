/**
 * Notifications to people: stored in-app now (readable at {@code GET /api/notifications}); email joins later behind
 * the same {@link org.kinerja.notification.NotificationService}. Every notification has a deduplication key, so a
 * retried job never notifies twice.
 */
package org.kinerja.notification;
