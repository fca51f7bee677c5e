package org.kinerja.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Puts {@link LoginThrottleInterceptor} into the engine, after its own interceptors (inside each command's context and
 * transaction), next to whatever other interceptors are already registered there.
 */
@Component
class LoginThrottleEngineSetup extends AbstractCamundaConfiguration {

    private final LoginThrottle throttle;

    LoginThrottleEngineSetup(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new LoginThrottleInterceptor(throttle));
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }
}
