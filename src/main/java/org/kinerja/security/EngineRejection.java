package org.kinerja.security;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.kinerja.shared.Rejection;

/**
 * A {@link Rejection} as the process engine carries it: a {@link BadUserRequestException}, so that the engine logs it
 * as one debug line instead of an error with a stack trace, rolls the command back, and the Java API's callers catch
 * it as Camunda's "bad request". Its message is the Indonesian message alone.
 */
class EngineRejection extends BadUserRequestException {

    private final transient Rejection rejection;

    EngineRejection(Rejection rejection) {
        super(rejection.getMessage(), rejection);
        this.rejection = rejection;
    }

    public Rejection.Kind kind() {
        return rejection.kind();
    }

    public List<String> problems() {
        return rejection.problems();
    }

    Rejection rejection() {
        return rejection;
    }
}
