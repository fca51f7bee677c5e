package org.kinerja.appraisal;

/**
 * What {@code Task_PrepareAppraisal} writes into the process: ids and the settings the timers and loops read. Who the
 * peers and the supervisor are stays in Kinerja's tables ({@link AppraisalAssignment}); the process knows only how
 * many peers there are.
 */
record PreparedAppraisal(long appraisalId, String employeeNip, int peerCount, int progressPeriodCount, String reminderDelay,
        String escalationDelay) {
}
