package org.kinerja.organization;

/** The order of Kinerja's start-up runners: data first, then the identity sync, then what reports on them. */
public final class StartupOrder {

    public static final int SEED_DATA = 10;
    public static final int IDENTITY_SYNC = 20;
    public static final int REPORT = 100;

    private StartupOrder() {
    }
}
