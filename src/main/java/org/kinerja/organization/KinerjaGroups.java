package org.kinerja.organization;

import java.util.Locale;
import java.util.Set;

/** The Camunda group ids Kinerja manages. They are also the Spring Security authorities of a logged-in user. */
public final class KinerjaGroups {

    /** Every active employee. */
    public static final String PEGAWAI = "pegawai";
    /** Employees with at least one active subordinate (pejabat penilai). */
    public static final String ATASAN = "atasan";
    /** The calibration committee. */
    public static final String TIM_PENILAI = "tim-penilai";
    /** HR administrators. */
    public static final String ADMIN_BKPSDM = "admin-bkpsdm";
    /** Technical administrators: deploy BPMN/DMN/forms, use Cockpit and Admin. Never assigned by an import. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** Service accounts of counter systems that register service tickets. Members are added in Camunda Admin. */
    public static final String SISTEM_LOKET = "sistem-loket";
    /** Prefix of the group each unit gets. */
    public static final String UNIT_PREFIX = "unit-";

    /** Groups whose membership the identity sync owns and rewrites from the employee data. */
    static final Set<String> ROLE_GROUPS = Set.of(PEGAWAI, ATASAN, TIM_PENILAI, ADMIN_BKPSDM);

    private KinerjaGroups() {
    }

    public static String unitGroup(String unitCode) {
        return UNIT_PREFIX + unitCode.toLowerCase(Locale.ROOT);
    }
}
