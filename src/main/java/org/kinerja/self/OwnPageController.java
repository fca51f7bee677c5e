package org.kinerja.self;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Kinerja saya" ({@code GET /kinerja-saya}), for every signed-in person (the page login shared with Tasklist). The page
 * takes no parameter: whose it is comes from the signed-in user alone, so nobody can open someone else's.
 */
@Controller
class OwnPageController {

    private final OwnPageReader reader;

    OwnPageController(OwnPageReader reader) {
        this.reader = reader;
    }

    @GetMapping("/kinerja-saya")
    String page(Authentication user, Model model) {
        model.addAttribute("page", reader.read(user.getName()));
        return "kinerja-saya";
    }
}
