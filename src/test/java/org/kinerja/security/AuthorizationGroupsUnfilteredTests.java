package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks authorizations with the user's groups as they are ({@link AuthorizationGroupsUnfiltered}): it no
 * longer reads every group id of the authorization table before a check, and the checks still decide as before.
 */
@KinerjaTest
class AuthorizationGroupsUnfilteredTests {

    static final String MAPPER = "org.camunda.bpm.engine.impl.persistence.entity";

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;

    @Test
    void shouldUseTheAuthorizationManagerWithoutTheGroupPrefilter() {
        AuthorizationManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute((Command<AuthorizationManager>) context -> context.getAuthorizationManager());
        assertThat(manager).isInstanceOf(AuthorizationGroupsUnfiltered.Manager.class);
        List<String> groups = List.of("pegawai", "unit-sek-a1");
        assertThat(manager.filterAuthenticatedGroupIds(groups)).containsExactlyElementsOf(groups);
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    }

    @Test
    void shouldShowEachUserTheirOwnAndTheirGroupsTasksOnlyWithoutReadingEveryGroupId() throws Exception {
        new ProcessTestSupport(engine, units, employees);
        String own = startTask(ProcessTestSupport.STAFF_ONE, List.of());
        String others = startTask(ProcessTestSupport.STAFF_TWO, List.of());
        String ownGroup = startTask(null, List.of("unit-sek-a1"));
        String otherGroup = startTask(null, List.of("unit-sek-a2"));

        List<String> groups = List.of("pegawai", "unit-sek-a1", "kelompok-tanpa-izin");
        List<ILoggingEvent> statements = new ArrayList<>();
        List<String> visible = as(ProcessTestSupport.STAFF_ONE, groups, statements,
                () -> engine.getTaskService().createTaskQuery().processDefinitionKey("KinerjaTestProcess").list());
        assertThat(visible).contains(own, ownGroup).doesNotContain(others, otherGroup);
        assertThat(as(ProcessTestSupport.STAFF_ONE, groups, statements, () -> engine.getTaskService().createTaskQuery()
                .taskCandidateGroupIn(groups).list())).contains(ownGroup).doesNotContain(otherGroup, own, others);
        assertThat(as(ProcessTestSupport.STAFF_TWO, List.of("pegawai"), statements, () -> engine.getTaskService().createTaskQuery()
                .taskAssignee(ProcessTestSupport.STAFF_ONE).list())).isEmpty();

        assertThat(statements).extracting(ILoggingEvent::getLoggerName).anyMatch(n -> n.endsWith(".selectTaskByQueryCriteria"))
                .noneMatch(n -> n.endsWith(".selectAuthorizedGroupIds"));
    }

    /** The ids of the tasks {@code query} finds as {@code user}, with the engine's statements logged into {@code log}. */
    private List<String> as(String user, List<String> groups, List<ILoggingEvent> log, Supplier<List<Task>> query) {
        Logger logger = (Logger) LoggerFactory.getLogger(MAPPER);
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return query.get().stream().map(Task::getId).toList();
        } finally {
            engine.getIdentityService().clearAuthentication();
            logger.setLevel(level);
            logger.detachAppender(appender);
            log.addAll(appender.list.stream().filter(e -> e.getFormattedMessage().startsWith("==>  Preparing")).toList());
        }
    }

    private String startTask(String assignee, List<String> candidateGroups) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", assignee);
        variables.put("candidateGroups", candidateGroups);
        String instance = engine.getRuntimeService().startProcessInstanceByKey("KinerjaTestProcess", variables).getId();
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    }
}
