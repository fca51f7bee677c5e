package org.kinerja.appraisal;

/**
 * What {@code Task_PrepareAppraisal} writes into the process: the appraisal's id, nothing else. Who the peers and the
 * supervisor are, how many peers and periods there are, and the cycle's deadlines are read from Kinerja's tables by
 * the BPMN expressions ({@link AppraisalAssignment}) and the task classes: every variable costs a row in the runtime
 * and two in history, for each employee.
 */
record PreparedAppraisal(long appraisalId) {
}
