package org.kinerja.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine here, so {@code docker-compose.yml} is never run by CI. This test reads it as Compose
 * would (anchors and merge keys resolved) and holds it to the README's "docker compose" table and the rules of
 * "Running as a cluster".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerComposeTests {

    static final Path COMPOSE = Path.of("docker-compose.yml");
    static final Path README = Path.of("README.md");

    Map<String, Object> compose;
    Map<String, Map<String, Object>> services;
    String readme;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void read() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        services = (Map<String, Map<String, Object>>) compose.get("services");
        readme = Files.readString(README);
        this.compose = compose;
    }

    @Test
    void shouldListTheSameServicesAsTheReadme() {
        Map<String, String[]> table = readmeTable();
        assertThat(table.keySet()).as("services in the README's docker compose table").isEqualTo(services.keySet());
        services.forEach((name, service) -> {
            String[] row = table.get(name);
            String image = String.valueOf(service.get("image"));
            assertThat(untagged(image)).as("image of %s", name).isEqualTo(untagged(row[0]));
            if (row[0].contains(":")) {
                assertThat(image).as("image and tag of %s", name).isEqualTo(row[0]);
            }
            Set<String> published = publishedPorts(service);
            if (published.isEmpty()) {
                assertThat(row[2]).as("published port of %s", name).isEqualTo("none");
            } else {
                assertThat(row[2]).as("published port of %s", name).startsWith(String.join(", ", published));
            }
        });
    }

    private static String untagged(String image) {
        return image.split(":")[0];
    }

    @Test
    void shouldRunTwoNamedNodesOfTheSameJarOnTheOneDatabase() {
        Map<String, Map<String, Object>> nodes = nodes();
        assertThat(nodes).as("Kinerja nodes").hasSizeGreaterThanOrEqualTo(2);
        Set<String> names = new TreeSet<>();
        Set<Object> databases = new LinkedHashSet<>();
        Set<Object> jars = new LinkedHashSet<>();
        nodes.forEach((service, node) -> {
            Map<String, Object> environment = environment(node);
            names.add(String.valueOf(environment.get("KINERJA_NODE_NAME")));
            assertThat(environment.get("KINERJA_NODE_NAME")).as("node name of %s", service).isEqualTo(service);
            databases.add(environment.get("KINERJA_DB_URL"));
            jars.add(node.get("volumes"));
            assertThat(environment).as("environment of %s", service).containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                    .containsKeys("KINERJA_ADMIN_PASSWORD", "KINERJA_DB_USER", "KINERJA_DB_PASSWORD", "SPRING_PROFILES_ACTIVE");
            assertThat(publishedPorts(node)).as("%s is reached only through the load balancer", service).isEmpty();
            assertThat(healthcheck(node)).as("health check of %s", service).contains("/actuator/health/readiness");
            assertThat(readme).as("README names node %s", service).contains("`KINERJA_NODE_NAME=" + service + "`");
        });
        assertThat(names).as("distinct node names").hasSize(nodes.size());
        assertThat(databases).as("one database for all nodes").hasSize(1);
        assertThat(String.valueOf(databases.iterator().next())).startsWith("jdbc:postgresql://db:5432/");
        assertThat(jars).as("the same jar on every node").hasSize(1);
    }

    @Test
    void shouldStartTheFirstNodeAloneAndTheOthersWhenItIsReady() {
        List<String> nodes = List.copyOf(nodes().keySet());
        String first = nodes.get(0);
        assertThat(dependsOn(services.get(first))).as("%s waits for the database", first).containsEntry("db", "service_healthy");
        for (String other : nodes.subList(1, nodes.size())) {
            assertThat(dependsOn(services.get(other))).as("%s waits for %s", other, first).containsEntry(first, "service_healthy");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldBalanceOverExactlyTheNodesWithoutStickiness() {
        Map<String, Object> lb = services.get("lb");
        assertThat(publishedPorts(lb)).containsExactly("8080");
        Map<String, Object> configs = (Map<String, Object>) compose.get("configs");
        String config = String.valueOf(((Map<String, Object>) configs.get("lb")).get("content"));
        Set<String> upstreams = new TreeSet<>();
        Matcher server = Pattern.compile("server\\s+([\\w-]+):8080").matcher(config);
        while (server.find()) {
            upstreams.add(server.group(1));
        }
        assertThat(upstreams).as("upstream servers of the load balancer").isEqualTo(new TreeSet<>(nodes().keySet()));
        assertThat(config).as("no sticky sessions").doesNotContain("ip_hash").doesNotContain("sticky").doesNotContain("hash ");
        assertThat(config).contains("X-Forwarded-For").contains("client_max_body_size 11m");
        assertThat(dependsOn(lb).keySet()).containsAll(nodes().keySet());
    }

    @Test
    void shouldDocumentEveryVariableItSets() {
        Set<String> variables = new TreeSet<>();
        nodes().values().forEach(node -> variables.addAll(environment(node).keySet()));
        for (String variable : variables) {
            assertThat(readme).as("README documents %s", variable).contains("`" + variable);
        }
    }

    /** The services that run the Kinerja jar. */
    private Map<String, Map<String, Object>> nodes() {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if (String.valueOf(service.get("command")).contains("kinerja.jar")) {
                nodes.put(name, service);
            }
        });
        return nodes;
    }

    /** The README's docker compose table: service → image, role, published port. */
    private Map<String, String[]> readmeTable() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([\\w-]+)` \\| `([^`]+)` \\| (.+?) \\| (.+?) \\|$").matcher(
                readme.substring(readme.indexOf("### docker compose"), readme.indexOf("### Running as a cluster")));
        while (row.find()) {
            rows.put(row.group(1), new String[] {row.group(2), row.group(3), row.group(4)});
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.getOrDefault("environment", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> dependsOn(Map<String, Object> service) {
        Map<String, String> conditions = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) service.getOrDefault("depends_on", Map.of()))
                .forEach((name, condition) -> conditions.put(name, String.valueOf(condition.get("condition"))));
        return conditions;
    }

    @SuppressWarnings("unchecked")
    private static String healthcheck(Map<String, Object> service) {
        return String.valueOf(((Map<String, Object>) service.getOrDefault("healthcheck", Map.of())).get("test"));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> publishedPorts(Map<String, Object> service) {
        Set<String> ports = new LinkedHashSet<>();
        for (Object port : (List<Object>) service.getOrDefault("ports", List.of())) {
            ports.add(String.valueOf(port).split(":")[0]);
        }
        return ports;
    }
}
