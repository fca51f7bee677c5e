package org.kinerja.security;

/** The admin password is missing or too weak for a non-demo start. */
class AdminPasswordException extends IllegalStateException {

    AdminPasswordException(String message) {
        super(message);
    }
}
