package org.kinerja.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates that connect the cycle with its per-employee processes ({@link CycleChildren}):
 * <ul>
 * <li>{@code startAppraisalsDelegate}, {@code startOutcomesDelegate}: one batch of {@code Task_StartAppraisals} and
 * {@code Task_StartOutcomes} each;</li>
 * <li>{@code appraisalConcludedDelegate}, {@code outcomeConcludedDelegate}: the message end events of
 * {@code EmployeeAppraisalProcess} and {@code AppraisalOutcomeProcess}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CycleChildDelegates {

    static final String APPRAISAL_PROCESS = "EmployeeAppraisalProcess";
    static final String OUTCOME_PROCESS = "AppraisalOutcomeProcess";

    @Bean
    JavaDelegate startAppraisalsDelegate(CycleChildren children) {
        return execution -> children.startBatch(execution, APPRAISAL_PROCESS);
    }

    @Bean
    JavaDelegate startOutcomesDelegate(CycleChildren children) {
        return execution -> children.startBatch(execution, OUTCOME_PROCESS);
    }

    @Bean
    JavaDelegate appraisalConcludedDelegate(CycleChildren children) {
        return (DelegateExecution execution) -> children.concluded(execution, CycleProgress.Phase.APPRAISAL,
                AppraisalCycleProcess.MESSAGE_APPRAISALS_CONCLUDED);
    }

    @Bean
    JavaDelegate outcomeConcludedDelegate(CycleChildren children) {
        return (DelegateExecution execution) -> children.concluded(execution, CycleProgress.Phase.OUTCOME,
                AppraisalCycleProcess.MESSAGE_OUTCOMES_CONCLUDED);
    }
}
