package org.kinerja.appraisal;

import java.util.List;

/** What {@code Task_PrepareAppraisal} writes into the process: ids and the settings the timers and loops read. */
record PreparedAppraisal(long appraisalId, String employeeNip, String supervisorNip, List<String> peerNips,
        int progressPeriodCount, String reminderDelay, String escalationDelay) {
}
