package org.kinerja.notification;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ComposeDigest} of {@code MailDigestProcess}: the digest of the day in the business key (ISO date). */
@Component("mailDigestDelegate")
class MailDigestDelegate implements JavaDelegate {

    private final MailDigest digest;

    MailDigestDelegate(MailDigest digest) {
        this.digest = digest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        digest.compose(LocalDate.parse(execution.getProcessBusinessKey()));
    }
}
