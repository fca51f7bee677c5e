package org.kinerja.appraisal;

enum AppraisalStatus {
    DRAFTING, AWAITING_APPROVAL, REPORTING, SELF_ASSESSED, IN_REVIEW, SCORED
}
