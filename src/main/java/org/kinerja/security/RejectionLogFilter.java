package org.kinerja.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * A refused request is expected, not an error: {@link EngineFailures} logs it as one line. Camunda's REST API would log
 * it a second time, as a warning with the whole stack trace (about 190 lines), because it answers most refusals of a
 * task submission with 500 before {@link EngineErrorAnswers} corrects the status. This drops exactly those warnings,
 * for requests whose command was refused; real errors are logged as before.
 */
@Component
class RejectionLogFilter extends TurboFilter implements ApplicationListener<ApplicationStartedEvent> {

    static final String CAMUNDA_REST_EXCEPTIONS = "org.camunda.bpm.engine.rest.exception";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        return logger != null && CAMUNDA_REST_EXCEPTIONS.equals(logger.getName()) && EngineErrorAnswers.rejectionRecorded()
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && !context.getTurboFilterList().contains(this)) {
            context.addTurboFilter(this);
        }
    }
}
