/**
 * Scoring and rating of an appraisal: the work-result score (hasil kerja) from the indicators (IKI) of an SKP, the
 * behaviour score (perilaku kerja, BerAKHLAK) merged from supervisor, peers, self and citizens, and the ratings and
 * predikat derived from them.
 *
 * <p>The arithmetic ({@link org.kinerja.scoring.WorkResultScoring}, {@link org.kinerja.scoring.BehaviourScoring}) is
 * plain Java and exact: intermediate values are never rounded; each of the two final scores is rounded once, to the
 * two decimals shown to people, before it is rated. The ratings and the predikat matrix are the admin-editable
 * DMN decision tables under {@code processes/} ({@code work-result-rating.dmn}, {@code behaviour-rating.dmn},
 * {@code performance-predicate.dmn}), evaluated through {@link org.kinerja.scoring.RatingRules}, so an admin can
 * change them in Camunda Modeler and redeploy them without a Java change.
 *
 * <p>National rules (cited where they are applied): the seven BerAKHLAK core values and the predikat matrix of
 * PermenPANRB 6/2022. Product defaults: the achievement formula and its 120% cap, the rating thresholds, the merge
 * weights, the peer minimum and the citizen (IKM) term.
 */
@ApplicationModule(displayName = "Scoring and rating rules", allowedDependencies = {})
package org.kinerja.scoring;

import org.springframework.modulith.ApplicationModule;
