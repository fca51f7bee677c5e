package org.kinerja.notification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders emails from the Thymeleaf templates in {@code templates/mail/}, each as an {@code .html} (HTML mode) and a
 * {@code .txt} (TEXT mode) alternative of one message: {@code notifikasi} (one notification) and {@code ringkasan-tugas}
 * (the daily digest of new tasks). The engine (Spring EL, as the web
 * pages use) is private to mail and not a bean, so the web pages' template engine stays as Spring Boot configures it.
 */
@Component
class MailTemplates {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String TEMPLATE = "notifikasi";
    private static final String DIGEST_TEMPLATE = "ringkasan-tugas";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    Rendered render(NotificationKind kind, String recipientName, String subject, String body, String link) {
        Context context = new Context(INDONESIAN);
        context.setVariable("kindLabel", kind.label());
        context.setVariable("recipientName", recipientName);
        context.setVariable("subject", subject);
        context.setVariable("paragraphs", paragraphs(body));
        context.setVariable("link", link);
        return new Rendered(engine.process(TEMPLATE + ".txt", context), engine.process(TEMPLATE + ".html", context));
    }

    /**
     * The daily digest: the tasks listed (at most a screenful; {@code more} counts those left out), each with its link,
     * and a link to Tasklist.
     */
    Rendered renderDigest(String recipientName, String subject, List<DigestTask> tasks, int more, String tasklistLink) {
        Context context = new Context(INDONESIAN);
        context.setVariable("kindLabel", NotificationKind.TASK_DIGEST.label());
        context.setVariable("recipientName", recipientName);
        context.setVariable("subject", subject);
        context.setVariable("tasks", tasks);
        context.setVariable("more", more);
        context.setVariable("link", tasklistLink);
        return new Rendered(engine.process(DIGEST_TEMPLATE + ".txt", context), engine.process(DIGEST_TEMPLATE + ".html", context));
    }

    /** A task as the digest lists it: its due date already in words ("13 Desember 2026"), or null without one. */
    record DigestTask(String name, String processName, String due, String link) {
    }

    /** Each non-blank line of the body is a paragraph. */
    private static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    record Rendered(String text, String html) {
    }
}
