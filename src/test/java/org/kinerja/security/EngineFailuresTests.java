package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.kinerja.shared.Rejection;

/** {@link EngineFailures#classify}: which engine failures are lost races (409) and which stay real errors (500). */
class EngineFailuresTests {

    @Test
    void shouldAnswerAForeignKeyViolationOfTheEngineRuntimeTablesAsAConflict() {
        // as PostgreSQL reported it when two peers of one employee submitted at once (WholeCycleBenchmark, 2,000 employees)
        SQLException violation = new SQLException("ERROR: update or delete on table \"act_ru_execution\" violates foreign key "
                + "constraint \"act_fk_exe_parent\" on table \"act_ru_execution\"", "23503");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 6 delete from ACT_RU_EXECUTION was aborted", "23503", 0,
                new int[0], violation);
        Rejection rejection = EngineFailures.classify(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.",
                batch));
        assertThat(rejection).isNotNull();
        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(rejection.getMessage()).contains("bertabrakan dengan permintaan lain");
    }

    @Test
    void shouldRecogniseTheRaceWhateverTheLanguageOfTheDatabaseServer() {
        SQLException violation = new SQLException("GALAT: update atau delete pada tabel \"act_ru_execution\" melanggar foreign key", "23503");
        Rejection rejection = EngineFailures.classify(new ProcessEnginePersistenceException("persistence", violation));
        assertThat(rejection).isNotNull();
        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }

    @Test
    void shouldLeaveAForeignKeyViolationOutsideTheEngineFlushARealError() {
        SQLException violation = new SQLException("ERROR: insert or update on table \"appraisal\" violates foreign key constraint "
                + "\"appraisal_employee_id_fkey\"", "23503");
        assertThat(EngineFailures.classify(new IllegalStateException("Kinerja", violation))).isNull();
    }
}
