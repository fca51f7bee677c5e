package org.kinerja.web;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Camunda wraps any exception a task listener or delegate throws into a generic {@link ProcessEngineException}, which
 * its REST APIs (and so Tasklist) answer with HTTP 500. Kinerja's server-side validation throws
 * {@link NotValidException} with a Bahasa Indonesia message; this outermost command interceptor hands it back as the
 * {@link FormFieldValidationException} the REST API answers with 400 ("Cannot submit task form …: message"), with the
 * same message. The transaction is rolled back as before.
 */
@Component
class ValidationErrorUnwrapping extends AbstractCamundaConfiguration {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(0, new Unwrapper());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static final class Unwrapper extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                NotValidException invalid = find(e);
                if (invalid == null) {
                    throw e;
                }
                throw new FormFieldValidationException("kinerja", invalid.getMessage(), invalid);
            }
        }

        private static NotValidException find(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof NotValidException notValid) {
                    return notValid;
                }
            }
            return null;
        }
    }
}
