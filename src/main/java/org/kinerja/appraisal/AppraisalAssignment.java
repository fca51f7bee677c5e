package org.kinerja.appraisal;

import java.util.List;
import org.kinerja.organization.KinerjaGroups;
import org.springframework.stereotype.Component;

/**
 * Who acts as supervisor in the BPMN expressions ({@code ${appraisalAssignment.supervisorGroups(supervisorNip)}}):
 * the direct supervisor when there is one; for the head of the organisation, who has none in Kinerja, the HR admins.
 */
@Component("appraisalAssignment")
public class AppraisalAssignment {

    /** EL turns a null argument into "" for a String parameter, so both mean "no supervisor". */
    public List<String> supervisorGroups(String supervisorNip) {
        return supervisorNip == null || supervisorNip.isBlank() ? List.of(KinerjaGroups.ADMIN_BKPSDM) : List.of();
    }
}
