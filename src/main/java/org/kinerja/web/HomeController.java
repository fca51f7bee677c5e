package org.kinerja.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after a Kinerja login: links to what the user may open. */
@Controller
class HomeController {

    @GetMapping("/beranda")
    String home() {
        return "beranda";
    }
}
