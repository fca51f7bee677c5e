package org.kinerja.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed sign-in on Kinerja's page: back to {@code /masuk?gagal}, or, while the login waits (see {@link LoginThrottle}),
 * to {@code /masuk?tunggu=N}, where the page says how many seconds.
 */
class PageLoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    PageLoginFailureHandler() {
        super("/masuk?gagal");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (e instanceof LoginRefusedAuthenticationException refused) {
            getRedirectStrategy().sendRedirect(request, response, "/masuk?tunggu=" + refused.refusal().retryAfterSeconds());
            return;
        }
        super.onAuthenticationFailure(request, response, e);
    }
}
