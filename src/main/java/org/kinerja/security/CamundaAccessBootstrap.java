package org.kinerja.security;

import static org.kinerja.organization.KinerjaGroups.ADMIN_BKPSDM;
import static org.kinerja.organization.KinerjaGroups.CAMUNDA_ADMIN;
import static org.kinerja.organization.KinerjaGroups.PEGAWAI;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.kinerja.cycle.AppraisalCycleProcess;
import org.kinerja.organization.KinerjaGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs once the engine is built, before the web server accepts requests, and is idempotent:
 *
 * <ul>
 *   <li>the technical admin account ({@code KINERJA_ADMIN_USER}, default {@code admin}) exists, is in
 *       {@code camunda-admin}, and has the password from {@code KINERJA_ADMIN_PASSWORD} (the environment is the
 *       source of truth: the password is reset to it at every start);</li>
 *   <li>{@code camunda-admin} holds every permission on every resource; nobody else may deploy;</li>
 *   <li>{@code pegawai} may use Tasklist, read users and groups (to show names) and the shared Tasklist filters;
 *       tasks themselves are granted per assignee or candidate group by the engine;</li>
 *   <li>only {@code admin-bkpsdm} may start {@value #APPRAISAL_CYCLE_PROCESS}.</li>
 * </ul>
 */
@Component
class CamundaAccessBootstrap extends AbstractCamundaConfiguration {

    static final String APPRAISAL_CYCLE_PROCESS = AppraisalCycleProcess.PROCESS_ID;
    static final String FILTER_MY_TASKS = "Tugas saya";
    static final String FILTER_GROUP_TASKS = "Tugas kelompok saya";
    static final String FILTER_OFFERED_TASKS = "Tugas yang ditawarkan kepada saya";
    private static final Map<String, String> FILTER_DESCRIPTIONS = Map.of(
            FILTER_MY_TASKS, "Tugas yang ditugaskan kepada saya",
            FILTER_GROUP_TASKS, "Tugas untuk kelompok saya yang belum diambil siapa pun",
            FILTER_OFFERED_TASKS, "Tugas yang ditawarkan kepada saya secara pribadi, misalnya sebagai pimpinan organisasi");
    private static final Logger log = LoggerFactory.getLogger(CamundaAccessBootstrap.class);

    private final String adminUserId;
    private final String adminPassword;

    CamundaAccessBootstrap(AdminAccount admin) {
        this.adminUserId = admin.user();
        this.adminPassword = admin.password();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        ensureAdmin(identity);
        for (Resource resource : Resources.values()) {
            grant(authorizations, CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        grant(authorizations, PEGAWAI, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(authorizations, PEGAWAI, Resources.USER, Authorization.ANY, Permissions.READ);
        grant(authorizations, PEGAWAI, Resources.GROUP, Authorization.ANY, Permissions.READ);
        grant(authorizations, ADMIN_BKPSDM, Resources.PROCESS_DEFINITION, APPRAISAL_CYCLE_PROCESS,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(authorizations, ADMIN_BKPSDM, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
        ensureFilters(engine.getFilterService(), engine.getTaskService(), authorizations);
    }

    private void ensureAdmin(IdentityService identity) {
        if (adminPassword.isBlank()) {
            throw new AdminPasswordException("kinerja.admin.password (KINERJA_ADMIN_PASSWORD) belum diisi.");
        }
        if (identity.createGroupQuery().groupId(KinerjaGroups.SISTEM_LOKET).count() == 0) {
            Group counters = identity.newGroup(KinerjaGroups.SISTEM_LOKET);
            counters.setName("Sistem loket (akun layanan pendaftar tiket)");
            counters.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(counters);
        }
        if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(CAMUNDA_ADMIN);
            group.setName("Administrator teknis (Camunda)");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        User admin = identity.createUserQuery().userId(adminUserId).singleResult();
        if (admin == null) {
            admin = adminUser(adminUserId);
            admin.setPassword(adminPassword);
            identity.saveUser(admin);
            log.info("Akun admin '{}' dibuat", adminUserId);
        } else if (!identity.checkPassword(adminUserId, adminPassword)) {
            admin.setPassword(adminPassword);
            admin.setEmail(null);
            identity.saveUser(admin);
            identity.unlockUser(adminUserId);
            log.info("Kata sandi akun admin '{}' disetel ulang dari KINERJA_ADMIN_PASSWORD", adminUserId);
        } else if (admin.getEmail() != null) {
            // Every employee reads Camunda's user list: no account there carries an address (earlier versions gave the
            // admin a placeholder).
            admin.setEmail(null);
            identity.saveUser(admin);
        }
        if (identity.createUserQuery().userId(adminUserId).memberOfGroup(CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(adminUserId, CAMUNDA_ADMIN);
        }
    }

    /** The admin account's profile, also used to check the password against the policy before the engine exists. */
    static User adminUser(String id) {
        User user = new UserEntity(id);
        user.setFirstName("Administrator");
        user.setLastName("Teknis");
        return user;
    }

    private void ensureFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        Map<String, TaskQuery> wanted = new LinkedHashMap<>();
        wanted.put(FILTER_MY_TASKS, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        wanted.put(FILTER_GROUP_TASKS, tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        wanted.put(FILTER_OFFERED_TASKS, tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}"));
        int priority = -10;
        for (Map.Entry<String, TaskQuery> entry : wanted.entrySet()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("priority", priority);
            properties.put("refresh", true);
            properties.put("description", FILTER_DESCRIPTIONS.get(entry.getKey()));
            // No extra columns: the task's name already says whose case it is ("… — Nurul Fitriani, A.Md."), and Tasklist
            // shows its due date.
            properties.put("variables", List.of());
            Filter filter = filters.createTaskFilterQuery().filterName(entry.getKey()).singleResult();
            if (filter == null) {
                filter = filters.newTaskFilter(entry.getKey()).setOwner(adminUserId).setQuery(entry.getValue()).setProperties(properties);
                filters.saveFilter(filter);
            } else if (!properties.equals(filter.getProperties())) {
                filter.setProperties(properties);
                filters.saveFilter(filter);
            }
            grant(authorizations, PEGAWAI, Resources.FILTER, filter.getId(), Permissions.READ);
            priority += 10;
        }
    }

    private static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
            Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (existing == null) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizations.saveAuthorization(authorization);
        } else if (!Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            Arrays.stream(permissions).forEach(existing::addPermission);
            authorizations.saveAuthorization(existing);
        }
    }
}
