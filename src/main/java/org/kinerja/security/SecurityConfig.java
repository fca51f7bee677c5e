package org.kinerja.security;

import static org.kinerja.organization.KinerjaGroups.ADMIN_BKPSDM;
import static org.kinerja.organization.KinerjaGroups.CAMUNDA_ADMIN;
import static org.kinerja.organization.KinerjaGroups.SISTEM_LOKET;
import static org.kinerja.organization.KinerjaGroups.TIM_PENILAI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four filter chains.
 *
 * <ol>
 *   <li>The Camunda webapps ({@code /camunda/**}) and the engine REST API ({@code /engine-rest/**}) authenticate
 *       themselves: the webapps with their own session login and CSRF filter, the REST API with the
 *       {@link ProcessEngineAuthenticationFilter} registered below. Spring Security only blocks the first-admin
 *       setup page there, which must never be reachable.</li>
 *   <li>Kinerja's own pages (reports, HR's dashboard, the calibration board, every employee's "Kinerja saya"): a session login shared
 *       with Tasklist, CSRF on.</li>
 *   <li>Everything else: the actuator ({@code health} public, the rest for {@code camunda-admin}) and Kinerja's API
 *       under {@code /api}, with HTTP Basic against Camunda's users and groups, stateless. Anything not listed is
 *       denied.</li>
 * </ol>
 */
@Configuration
class SecurityConfig {

    static final String REALM = "Kinerja";

    /**
     * The public survey page and the site icon: no login, CSRF protection with a session token, the default security
     * headers. Browsers ask for {@code /favicon.ico} on every page without credentials; it was answered 401.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicSurveyChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(path("/survei"), path("/survei/**"), path(HttpMethod.GET, "/favicon.ico")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(PAGE_ACCESS_DENIED))
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

    /**
     * Kinerja's own pages (reports, the calibration board): a session login shared with Tasklist (see
     * {@link CamundaWebappSession}), Kinerja's login page {@code /masuk}, CSRF protection with a session token.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, CamundaIdentityAuthenticationProvider identityProvider, ProcessEngine engine)
            throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler alsoSignInToTasklist = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                CamundaWebappSession.signIn(request, engine, authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        alsoSignInToTasklist.setDefaultTargetUrl("/beranda");
        http.securityMatcher(new OrRequestMatcher(PAGES.stream().map(SecurityConfig::path).toList()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/masuk"), path("/webjars/**"), path("/error")).permitAll()
                        .requestMatchers(path("/laporan/**")).hasAuthority(ADMIN_BKPSDM)
                        .requestMatchers(path("/dasbor"), path("/dasbor/**")).hasAuthority(ADMIN_BKPSDM)
                        .requestMatchers(path("/kalibrasi/**")).hasAnyAuthority(TIM_PENILAI, ADMIN_BKPSDM)
                        // every signed-in person: the page shows the signed-in user's own data only
                        .requestMatchers(path("/kinerja-saya"), path("/kinerja-saya/**")).authenticated()
                        // every signed-in person: the page itself refuses (403) someone without direct reports
                        .requestMatchers(path("/tim-saya")).authenticated()
                        .anyRequest().authenticated())
                .authenticationManager(onlyCamunda(identityProvider))
                .exceptionHandling(e -> e.accessDeniedHandler(PAGE_ACCESS_DENIED))
                .addFilterBefore(new CamundaSessionAuthenticationFilter(engine.getName()), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/masuk").loginProcessingUrl("/masuk").usernameParameter("pengguna")
                        .passwordParameter("sandi").failureHandler(new PageLoginFailureHandler()).successHandler(alsoSignInToTasklist))
                .logout(logout -> logout.logoutRequestMatcher(path(HttpMethod.POST, "/keluar")).logoutSuccessUrl("/masuk?keluar"));
        return http.build();
    }

    /**
     * A page refused (403): as Spring Security's default, but the reason stays on the request, so that the error page
     * can tell an expired form (CSRF token) from missing rights.
     */
    static final AccessDeniedHandler PAGE_ACCESS_DENIED = (request, response, denied) -> {
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    };

    /** The paths of Kinerja's pages. */
    static final List<String> PAGES = List.of("/masuk", "/keluar", "/beranda", "/kinerja-saya", "/kinerja-saya/**", "/tim-saya", "/laporan/**",
            "/dasbor", "/dasbor/**", "/kalibrasi/**", "/hasil/**", "/webjars/**");

    @Bean
    @Order(3)
    SecurityFilterChain applicationChain(HttpSecurity http, CamundaIdentityAuthenticationProvider identityProvider,
            ProblemResponses problems) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAuthority(CAMUNDA_ADMIN)
                        .requestMatchers(path("/api/security/**")).hasAuthority(CAMUNDA_ADMIN)
                        .requestMatchers(path("/api/organization/**"), path("/api/indicator-templates/**")).hasAuthority(ADMIN_BKPSDM)
                        .requestMatchers(path("/api/service-tickets/import"), path("/api/reports/**"),
                                path("/api/acting-supervisors/**")).hasAuthority(ADMIN_BKPSDM)
                        .requestMatchers(path("/api/service-tickets/**")).hasAnyAuthority(ADMIN_BKPSDM, SISTEM_LOKET)
                        .requestMatchers(path("/api/notifications/**"), path("/api/appraisals/**"), path("/api/outcomes/**"),
                                path("/api/trainings/**")).authenticated()
                        .requestMatchers(path("/error")).permitAll()
                        .anyRequest().denyAll())
                .authenticationManager(onlyCamunda(identityProvider))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic API for integrations and scripts: no session cookie to forge requests with.
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /**
     * The identity provider alone. With {@code authenticationProvider(...)}, a failed login was checked a second time by
     * the global authentication manager (the same provider again), so one wrong password counted twice.
     */
    private static AuthenticationManager onlyCamunda(CamundaIdentityAuthenticationProvider identityProvider) {
        return new ProviderManager(identityProvider);
    }

    /** Matches the request path itself, whichever servlet (Spring MVC, Jersey, the webapps) serves it. */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** {@code /engine-rest} is open by default in the starter; this makes it require HTTP Basic. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("kinerja-engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                EngineRestAuthentication.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
