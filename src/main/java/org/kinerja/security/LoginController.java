package org.kinerja.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Kinerja's login page ({@code /masuk}); Spring Security handles the POST and {@code /keluar}. */
@Controller
class LoginController {

    /** {@code tunggu}: the seconds a throttled login must wait (see {@link PageLoginFailureHandler}). */
    @GetMapping("/masuk")
    String login(@RequestParam(name = "tunggu", required = false) String wait, Model model) {
        if (wait != null && wait.matches("[0-9]{1,5}")) {
            model.addAttribute("tunggu", LoginRefusal.message(Math.max(1, Long.parseLong(wait))));
        }
        return "masuk";
    }
}
