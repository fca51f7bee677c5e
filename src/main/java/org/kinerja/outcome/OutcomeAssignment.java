package org.kinerja.outcome;

import java.util.List;
import org.kinerja.organization.KinerjaGroups;
import org.springframework.stereotype.Component;

/**
 * {@code ${outcomeAssignment.assignee(nip)}} and {@code ${outcomeAssignment.hrIfNone(nip)}}: a task goes to the person
 * (the supervisor, or the Atasan Pejabat Penilai for an appeal); without one, to the HR admins. EL passes a null
 * String argument as "", so both mean "nobody".
 */
@Component("outcomeAssignment")
public class OutcomeAssignment {

    public String assignee(String nip) {
        return nip == null || nip.isBlank() ? null : nip;
    }

    public List<String> hrIfNone(String nip) {
        return nip == null || nip.isBlank() ? List.of(KinerjaGroups.ADMIN_BKPSDM) : List.of();
    }
}
