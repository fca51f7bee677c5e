package org.kinerja.security;

import static org.kinerja.organization.KinerjaGroups.ADMIN_BKPSDM;
import static org.kinerja.organization.KinerjaGroups.CAMUNDA_ADMIN;
import static org.kinerja.organization.KinerjaGroups.SISTEM_LOKET;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains.
 *
 * <ol>
 *   <li>The Camunda webapps ({@code /camunda/**}) and the engine REST API ({@code /engine-rest/**}) authenticate
 *       themselves: the webapps with their own session login and CSRF filter, the REST API with the
 *       {@link ProcessEngineAuthenticationFilter} registered below. Spring Security only blocks the first-admin
 *       setup page there, which must never be reachable.</li>
 *   <li>Everything else: the actuator ({@code health} public, the rest for {@code camunda-admin}) and Kinerja's API
 *       under {@code /api}, with HTTP Basic against Camunda's users and groups, stateless. Anything not listed is
 *       denied.</li>
 * </ol>
 */
@Configuration
class SecurityConfig {

    static final String REALM = "Kinerja";

    /** The public survey page: no login, CSRF protection with a session token, the default security headers. */
    @Bean
    @Order(0)
    SecurityFilterChain publicSurveyChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(path("/survei"), path("/survei/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/engine-rest/**"), path("/"), path("/index.html"),
                        // Tasklist asks for the welcome app on a first visit; a Basic challenge here would pop up a browser dialog.
                        path("/camunda-welcome"), path("/camunda-welcome/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/camunda/api/admin/setup/**"), path("/camunda/app/admin/*/setup/**")).denyAll()
                        .anyRequest().permitAll())
                // The webapps bring their own CSRF protection and security headers.
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationChain(HttpSecurity http, CamundaIdentityAuthenticationProvider identityProvider,
            ProblemResponses problems) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAuthority(CAMUNDA_ADMIN)
                        .requestMatchers(path("/api/organization/**"), path("/api/indicator-templates/**")).hasAuthority(ADMIN_BKPSDM)
                        .requestMatchers(path("/api/service-tickets/**")).hasAnyAuthority(ADMIN_BKPSDM, SISTEM_LOKET)
                        .requestMatchers(path("/api/notifications/**"), path("/api/appraisals/**")).authenticated()
                        .requestMatchers(path("/error")).permitAll()
                        .anyRequest().denyAll())
                .authenticationProvider(identityProvider)
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic API for integrations and scripts: no session cookie to forge requests with.
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** Matches the request path itself, whichever servlet (Spring MVC, Jersey, the webapps) serves it. */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** {@code /engine-rest} is open by default in the starter; this makes it require HTTP Basic. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("kinerja-engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
