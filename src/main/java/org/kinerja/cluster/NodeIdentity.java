package org.kinerja.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * This node's name ({@code kinerja.node.name}, default the host name) and its job executor's lock owner: the name
 * plus a random suffix, new at every start, so that {@code ACT_RU_JOB.LOCK_OWNER_} tells an operator which node holds
 * a job, and a restarted node never passes for its former self (the jobs that a killed node had locked are free again
 * when their lock expires, {@code camunda.bpm.job-execution.lock-time-in-millis}, and then any node runs them).
 */
@Component
class NodeIdentity extends AbstractCamundaConfiguration implements InfoContributor {

    private static final Logger log = LoggerFactory.getLogger(NodeIdentity.class);
    /** The column holds 255 characters; a name is cut well before. */
    static final int MAX_NAME = 64;

    private final String name;
    private final String lockOwner;

    NodeIdentity(@Value("${kinerja.node.name:}") String configured) {
        this.name = name(configured);
        this.lockOwner = name + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String name(String configured) {
        String name = configured == null || configured.isBlank() ? hostName() : configured.strip();
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "kinerja";
        }
    }

    @Override
    public void postInit(SpringProcessEngineConfiguration configuration) {
        JobExecutor executor = configuration.getJobExecutor();
        if (executor != null) {
            executor.setLockOwner(lockOwner);
        }
        log.info("Node {}: pemilik kunci job {}", name, lockOwner);
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", name);
        node.put("jobLockOwner", lockOwner);
        builder.withDetail("node", node);
    }

    String name() {
        return name;
    }

    String lockOwner() {
        return lockOwner;
    }
}
