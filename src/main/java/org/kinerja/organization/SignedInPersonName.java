package org.kinerja.organization;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The name of the signed-in person for the header of Kinerja's pages ({@code namaPengguna}): people know themselves
 * by name, not by their NIP; and whether they have direct reports ({@code punyaTim}), for the header's link to "Tim
 * saya". Both in one query by NIP (the NIP's row and one probe of the supervisor index for a first report); someone
 * without reports may still be in charge of a running appraisal as Plt/Plh ({@link ActingCharges}, one probe of an
 * index more). After the controller, before the page is rendered, and only for pages (a JSON answer has no view). An account that is no
 * employee's (the admin), an error page, or a lookup that fails (the database away) shows the login instead, and no
 * link to "Tim saya".
 */
@Component
class SignedInPersonName implements HandlerInterceptor, WebMvcConfigurer {

    static final String ATTRIBUTE = "namaPengguna";
    static final String HAS_TEAM = "punyaTim";
    private static final Logger log = LoggerFactory.getLogger(SignedInPersonName.class);

    private final EmployeeRepository employees;
    private final java.util.List<ActingCharges> actingCharges;

    SignedInPersonName(EmployeeRepository employees, java.util.List<ActingCharges> actingCharges) {
        this.employees = employees;
        this.actingCharges = actingCharges;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        String view = page == null ? null : page.getViewName();
        if (view == null || view.startsWith("redirect:") || request.getDispatcherType() == DispatcherType.ERROR) {
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return;
        }
        try {
            employees.findSignedInPerson(user.getName()).ifPresent(person -> {
                page.addObject(ATTRIBUTE, person.name());
                page.addObject(HAS_TEAM, person.hasReports() || actingCharges.stream().anyMatch(c -> c.isActingOfficial(person.id())));
            });
        } catch (RuntimeException e) {
            log.debug("Nama pengguna {} tidak dapat dibaca: {}", user.getName(), e.toString());
        }
    }
}
