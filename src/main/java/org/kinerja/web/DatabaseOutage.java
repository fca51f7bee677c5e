package org.kinerja.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means that the database cannot be reached (an outage, a restart), which the client should answer
 * with "try again shortly" (503), not with a server error. Anything else is not an outage.
 */
final class DatabaseOutage {

    static final String TITLE = "Layanan sementara tidak tersedia";
    static final String DETAIL = "Basis data tidak dapat dihubungi saat ini. Tidak ada yang disimpan dari permintaan ini; "
            + "silakan coba lagi beberapa saat lagi.";
    /** Seconds a client should wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (PostgreSQL and H2 alike)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
