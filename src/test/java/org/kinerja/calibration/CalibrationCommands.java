package org.kinerja.calibration;

import org.springframework.context.ApplicationContext;

/**
 * The calibration commands, which are internal to the module, for a benchmark in another package that sets up a
 * calibration without driving the processes: propose, finalise, publish, and the board's aggregate query.
 */
public final class CalibrationCommands {

    private CalibrationCommands() {
    }

    /** {@code Task_ProposeDistribution}; returns the number of employees proposed. */
    public static int propose(ApplicationContext context, long cycleId) {
        return context.getBean(ProposeDistribution.class).propose(cycleId).rows().size();
    }

    /** {@code Task_CalibrateResults} completed by a committee member. */
    public static void finalise(ApplicationContext context, long cycleId, String committeeMember) {
        context.getBean(FinaliseCalibration.class).finalise(cycleId, committeeMember);
    }

    /** {@code Task_PublishResults}. */
    public static void publish(ApplicationContext context, long cycleId) {
        context.getBean(PublishCalibration.class).publish(cycleId);
    }

    /** The board's one aggregate query (employees per final and proposed predikat); returns the total. */
    public static int aggregate(ApplicationContext context, long calibrationId) {
        return context.getBean(CalibrationQueries.class).distribution(calibrationId).total();
    }
}
