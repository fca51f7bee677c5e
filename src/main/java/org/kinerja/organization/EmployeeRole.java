package org.kinerja.organization;

import java.util.Arrays;
import java.util.Optional;

/** Roles an employee can hold besides being an employee, set through the {@code peran} CSV column. */
public enum EmployeeRole {
    /** Member of the calibration committee (Tim Penilai Kinerja). */
    TIM_PENILAI(KinerjaGroups.TIM_PENILAI),
    /** HR administrator (Admin BKPSDM). */
    ADMIN_BKPSDM(KinerjaGroups.ADMIN_BKPSDM);

    private final String groupId;

    EmployeeRole(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    static Optional<EmployeeRole> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.groupId.equalsIgnoreCase(code.trim())).findFirst();
    }
}
