package org.kinerja.organization;

/** What one run of the identity sync changed in Camunda's users, groups and memberships. */
record IdentitySyncReport(int usersCreated, int usersUpdated, int usersDeleted, int groupsCreated,
        int groupsUpdated, int membershipsAdded, int membershipsRemoved) {

    public boolean changedNothing() {
        return usersCreated + usersUpdated + usersDeleted + groupsCreated + groupsUpdated + membershipsAdded
                + membershipsRemoved == 0;
    }
}
