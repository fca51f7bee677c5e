package org.kinerja.notification;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What the notifications need of the process engine: starting one {@code MailDeliveryProcess} for an outbox row, and
 * the name and address of a Camunda user who is not an employee (e.g. the technical admin). Both without the caller's
 * authorizations: a Tasklist user who claims a task may not start processes or read accounts, yet is notified.
 */
@Component
class MailEngine {

    /** A Camunda user's display name and address, as stored in Camunda's identity tables. */
    record CamundaUser(String name, String email) {
    }

    private final ProcessEngine engine;

    MailEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    void startDelivery(long mailId) {
        withoutAuthorization(() -> engine.getRuntimeService().createProcessInstanceByKey(MailDeliveryProcess.PROCESS_ID)
                .businessKey(Long.toString(mailId)).setVariable(MailDeliveryProcess.VAR_MAIL_ID, mailId).execute());
    }

    Optional<CamundaUser> user(String userId) {
        User user = withoutAuthorization(() -> engine.getIdentityService().createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return Optional.empty();
        }
        String full = ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return Optional.of(new CamundaUser(full.isEmpty() ? null : full, user.getEmail()));
    }

    private <T> T withoutAuthorization(Callable<T> call) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(call));
    }
}
