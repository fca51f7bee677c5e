package org.kinerja.organization;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings Camunda's users and groups in line with the organisation at every start (idempotent). */
@Component
@Order(StartupOrder.IDENTITY_SYNC)
class IdentitySyncOnStartup implements ApplicationRunner {

    private final IdentitySync sync;

    IdentitySyncOnStartup(IdentitySync sync) {
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        sync.sync();
    }
}
