package org.kinerja.organization;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Serialises the organisation imports of this node. A second upload while one runs is refused (409), not queued:
 * the HR admin sees at once that someone else is importing.
 */
@Component
class ImportLock {

    private final ReentrantLock lock = new ReentrantLock();

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
}
