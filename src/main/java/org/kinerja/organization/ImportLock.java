package org.kinerja.organization;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises the organisation imports of the whole cluster. A second upload while one runs is refused (409), not
 * queued: the HR admin sees at once that someone else is importing. On this node a lock in memory refuses at once; across
 * nodes, the import's transaction takes the row lock {@code cluster_lock 'organisation-import'} without waiting
 * ({@link #acrossNodes()}), so an import running on another node refuses this one too.
 */
@Component
class ImportLock {

    static final String NAME = "organisation-import";
    private static final String LOCK = "select name from cluster_lock where name = '" + NAME + "' for update nowait";

    private final ReentrantLock lock = new ReentrantLock();
    private final JdbcTemplate jdbc;

    ImportLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    <T> T exclusively(Supplier<T> work) {
        if (!lock.tryLock()) {
            throw new ImportInProgressException();
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Inside the import's transaction, first: the cluster-wide lock, held until the transaction ends.
     *
     * @throws ImportInProgressException when another node's import holds it
     */
    void acrossNodes() {
        try {
            jdbc.queryForList(LOCK, String.class);
        } catch (PessimisticLockingFailureException | QueryTimeoutException busy) {
            // PostgreSQL: lock_not_available (55P03); H2: "Timeout trying to lock table" (50200)
            throw new ImportInProgressException();
        }
    }
}
