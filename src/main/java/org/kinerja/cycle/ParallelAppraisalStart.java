package org.kinerja.cycle;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncBeforeMessageJobDeclaration;
import org.camunda.bpm.engine.impl.jobexecutor.MessageJobDeclaration;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * The batch start jobs of {@code Task_StartAppraisals} and {@code Task_StartOutcomes} (async before each instance)
 * are not exclusive, so the job executor spreads them over its threads and locks each only while it runs; the
 * per-instance async-after jobs, which update the multi-instance counters when a batch is started, stay exclusive.
 * The same holds for the call activities of cycles started before issue 12.
 *
 * <p>Why: exclusive jobs of one process instance are all locked by the thread that acquires them, for
 * {@code lock-time-in-millis}. With 10,000 employees the starts ran one after another on one thread, the locks expired
 * after 5 minutes and other threads ran the same jobs again (measured by {@code CycleStartBenchmark}: thousands of
 * optimistic-locking failures, when each employee's start was a job of the cycle). {@code camunda:exclusive="false"} on the multi-instance would also make the async-after
 * jobs non-exclusive, and simultaneous completions would then race on the multi-instance counters.
 */
@Component
class ParallelAppraisalStart extends AbstractCamundaConfiguration {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new java.util.ArrayList<>() : new java.util.ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (AppraisalCycleProcess.LEGACY_CALL_APPRAISE_EMPLOYEES.equals(activity.getId())
                        || AppraisalCycleProcess.LEGACY_CALL_CONCLUDE_APPRAISALS.equals(activity.getId())) {
                    startJobsNotExclusive(activity);
                }
            }

            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (AppraisalCycleProcess.TASK_START_APPRAISALS.equals(activity.getId())
                        || AppraisalCycleProcess.TASK_START_OUTCOMES.equals(activity.getId())) {
                    startJobsNotExclusive(activity);
                }
            }

            @SuppressWarnings("unchecked")
            private void startJobsNotExclusive(ActivityImpl activity) {
                List<MessageJobDeclaration> declarations =
                        (List<MessageJobDeclaration>) activity.getProperty(BpmnParse.PROPERTYNAME_MESSAGE_JOB_DECLARATION);
                if (declarations != null) {
                    declarations.stream().filter(d -> d instanceof AsyncBeforeMessageJobDeclaration).forEach(d -> d.setExclusive(false));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
