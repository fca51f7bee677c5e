package org.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kinerja's Indonesian translation of Camunda's webapps covers every key of the English locale file that Camunda 7.24
 * ships (read from the webjar on the classpath, not from a copy), keeps every placeholder and HTML tag, and is the
 * default locale of the app.
 */
class WebappTranslationTests {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    /** Interpolations, HTML tags and format arguments; {@code <null>} and {@code <undefined>} are words shown. */
    private static final Pattern MARKUP =
            Pattern.compile("\\{\\{[^}]*}}|</?(?!null>|undefined>)[a-zA-Z][^>]*>|%[sd]|\\{\\d+}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void shouldTranslateEveryKeyOfTheShippedEnglishFile(String app) throws IOException {
        Map<String, JsonNode> english = flatten(read(webjarResource(app, "en.json")));
        Map<String, JsonNode> indonesian = flatten(read(kinerjaResource(app, "locales/id.json")));

        assertThat(english).as("Camunda's English %s locale", app).hasSizeGreaterThan(50);
        assertThat(indonesian.keySet()).as("keys of %s id.json", app).containsExactlyInAnyOrderElementsOf(english.keySet());
        List<String> problems = new ArrayList<>();
        int identical = 0;
        for (Map.Entry<String, JsonNode> entry : english.entrySet()) {
            JsonNode en = entry.getValue();
            JsonNode id = indonesian.get(entry.getKey());
            if (en.getNodeType() != id.getNodeType()) {
                problems.add(entry.getKey() + ": " + id.getNodeType() + " instead of " + en.getNodeType());
            } else if (en.isTextual()) {
                if (id.asText().isBlank()) {
                    problems.add(entry.getKey() + ": empty");
                }
                List<String> missing = new ArrayList<>(markup(en.asText()));
                markup(id.asText()).forEach(missing::remove);
                if (!missing.isEmpty()) {
                    problems.add(entry.getKey() + ": lost " + missing);
                }
                if (en.asText().equals(id.asText())) {
                    identical++;
                }
            }
        }
        assertThat(problems).as("%s id.json", app).isEmpty();
        // Product names, "OK", "ID" and date patterns stay as they are; a file left in English would be caught here.
        assertThat(identical).as("values of %s id.json identical to the English ones", app)
                .isLessThan(english.size() / 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void shouldMakeIndonesianTheDefaultLocale(String app) throws IOException {
        String config;
        try (InputStream in = kinerjaResource(app, "scripts/config.js").openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String active = config.replaceAll("(?m)^\\s*//.*$", "");
        assertThat(active).containsPattern("availableLocales\\s*:\\s*\\[\\s*'id'");
        assertThat(active).containsPattern("fallbackLocale\\s*:\\s*'id'");
    }

    private static List<String> markup(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = MARKUP.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    private static URL webjarResource(String app, String file) throws IOException {
        String path = APP + app + "/locales/" + file;
        URL found = null;
        for (URL url : Collections.list(WebappTranslationTests.class.getClassLoader().getResources(path))) {
            if (url.getProtocol().equals("jar") && url.getPath().contains("camunda-webapp-webjar")) {
                found = url;
            }
        }
        assertThat(found).as("%s in Camunda's webjar", path).isNotNull();
        return found;
    }

    private static URL kinerjaResource(String app, String file) {
        String path = APP + app + "/" + file;
        URL url = WebappTranslationTests.class.getClassLoader().getResource(path);
        assertThat(url).as("%s in Kinerja's resources", path).isNotNull();
        return url;
    }

    private static JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    /** Every leaf by its path ({@code labels.FOO}, {@code dateLocales.months[3]}). */
    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("", root, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }
}
