package org.kinerja.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Kinerja's login page ({@code /masuk}); Spring Security handles the POST and {@code /keluar}. */
@Controller
class LoginController {

    @GetMapping("/masuk")
    String login() {
        return "masuk";
    }
}
