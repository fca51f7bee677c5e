package org.kinerja.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization checks without the engine's pre-filter of the user's groups.
 *
 * <p>Before each authorization check (every Tasklist request makes one to five), Camunda 7 narrows the logged-in
 * user's groups to those named in any authorization, with {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}
 * ({@code selectAuthorizedGroupIds}, once per command). That statement reads the whole table, and the table holds an
 * authorization per open task (the engine grants each task to its assignee or candidates): at 100,000 open tasks,
 * 100,000 rows per command, most of the cost of a "Tugas saya" request (TaskListAtScaleBenchmark). Camunda knows the
 * statement is slow (camunda-bpm-platform issue 5485); its forks added a switch to skip it.
 *
 * <p>The pre-filter only shortens the {@code GROUP_ID_ IN (…)} lists of the checks: a group without authorizations
 * matches no row either way, so passing the user's groups as they are gives the same answers. A Kinerja user is in a
 * handful of groups ({@code pegawai}, their unit, at most a few roles); for someone in more than
 * {@value #MAX_UNFILTERED} groups the engine's own pre-filter still runs, so that no list grows past what a database
 * accepts. This replaces the engine's {@link AuthorizationManager} session (an engine-internal class, so
 * {@code AuthorizationGroupsUnfilteredTests} checks that it is in use and that the checks still decide as before).
 */
@Component
class AuthorizationGroupsUnfiltered extends AbstractCamundaConfiguration {

    static final int MAX_UNFILTERED = 50;

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new ManagerFactory());
        configuration.setCustomSessionFactories(factories);
    }

    /** Opens {@link Manager} where the engine asks for its {@link AuthorizationManager}. */
    static class ManagerFactory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new Manager();
        }
    }

    /** The engine's authorization manager, but for the group pre-filter. */
    static class Manager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return Collections.emptyList();
            }
            if (authenticatedGroupIds.size() > MAX_UNFILTERED) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            return new ArrayList<>(authenticatedGroupIds);
        }
    }
}
