package org.kinerja.calibration;

import static org.kinerja.cycle.AppraisalCycleProcess.TASK_CALIBRATE_RESULTS;
import static org.kinerja.cycle.AppraisalCycleProcess.TASK_SET_ORGANISATION_RATING;
import static org.kinerja.cycle.AppraisalCycleProcess.VAR_BOARD_URL;
import static org.kinerja.cycle.AppraisalCycleProcess.VAR_CALIBRATION_CONFIRMED;
import static org.kinerja.cycle.AppraisalCycleProcess.VAR_CALIBRATION_SUMMARY;
import static org.kinerja.cycle.AppraisalCycleProcess.VAR_CYCLE_ID;
import static org.kinerja.cycle.AppraisalCycleProcess.VAR_ORGANISATION_RATING;
import static org.kinerja.cycle.AppraisalCycleProcess.VAR_RATING_BASIS;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.kinerja.task.TaskActor;
import org.springframework.stereotype.Component;

/**
 * The task listener of the two calibration user tasks of {@code AppraisalCycleProcess} ({@code ${calibrationTaskListener}},
 * on create and complete). On create it puts the form's context and empty input fields into task-local variables; on
 * complete it validates on the server and refuses with a clear message: the organisation rating and its basis, and, for
 * the committee, a final distribution within the bounds of the curve.
 */
@Component
class CalibrationTaskListener implements TaskListener {

    static final String VAR_CYCLE_NAME = "cycleName";
    static final String VAR_PARTICIPANT_SUMMARY = "participantSummary";
    static final String VAR_ORGANISATION_RATING_LABEL = "organisationRatingLabel";

    private final CalibrationService calibrations;

    CalibrationTaskListener(CalibrationService calibrations) {
        this.calibrations = calibrations;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = ((Number) task.getVariable(VAR_CYCLE_ID)).longValue();
        String key = task.getTaskDefinitionKey();
        boolean create = EVENTNAME_CREATE.equals(task.getEventName());
        if (!create && !EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        switch (key) {
            case TASK_SET_ORGANISATION_RATING -> {
                if (create) {
                    calibrations.ensure(cycleId);
                    CalibrationService.Board board = calibrations.board(cycleId);
                    Map<String, Object> local = new HashMap<>();
                    local.put(VAR_CYCLE_NAME, board.cycleName() + " (" + board.year() + ")");
                    local.put(VAR_PARTICIPANT_SUMMARY, String.valueOf(calibrations.mergedCount(cycleId)));
                    local.put(VAR_ORGANISATION_RATING, null);
                    local.put(VAR_RATING_BASIS, null);
                    task.setVariablesLocal(local);
                } else {
                    calibrations.setOrganisationRating(cycleId, task.getVariableLocal(VAR_ORGANISATION_RATING),
                            task.getVariableLocal(VAR_RATING_BASIS), actor(task));
                }
            }
            case TASK_CALIBRATE_RESULTS -> {
                if (create) {
                    CalibrationService.Board board = calibrations.board(cycleId);
                    Map<String, Object> local = new HashMap<>();
                    local.put(VAR_CYCLE_NAME, board.cycleName() + " (" + board.year() + ")");
                    local.put(VAR_ORGANISATION_RATING_LABEL, board.organisationRating().label());
                    local.put(VAR_BOARD_URL, "/kalibrasi/" + cycleId);
                    local.put(VAR_CALIBRATION_SUMMARY, summary(board));
                    local.put(VAR_CALIBRATION_CONFIRMED, null);
                    task.setVariablesLocal(local);
                } else {
                    if (!Boolean.TRUE.equals(task.getVariableLocal(VAR_CALIBRATION_CONFIRMED))) {
                        throw new NotValidException("Centang pernyataan bahwa tim telah meninjau dan menetapkan hasil kalibrasi.");
                    }
                    calibrations.finalise(cycleId, actor(task));
                }
            }
            default -> throw new IllegalStateException("Tugas tanpa penanganan kalibrasi: " + key);
        }
    }

    static String summary(CalibrationService.Board board) {
        String counts = board.counts().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        long moved = board.rows().stream().filter(r -> r.proposedPredikat() != r.matrixPredikat()).count();
        String bounds = board.violations().isEmpty() ? "Distribusi usulan memenuhi semua batas."
                : "Batas yang belum terpenuhi: " + board.violations().stream().map(BoundViolation::message).collect(Collectors.joining("; ")) + ".";
        return board.rows().size() + " pegawai. Usulan: " + counts + ". " + moved + " pegawai diusulkan turun dari predikat matriks. "
                + bounds;
    }

    private static String actor(DelegateTask task) {
        return TaskActor.of(task);
    }
}
