package org.kinerja.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.kinerja.support.Http;

/** What the Camunda webapps say about a client's session. */
final class WebappSessions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebappSessions() {
    }

    /** Who the Camunda webapps see signed in with this client's session, or null. */
    static String signedInUser(Http http) {
        HttpResponse<String> user = http.get("/camunda/api/admin/auth/user/default", null, null);
        if (user.statusCode() != 200) {
            return null;
        }
        try {
            return JSON.readTree(user.body()).path("userId").asText(null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
