package org.kinerja.feedback;

import java.util.List;
import org.kinerja.organization.KinerjaGroups;
import org.springframework.stereotype.Component;

/** {@code ${complaintAssignment.handlerGroups(handlerNip)}}: without a unit head, the HR admins take the complaint. */
@Component("complaintAssignment")
public class ComplaintAssignment {

    /** EL turns a null argument into "" for a String parameter, so both mean "no unit head". */
    public List<String> handlerGroups(String handlerNip) {
        return handlerNip == null || handlerNip.isBlank() ? List.of(KinerjaGroups.ADMIN_BKPSDM) : List.of();
    }
}
