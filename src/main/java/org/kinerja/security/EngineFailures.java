package org.kinerja.security;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.kinerja.shared.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns every expected failure of an engine command into a {@link Rejection} with an Indonesian message and the right
 * HTTP status, whichever way the command came (Camunda REST, Tasklist, the Java API):
 *
 * <ul>
 *   <li>Kinerja's own refusals ({@link Rejection}, and the older {@link NotValidException} / form validation);</li>
 *   <li>races: an optimistic-locking failure, a task claimed by someone else a moment earlier, a unique constraint
 *       hit by a parallel request (409);</li>
 *   <li>something that does not exist (404), a suspended process (409), a missing permission (403), a malformed request
 *       (400).</li>
 * </ul>
 *
 * Two interceptors do it: {@link #inner()} inside the command context, so that the engine logs a rejection as one debug
 * line and not as an error with a stack trace; {@link #outer()} outside the transaction, for what fails at commit (a
 * unique constraint in a parallel request). The outermost command of an HTTP request records the rejection for
 * {@link EngineErrorAnswers}, which answers with it. Anything else stays what it is: a real error (500).
 */
final class EngineFailures {

    private static final Logger log = LoggerFactory.getLogger(EngineFailures.class);

    private EngineFailures() {
    }

    static CommandInterceptor inner() {
        return new Translating(false);
    }

    static CommandInterceptor outer(ProcessEngineConfigurationImpl configuration) {
        Translating outer = new Translating(true);
        outer.configuration = configuration;
        return outer;
    }

    private static final class Translating extends CommandInterceptor {

        private final boolean outermost;
        private ProcessEngineConfigurationImpl configuration;

        Translating(boolean outermost) {
            this.outermost = outermost;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (outermost) {
                EngineErrorAnswers.enterCommand();
            }
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                Rejection rejection = classify(e);
                if (rejection == null) {
                    throw e;
                }
                if (outermost && rejection.kind() == Rejection.Kind.FORBIDDEN && finishedMeanwhile(command)) {
                    // A parallel request completed the task (and the engine removed its grants) between our reading it
                    // and checking the permission: that is a lost race, not a missing right.
                    rejection = Rejection.conflict("Tugas ini baru saja diselesaikan oleh permintaan lain.");
                }
                if (outermost && EngineErrorAnswers.leavingOutermostCommand()) {
                    EngineErrorAnswers.record(rejection);
                    log.info("Ditolak ({}): {}: {}", rejection.kind().status(), command.getClass().getSimpleName(), rejection.getMessage());
                }
                // Kinerja's own refusals become the engine's "bad request"; the engine's own exceptions keep their type,
                // which the job executor and the REST API rely on (e.g. optimistic locking is retried).
                // A duplicate key from a parallel request is a lost race, expected too (no optimistic-locking retry needed).
                throw (isKinerjaRefusal(e) || isDuplicate(e)) && !(e instanceof EngineRejection) ? new EngineRejection(rejection) : e;
            } finally {
                if (outermost) {
                    EngineErrorAnswers.leaveCommand();
                }
            }
        }

        /** Whether the task a task command names has been finished by now (read in a new transaction). */
        private boolean finishedMeanwhile(Command<?> command) {
            if (configuration == null || !(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                    || command instanceof ClaimTaskCmd)) {
                return false;
            }
            String taskId = EngineCommandGuard.read(command, "taskId");
            try {
                return Boolean.TRUE.equals(configuration.getCommandExecutorTxRequiresNew().execute(context -> {
                    if (taskId == null || context.getTaskManager().findTaskById(taskId) != null) {
                        return false;
                    }
                    HistoricTaskInstanceEntity done = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
                    return done != null && done.getEndTime() != null;
                }));
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    private static boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataIntegrityViolationException || t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKinerjaRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Rejection || t instanceof NotValidException || t instanceof FormFieldValidationException) {
                return true;
            }
        }
        return false;
    }

    /** The rejection a failure means, or null for a real error. */
    static Rejection classify(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 30; t = t.getCause() == t ? null : t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof EngineRejection engine) {
                return engine.rejection();
            }
            if (t instanceof Rejection rejection) {
                return rejection;
            }
        }
        for (Throwable t : chain) {
            if (t instanceof NotValidException || t instanceof FormFieldValidationException) {
                return Rejection.invalid(message(t));
            }
            if (t instanceof TaskAlreadyClaimedException) {
                return Rejection.conflict("Tugas ini sudah diambil oleh orang lain.");
            }
            if (t instanceof OptimisticLockingException) {
                return Rejection.conflict("Data ini baru saja diubah oleh permintaan lain. Muat ulang, lalu coba lagi bila masih perlu.");
            }
            if (t instanceof ConcurrencyFailureException || t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || "55P03".equals(sql.getSQLState()))) {
                // a deadlock, a serialization failure or a lock timeout between parallel requests
                return Rejection.conflict("Permintaan ini bertabrakan dengan permintaan lain pada saat yang sama. Muat ulang, lalu coba lagi bila masih perlu.");
            }
            if (t instanceof DataIntegrityViolationException || t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return Rejection.conflict("Data yang sama sudah tersimpan oleh permintaan lain (mungkin terkirim dua kali). Muat ulang, lalu periksa.");
            }
            if (isEngineForeignKeyRace(t, chain)) {
                return Rejection.conflict("Permintaan ini bertabrakan dengan permintaan lain pada saat yang sama. Muat ulang, lalu coba lagi bila masih perlu.");
            }
            if (t instanceof SuspendedEntityInteractionException) {
                return Rejection.conflict("Proses ini sedang ditangguhkan; tindakan ini belum dapat dilakukan.");
            }
            if (t instanceof AuthorizationException) {
                return Rejection.forbidden("Anda tidak berwenang untuk tindakan ini.");
            }
            if (t instanceof NotFoundException || (t instanceof NullValueException || t instanceof BadUserRequestException) && isNotFound(t)) {
                return Rejection.notFound(notFoundMessage(t));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof BadUserRequestException || t instanceof NullValueException) {
                return Rejection.invalid("Permintaan tidak sah: " + t.getMessage());
            }
        }
        return null;
    }

    /**
     * A foreign key of one of the engine's runtime tables violated: two requests changed the same process instance at
     * once, e.g. two peers of one employee submitting together, where one removes the executions of the peer
     * multi-instance while the other still refers to them ({@code WholeCycleBenchmark}, 2,000 employees: "update or
     * delete on table act_ru_execution violates foreign key constraint act_fk_exe_parent"). Camunda turns such a
     * violation into its optimistic-locking failure only when inserting or updating, not when deleting; the
     * transaction is rolled back whole either way, so it is the same lost race, and sending again is safe. Told apart
     * by the engine's own persistence failure around it (the engine flushes only its own tables; Kinerja's tables are
     * written through Spring, whose exceptions are classified above), not by the database's message, which depends on
     * the server's language.
     */
    private static boolean isEngineForeignKeyRace(Throwable t, List<Throwable> chain) {
        return t instanceof SQLException sql && "23503".equals(sql.getSQLState())
                && chain.stream().anyMatch(c -> c instanceof ProcessEnginePersistenceException);
    }

    private static String message(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? "Isian tidak sah." : message;
    }

    private static boolean isNotFound(Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("cannot find") || message.contains("not found") || message.contains("does not exist")
                || message.contains("no ") && message.contains(" found");
    }

    private static String notFoundMessage(Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("task")) {
            return "Tugas tidak ditemukan.";
        }
        if (message.contains("job")) {
            return "Job tidak ditemukan.";
        }
        if (message.contains("process definition") || message.contains("processdefinition")) {
            return "Definisi proses tidak ditemukan.";
        }
        if (message.contains("process instance") || message.contains("execution")) {
            return "Proses tidak ditemukan.";
        }
        if (message.contains("deployment")) {
            return "Deployment tidak ditemukan.";
        }
        return "Data yang diminta tidak ditemukan.";
    }
}
