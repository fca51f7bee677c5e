package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.TableStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * HTTP Basic on {@code /engine-rest} finds the user's groups without reading the group table, which grows with the
 * organisation (a group per unit), and authorizes with them as Camunda's own lookup did.
 */
class EngineRestAuthenticationIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String MEMBER = "199901012026011001";
    static final String OUTSIDER = "199901012026011002";
    static final int GROUPS = 300;

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void manyGroups() {
        // An organisation's worth of unit groups, and ten memberships per user as a large organisation has per
        // employee (unit, roles), so that PostgreSQL plans as it does at scale and not as for a one-page table.
        for (int i = 0; i < GROUPS; i++) {
            Group group = identity.newGroup(group(i));
            group.setName("Unit uji " + i);
            identity.saveGroup(group);
            saveUser(user(i));
        }
        List<Object[]> memberships = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            for (int k = 0; k < 10; k++) {
                memberships.add(new Object[] {user(i), group((i + k * 29) % GROUPS)});
            }
        }
        jdbc.batchUpdate("insert into act_id_membership (user_id_, group_id_) values (?, ?)", memberships);
        saveUser(MEMBER);
        saveUser(OUTSIDER);
        identity.createMembership(MEMBER, group(7));
        identity.createMembership(MEMBER, group(250));
        identity.createMembership(OUTSIDER, group(8));
        jdbc.execute("analyze act_id_group");
        jdbc.execute("analyze act_id_membership");
    }

    @AfterEach
    void removeGroups() {
        runtime.createProcessInstanceQuery().processDefinitionKey("KinerjaTestProcess").list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "uji selesai"));
        List<String> users = new ArrayList<>(List.of(MEMBER, OUTSIDER));
        IntStream.range(0, GROUPS).forEach(i -> users.add(user(i)));
        users.forEach(identity::deleteUser);
        IntStream.range(0, GROUPS).forEach(i -> identity.deleteGroup(group(i)));
    }

    @Test
    void shouldFindTheSameGroupsAsTheEngineWithoutReadingTheGroupTable() {
        List<String> engineGroups = identity.createGroupQuery().groupMember(MEMBER).orderByGroupId().asc().list()
                .stream().map(Group::getId).toList();
        Map<String, Long> read = jdbc.execute((ConnectionCallback<Map<String, Long>>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                JdbcTemplate sameConnection = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                Map<String, Long> before = TableStatistics.readInThisTransaction(sameConnection);
                List<String> groups = EngineRestAuthentication.groupIds(
                        new SingleConnectionDataSource(connection, true), "", MEMBER);
                assertThat(groups).containsExactly(group(7), group(250)).isEqualTo(engineGroups);
                return TableStatistics.difference(TableStatistics.readInThisTransaction(sameConnection), before);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
        assertThat(read.getOrDefault("act_id_group", 0L)).isZero();
        assertThat(read.getOrDefault("act_id_membership", 0L)).isLessThanOrEqualTo(2);
        assertThat(read.values().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(2);
    }

    @Test
    void shouldAuthorizeRestRequestsWithTheUsersGroups() {
        String task = startTask(group(7));
        Http http = new Http(port);

        HttpResponse<String> member = http.get("/engine-rest/task?taskId=" + task, MEMBER, PASSWORD);
        HttpResponse<String> outsider = http.get("/engine-rest/task?taskId=" + task, OUTSIDER, PASSWORD);
        HttpResponse<String> wrongPassword = http.get("/engine-rest/task?taskId=" + task, MEMBER, "salah");

        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.body()).contains(task);
        assertThat(outsider.statusCode()).isEqualTo(200);
        assertThat(outsider.body()).isEqualTo("[]");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    private String startTask(String candidateGroup) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", user(0));
        variables.put("candidateGroups", candidateGroup);
        String instance = runtime.startProcessInstanceByKey("KinerjaTestProcess", variables).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private void saveUser(String id) {
        User user = identity.newUser(id);
        user.setFirstName("Anggota");
        user.setLastName("Unit");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
    }

    private static String group(int i) {
        return "uji-grup-" + String.format("%03d", i);
    }

    private static String user(int i) {
        return "19990102202601" + String.format("%04d", i);
    }
}
