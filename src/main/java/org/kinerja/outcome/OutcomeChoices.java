package org.kinerja.outcome;

/** The choices the outcome forms offer, as the forms' option values. */
final class OutcomeChoices {

    private OutcomeChoices() {
    }

    /** {@code Task_ViewResult}: accept the result, or object to it (keberatan). */
    enum ResultAnswer {
        ACKNOWLEDGE, APPEAL
    }

    /** {@code Task_DecideAppeal}: the predikat stands, or is changed. */
    enum AppealVerdict {
        UPHOLD, CHANGE
    }

    /** {@code Task_ReviewCoachingProgress}: enough, or more coaching needed. */
    enum CoachingProgress {
        MEMADAI, PERLU_LANJUTAN
    }

    /** {@code Task_ReviewSanction}: HR's decision (PP 94/2021 on discipline; PP 30/2019 Pasal 56). */
    enum SanctionDecision {
        TIDAK_ADA_SANKSI, TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS, HUKUMAN_DISIPLIN_SEDANG, HUKUMAN_DISIPLIN_BERAT
    }
}
