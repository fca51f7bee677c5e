package org.kinerja.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts Kinerja's rules into the process engine and its two HTTP APIs:
 *
 * <ul>
 *   <li>{@link EngineFailures#outer()} first of all interceptors (outside the transaction), then, inside the command
 *       context, {@link EngineFailures#inner()} around {@link EngineCommandGuard};</li>
 *   <li>{@link EngineErrorAnswers} on {@code /engine-rest/*} and {@code /camunda/api/*}.</li>
 * </ul>
 */
@Component
class EngineGuardConfiguration extends AbstractCamundaConfiguration {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        EngineCommandGuard.verifyFields();
        List<CommandInterceptor> pre = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        pre.add(0, EngineFailures.outer(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(pre);
        List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        post.add(0, EngineFailures.inner());
        post.add(1, new EngineCommandGuard());
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
        // Never store a Java-serialised object, whatever a caller sends (this is Camunda's default; kept explicit).
        configuration.setJavaSerializationFormatEnabled(false);
    }

    @Bean
    static FilterRegistrationBean<EngineErrorAnswers> engineErrorAnswers() {
        FilterRegistrationBean<EngineErrorAnswers> registration = new FilterRegistrationBean<>(new EngineErrorAnswers());
        registration.setName("kinerja-engine-error-answers");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
