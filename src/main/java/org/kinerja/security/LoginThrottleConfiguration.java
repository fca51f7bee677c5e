package org.kinerja.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The login throttle's web side and its daily clean-up (see {@link LoginThrottle}). */
@Configuration
@EnableScheduling
class LoginThrottleConfiguration {

    /**
     * Spring's {@code RequestContextHolder} for every request, from before Spring Security on (as Spring MVC alone would
     * register it). Without it, Jersey's auto-configuration registers one that runs only after Spring Security, so that
     * the logins of Kinerja's API and pages would not know their client address.
     */
    @Bean
    OrderedRequestContextFilter kinerjaRequestContextFilter() {
        return new OrderedRequestContextFilter();
    }

    /** Before {@code /engine-rest}'s authentication filter (which has the lowest precedence) and the webapps' servlets. */
    @Bean
    FilterRegistrationBean<LoginRefusalFilter> loginRefusalFilter(ObjectMapper objectMapper) {
        FilterRegistrationBean<LoginRefusalFilter> registration = new FilterRegistrationBean<>(new LoginRefusalFilter(objectMapper));
        registration.setName("kinerja-login-refusal");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(0);
        return registration;
    }
}
