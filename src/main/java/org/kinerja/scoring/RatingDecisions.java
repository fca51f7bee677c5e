package org.kinerja.scoring;

/** Keys and variable names of the rating decision tables under {@code processes/}, for Java code and BPMN models. */
final class RatingDecisions {

    /** {@code processes/work-result-rating.dmn}: input {@link #WORK_RESULT_SCORE}, output {@link #RATING}. */
    public static final String WORK_RESULT_RATING_KEY = "work-result-rating";
    /** {@code processes/behaviour-rating.dmn}: input {@link #BEHAVIOUR_SCORE}, output {@link #RATING}. */
    public static final String BEHAVIOUR_RATING_KEY = "behaviour-rating";
    /**
     * {@code processes/performance-predicate.dmn}: inputs {@link #WORK_RESULT_RATING} and {@link #BEHAVIOUR_RATING},
     * output {@link #PREDIKAT}.
     */
    public static final String PERFORMANCE_PREDICATE_KEY = "performance-predicate";

    /** Input: the rounded work-result score, a number 0–120. */
    public static final String WORK_RESULT_SCORE = "workResultScore";
    /** Input: the rounded behaviour score, a number 1–5. */
    public static final String BEHAVIOUR_SCORE = "behaviourScore";
    /** Input: a {@link Rating} name. */
    public static final String WORK_RESULT_RATING = "workResultRating";
    /** Input: a {@link Rating} name. */
    public static final String BEHAVIOUR_RATING = "behaviourRating";
    /** Output of the two rating tables: a {@link Rating} name. */
    public static final String RATING = "rating";
    /** Output of the predicate table: a {@link Predikat} name. */
    public static final String PREDIKAT = "predikat";

    private RatingDecisions() {
    }
}
