package org.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.kinerja.support.KinerjaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The configured deployment pattern deploys {@code .form} files next to BPMN, and a user task's
 * {@code camunda:formRef} resolves by the form's JSON id (the file is {@code uji-formulir.form}, its id
 * {@code kinerja-test-form}).
 */
@KinerjaTest
class FormDeploymentTests {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;

    @Test
    void shouldDeployFormsWithTheProcesses() {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey("KinerjaTestProcess")
                .latestVersion().singleResult();
        assertThat(repository.getDeploymentResourceNames(definition.getDeploymentId()))
                .anyMatch(name -> name.endsWith("uji-formulir.form"))
                .anyMatch(name -> name.endsWith("KinerjaTestProcess.bpmn"));
    }

    @Test
    void shouldResolveTheFormRefOfAUserTaskToTheDeployedForm() throws Exception {
        ProcessInstance instance = runtime.startProcessInstanceByKey("KinerjaTestProcess",
                Map.of("assignee", "198709032010011002", "candidateGroups", "pegawai"));
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys().singleResult();
        CamundaFormRef ref = task.getCamundaFormRef();
        assertThat(ref.getKey()).isEqualTo("kinerja-test-form");
        assertThat(ref.getBinding()).isEqualTo("latest");
        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"id\": \"kinerja-test-form\"").contains("Catatan uji");
        }
        runtime.deleteProcessInstance(instance.getId(), "test selesai");
    }
}
