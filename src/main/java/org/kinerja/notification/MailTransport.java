package org.kinerja.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * SMTP for a batch: one connection for all its messages, which Spring's {@code JavaMailSender.send(MimeMessage)} does
 * not offer per message (it connects for each call, and its send of many reports only after the last one). The server,
 * account and session properties are Spring Boot's {@code spring.mail.*}, read from its {@link JavaMailSenderImpl} at
 * each connection. Another {@link JavaMailSender} (none in Kinerja) is used one message at a time.
 */
@Component
class MailTransport {

    private final JavaMailSender sender;

    MailTransport(JavaMailSender sender) {
        this.sender = sender;
    }

    Connection open() {
        return new Connection();
    }

    /** The server could not be reached or refused the login: no message of the batch can go now. */
    static final class ConnectionFailure extends Exception {
        ConnectionFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A connection, opened at the first message, closed by {@link #close()}. Not thread-safe: one per job. */
    final class Connection implements AutoCloseable {

        private Transport transport;
        private boolean connected;

        /**
         * Sends one message; it was accepted by the server when this returns.
         *
         * @throws ConnectionFailure when no connection could be made (nothing was sent)
         * @throws MessagingException when the server refused the message, or the connection broke during it; the next
         *     message gets a new connection
         */
        void send(MimeMessage message) throws MessagingException, ConnectionFailure {
            if (!(sender instanceof JavaMailSenderImpl impl)) {
                sendAlone(message);
                return;
            }
            if (!connected) {
                connect(impl);
            }
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges();
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                // Angus checks the connection with a NOOP; only after a failure, not before each message.
                connected = stillConnected();
                throw e;
            }
        }

        private void connect(JavaMailSenderImpl impl) throws ConnectionFailure {
            closeQuietly();
            String protocol = impl.getProtocol() != null ? impl.getProtocol()
                    : impl.getSession().getProperty("mail.transport.protocol") != null
                            ? impl.getSession().getProperty("mail.transport.protocol") : "smtp";
            String username = impl.getUsername();
            String password = impl.getPassword();
            if ("".equals(username)) {
                username = null;
                password = "".equals(password) ? null : password;
            }
            try {
                transport = impl.getSession().getTransport(protocol);
                transport.connect(impl.getHost(), impl.getPort(), username, password);
                connected = true;
            } catch (MessagingException | RuntimeException e) {
                closeQuietly();
                throw new ConnectionFailure("Server email " + impl.getHost() + ":" + impl.getPort() + " tidak dapat dihubungi: " + e, e);
            }
        }

        private boolean stillConnected() {
            try {
                return transport != null && transport.isConnected();
            } catch (RuntimeException e) {
                return false;
            }
        }

        private void sendAlone(MimeMessage message) throws MessagingException, ConnectionFailure {
            try {
                sender.send(message);
            } catch (MailAuthenticationException e) {
                throw new ConnectionFailure("Server email menolak login: " + e.getMessage(), e);
            } catch (MailSendException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("Mail server connection failed")) {
                    throw new ConnectionFailure("Server email tidak dapat dihubungi: " + e.getMessage(), e);
                }
                throw new MessagingException(e.getMessage(), e);
            } catch (MailException e) {
                throw new MessagingException(e.getMessage(), e);
            }
        }

        private void closeQuietly() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException | RuntimeException e) {
                    // closing a broken connection: nothing to do
                }
            }
            transport = null;
            connected = false;
        }

        @Override
        public void close() {
            closeQuietly();
        }
    }
}
