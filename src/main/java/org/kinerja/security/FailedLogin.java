package org.kinerja.security;

import java.time.Instant;

/**
 * One failed login, as stored (append-only, never with the attempted password) and listed to admins.
 *
 * @param failedAt when
 * @param account the login (NIP or user name) that was tried, whether or not such an account exists
 * @param address the client address ({@code lokal} for a check outside any HTTP request)
 * @param channel where: {@code engine-rest}, {@code api}, {@code masuk}, {@code tasklist} (or another webapp's name),
 *        {@code webapp}, {@code java} or {@code lain}
 * @param accountFailures failures of this account from this address in the current window, this one included
 * @param addressFailures failures from this address, whatever the account, in the current window, this one included
 */
record FailedLogin(Instant failedAt, String account, String address, String channel, int accountFailures,
        int addressFailures) {
}
