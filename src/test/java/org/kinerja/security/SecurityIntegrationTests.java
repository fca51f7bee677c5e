package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The security defaults on the production database, over real HTTP with the demo organisation: logins, who sees and
 * completes which task, who deploys, who starts a cycle, and the actuator.
 */
class SecurityIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String ADMIN_PASSWORD = "Rahasia-Uji-2026!";
    static final String RIZKI = "198709032010011002"; // staff, unit DAFDUK-IDK
    static final String NURUL = "199002142014022003"; // staff, unit DAFDUK-IDK
    static final String SITI = "198903142012022001"; // staff, unit CAPIL-LAHIR
    static final String RATNA = "198304182008012002"; // HR admin (admin-bkpsdm)

    @LocalServerPort
    int port;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    IdentityService identity;
    Http http;

    @BeforeEach
    void demoOrganisation() throws Exception {
        unitImport.importCsv(new ClassPathResource("demo/unit.csv").getContentAsByteArray());
        employeeImport.importCsv(new ClassPathResource("demo/pegawai.csv").getContentAsByteArray());
        http = new Http(port);
    }

    @AfterEach
    void removeInstances() {
        runtime.createProcessInstanceQuery().processDefinitionKey("KinerjaTestProcess").list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "uji selesai"));
    }

    @Test
    void shouldReportHealthWithoutALogin() {
        HttpResponse<String> health = http.get("/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void shouldKeepInfoMetricsAndPrometheusBehindTheAdminLogin() {
        for (String endpoint : List.of("/actuator/info", "/actuator/metrics", "/actuator/prometheus")) {
            assertThat(http.get(endpoint, null, null).statusCode()).as(endpoint + " anonymous").isEqualTo(401);
            assertThat(http.get(endpoint, RIZKI, PASSWORD).statusCode()).as(endpoint + " employee").isEqualTo(403);
            assertThat(http.get(endpoint, "admin", ADMIN_PASSWORD).statusCode()).as(endpoint + " admin").isEqualTo(200);
        }
    }

    @Test
    void shouldRequireHttpBasicOnTheEngineRestApi() {
        HttpResponse<String> anonymous = http.get("/engine-rest/task", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        // A wrong password throttles that account's next logins, so use an account no other test needs.
        assertThat(http.get("/engine-rest/task", "bukan-pengguna", "salah-sandi").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", RIZKI, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldShowAnEmployeeOnlyTheirOwnAndTheirGroupsTasks() {
        String own = startTask(RIZKI, "camunda-admin");
        String other = startTask(SITI, "camunda-admin");
        String ownUnit = startTask(null, "unit-dafduk-idk");
        String otherUnit = startTask(null, "unit-capil-lahir");

        HttpResponse<String> list = http.get("/engine-rest/task?processDefinitionKey=KinerjaTestProcess", RIZKI, PASSWORD);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(own, ownUnit).doesNotContain(other, otherUnit);
        assertThat(http.get("/engine-rest/task?processDefinitionKey=KinerjaTestProcess", SITI, PASSWORD).body())
                .contains(other, otherUnit).doesNotContain(own, ownUnit);
    }

    @Test
    void shouldNotLetAnEmployeeReadOrCompleteAnotherEmployeesTask() {
        String sitisTask = startTask(SITI, "camunda-admin");
        assertThat(http.get("/engine-rest/task/" + sitisTask, RIZKI, PASSWORD).statusCode()).isIn(403, 404);
        assertThat(http.get("/engine-rest/task/" + sitisTask + "/form-variables", RIZKI, PASSWORD).statusCode()).isIn(403, 404);
        HttpResponse<String> complete = http.postJson("/engine-rest/task/" + sitisTask + "/complete", "{}", RIZKI, PASSWORD);
        assertThat(complete.statusCode()).isIn(403, 404);
        assertThat(tasks.createTaskQuery().taskId(sitisTask).count()).isEqualTo(1);

        HttpResponse<String> byOwner = http.postJson("/engine-rest/task/" + sitisTask + "/complete",
                "{\"variables\":{\"catatan\":{\"value\":\"selesai\"}}}", SITI, PASSWORD);
        assertThat(byOwner.statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(sitisTask).count()).isZero();
    }

    @Test
    void shouldNotLetAnEmployeeHandTheirTaskToSomeoneElse() {
        String task = startTask(RIZKI, "camunda-admin");
        HttpResponse<String> reassign = http.postJson("/engine-rest/task/" + task + "/assignee", "{\"userId\":\"" + NURUL + "\"}",
                RIZKI, PASSWORD);
        assertThat(reassign.statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(RIZKI);
    }

    @Test
    void shouldLetAnEmployeeOpenTheCamundaFormOfTheirTask() {
        String task = startTask(RIZKI, "camunda-admin");
        HttpResponse<String> form = http.get("/engine-rest/task/" + task + "/deployed-form", RIZKI, PASSWORD);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("kinerja-test-form");
    }

    @Test
    void shouldLetADemoEmployeeLogInToTasklistAndSeeOnlyTheirTasks() {
        String own = startTask(RIZKI, "camunda-admin");
        String other = startTask(SITI, "camunda-admin");
        HttpResponse<String> login = http.webappLogin("tasklist", RIZKI, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("\"userId\":\"" + RIZKI + "\"").contains("tasklist");

        HttpResponse<String> filters = http.webappGet("/camunda/api/engine/engine/default/filter?resourceType=Task");
        assertThat(filters.body()).contains("Tugas saya").contains("Tugas kelompok saya");
        HttpResponse<String> list = http.webappGet("/camunda/api/engine/engine/default/task?processDefinitionKey=KinerjaTestProcess");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(own).doesNotContain(other);
    }

    @Test
    void shouldKeepEmployeesOutOfCockpitAndAdmin() {
        assertThat(http.webappLogin("cockpit", NURUL, PASSWORD).statusCode()).isEqualTo(403);
        assertThat(new Http(port).webappLogin("admin", NURUL, PASSWORD).statusCode()).isEqualTo(403);
        assertThat(new Http(port).webappLogin("cockpit", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLetOnlyTheAdminDeployFromModeler() {
        byte[] bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("DeployCheckProcess")
                .camundaHistoryTimeToLive(1).startEvent().endEvent().done()).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> employee = http.postMultipart("/engine-rest/deployment/create", "data", "DeployCheckProcess.bpmn",
                bpmn, RIZKI, PASSWORD);
        assertThat(employee.statusCode()).isEqualTo(403);
        HttpResponse<String> hr = http.postMultipart("/engine-rest/deployment/create", "data", "DeployCheckProcess.bpmn",
                bpmn, RATNA, PASSWORD);
        assertThat(hr.statusCode()).isEqualTo(403);
        HttpResponse<String> admin = http.postMultipart("/engine-rest/deployment/create", "data", "DeployCheckProcess.bpmn",
                bpmn, "admin", ADMIN_PASSWORD);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("DeployCheckProcess").count()).isEqualTo(1);
        repository.createDeploymentQuery().list().stream()
                .filter(d -> repository.getDeploymentResourceNames(d.getId()).contains("DeployCheckProcess.bpmn"))
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void shouldLetOnlyTheHrAdminStartAnAppraisalCycle() {
        assertThat(canStartCycle(RATNA)).isTrue();
        assertThat(canStartCycle(RIZKI)).isFalse();
        assertThat(canStartCycle("197203151998031004")).isFalse();
        HttpResponse<String> start = http.postJson("/engine-rest/process-definition/key/KinerjaTestProcess/start",
                "{\"variables\":{\"assignee\":{\"value\":\"" + RIZKI + "\"},\"candidateGroups\":{\"value\":\"pegawai\"}}}",
                RIZKI, PASSWORD);
        // Refused either way: 404 because the definition is not even visible to an employee.
        assertThat(start.statusCode()).isIn(403, 404);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("KinerjaTestProcess").count()).isZero();
    }

    @Test
    void shouldNeverServeTheFirstAdminSetup() {
        assertThat(http.postJson("/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"evil\"},\"credentials\":{\"password\":\"x\"}}", null, null).statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("evil").count()).isZero();
    }

    private boolean canStartCycle(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return authorizations.isUserAuthorized(userId, groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, CamundaAccessBootstrap.APPRAISAL_CYCLE_PROCESS);
    }

    private String startTask(String assignee, String candidateGroups) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("assignee", assignee);
        variables.put("candidateGroups", candidateGroups);
        String instance = runtime.startProcessInstanceByKey("KinerjaTestProcess", variables).getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        return task.getId();
    }
}
