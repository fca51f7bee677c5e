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
import java.util.Set;
import java.util.stream.Collectors;
import org.kinerja.shared.IndonesianFormat;
import org.kinerja.task.HumanTask;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** The two human tasks of calibration in {@code AppraisalCycleProcess}, one class each. */
final class CalibrationTasks {

    static final String VAR_CYCLE_NAME = "cycleName";
    static final String VAR_PARTICIPANT_SUMMARY = "participantSummary";
    static final String VAR_ORGANISATION_RATING_LABEL = "organisationRatingLabel";

    private CalibrationTasks() {
    }

    /** {@code Task_SetOrganisationRating}: the head of the organisation (or HR for them) sets its rating and basis. */
    @Component
    static class SetOrganisationRating implements HumanTask {

        private final CalibrationQueries queries;
        private final RateOrganisation rating;

        SetOrganisationRating(CalibrationQueries queries, RateOrganisation rating) {
            this.queries = queries;
            this.rating = rating;
        }

        @Override
        public String taskId() {
            return TASK_SET_ORGANISATION_RATING;
        }

        @Override
        public Set<String> fields() {
            return Set.of(VAR_ORGANISATION_RATING, VAR_RATING_BASIS);
        }

        @Override
        public Map<String, Object> context(TaskScope task) {
            long cycleId = task.id(VAR_CYCLE_ID);
            rating.ensure(cycleId);
            CalibrationQueries.Board board = queries.overview(cycleId);
            Map<String, Object> local = new HashMap<>();
            local.put(VAR_CYCLE_NAME, IndonesianFormat.cycleName(board.cycleName(), board.year()));
            local.put(VAR_PARTICIPANT_SUMMARY, String.valueOf(queries.mergedCount(cycleId)));
            local.put(VAR_ORGANISATION_RATING, null);
            local.put(VAR_RATING_BASIS, null);
            return local;
        }

        @Override
        public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
            long cycleId = task.id(VAR_CYCLE_ID);
            rating.requireHolder(cycleId, actor);
            OrganisationRating chosen = OrganisationRating.parse(form.raw(VAR_ORGANISATION_RATING));
            if (chosen == null) {
                form.problem("Pilih predikat kinerja organisasi: ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG atau SANGAT_KURANG.");
            }
            String basis = form.text(VAR_RATING_BASIS, "Dasar penetapan predikat organisasi", RateOrganisation.MIN_BASIS, 4000, true);
            form.check("Predikat organisasi");
            rating.rate(cycleId, chosen, basis, actor);
            return Map.of();
        }
    }

    /** {@code Task_CalibrateResults}: the committee confirms a final distribution within the bounds of the curve. */
    @Component
    static class CalibrateResults implements HumanTask {

        private final CalibrationQueries queries;
        private final FinaliseCalibration finalisation;

        CalibrateResults(CalibrationQueries queries, FinaliseCalibration finalisation) {
            this.queries = queries;
            this.finalisation = finalisation;
        }

        @Override
        public String taskId() {
            return TASK_CALIBRATE_RESULTS;
        }

        @Override
        public Set<String> fields() {
            return Set.of(VAR_CALIBRATION_CONFIRMED);
        }

        @Override
        public Map<String, Object> context(TaskScope task) {
            long cycleId = task.id(VAR_CYCLE_ID);
            CalibrationQueries.Board board = queries.overview(cycleId);
            Map<String, Object> local = new HashMap<>();
            local.put(VAR_CYCLE_NAME, IndonesianFormat.cycleName(board.cycleName(), board.year()));
            local.put(VAR_ORGANISATION_RATING_LABEL, board.organisationRating().label());
            local.put(VAR_BOARD_URL, "/kalibrasi/" + cycleId);
            local.put(VAR_CALIBRATION_SUMMARY, summary(board));
            local.put(VAR_CALIBRATION_CONFIRMED, null);
            return local;
        }

        @Override
        public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
            long cycleId = task.id(VAR_CYCLE_ID);
            if (!form.ticked(VAR_CALIBRATION_CONFIRMED)) {
                form.problem("Centang pernyataan bahwa tim telah meninjau dan menetapkan hasil kalibrasi.");
            }
            form.check("Hasil kalibrasi");
            finalisation.finalise(cycleId, actor);
            return Map.of();
        }
    }

    static String summary(CalibrationQueries.Board board) {
        String counts = board.counts().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String bounds = board.violations().isEmpty() ? "Distribusi usulan memenuhi semua batas."
                : "Batas yang belum terpenuhi: " + board.violations().stream().map(BoundViolation::message).collect(Collectors.joining("; ")) + ".";
        return board.total() + " pegawai. Usulan: " + counts + ". " + board.moved() + " pegawai diusulkan turun dari predikat matriks. "
                + bounds;
    }
}
