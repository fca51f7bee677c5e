package org.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.organization.OrganizationFixtures.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.support.KinerjaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The heads of a unit's organisation, read from the unit's own members and their supervisors: the same answer as
 * filtering every active employee of the subtree (the former way, which read the whole organisation per certificate).
 */
@KinerjaTest
class OrganizationHeadsTests {

    @Autowired
    OrganizationDirectory organization;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    UnitImportService unitImport;

    @BeforeEach
    void resetOrganisation() {
        unitImport.importCsv(units());
        employeeImport.importCsv(employees());
    }

    @Test
    void shouldFindTheMembersWhoseSupervisorIsOutsideTheUnitsSubtree() {
        assertThat(heads("DINAS")).containsExactly(HEAD);
        assertThat(heads("BID-A")).containsExactly(SUPERVISOR);
        assertThat(heads("SEK-A1")).containsExactly(STAFF_ONE, STAFF_TWO);
        assertThat(heads("SEK-A2")).containsExactly(STAFF_THREE);
    }

    @Test
    void shouldNotTakeAMemberSupervisedFromBelowForAHead() {
        employeeImport.importCsv(utf8(employeesText().replace("Analis SDM,DINAS,197203151998031004", "Analis SDM,DINAS," + STAFF_ONE)));

        assertThat(heads("DINAS")).containsExactly(HEAD);
        everyUnitAgreesWithTheWholeSubtreeFilter();
    }

    @Test
    void shouldAgreeWithFilteringTheWholeSubtreeInEveryUnit() {
        everyUnitAgreesWithTheWholeSubtreeFilter();
    }

    private void everyUnitAgreesWithTheWholeSubtreeFilter() {
        for (String code : List.of("DINAS", "BID-A", "SEK-A1", "SEK-A2")) {
            long unitId = organization.unitByCode(code).orElseThrow().id();
            List<EmployeeRef> inside = organization.activeEmployeesUnder(unitId);
            Set<Long> insideIds = inside.stream().map(EmployeeRef::id).collect(Collectors.toSet());
            List<String> expected = inside.stream().filter(e -> e.unitId() == unitId)
                    .filter(e -> e.supervisorId() == null || !insideIds.contains(e.supervisorId())).map(EmployeeRef::nip).toList();
            assertThat(heads(code)).as(code).isNotEmpty().containsExactlyElementsOf(expected);
        }
    }

    private List<String> heads(String unitCode) {
        return organization.headsOf(organization.unitByCode(unitCode).orElseThrow().id()).stream().map(EmployeeRef::nip).toList();
    }
}
