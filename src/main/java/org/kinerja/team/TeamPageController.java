package org.kinerja.team;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Tim saya" ({@code GET /tim-saya}), for supervisors (the page login shared with Tasklist). The page takes no
 * parameter: whose team it is comes from the signed-in user alone; someone without direct reports gets the error page
 * (403) in Bahasa Indonesia.
 */
@Controller
class TeamPageController {

    private final TeamPageReader reader;

    TeamPageController(TeamPageReader reader) {
        this.reader = reader;
    }

    @GetMapping("/tim-saya")
    String page(Authentication user, Model model) {
        model.addAttribute("page", reader.read(user.getName()));
        return "tim-saya";
    }
}
