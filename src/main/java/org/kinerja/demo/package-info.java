/**
 * The demo profile: seeds the Dinas Kependudukan dan Pencatatan Sipil Kota Sabang through the same CSV imports HR
 * uses, and prints the logins at start-up.
 */
@ApplicationModule(displayName = "Demo data and logins", allowedDependencies = {"appraisal", "organization", "security"})
package org.kinerja.demo;

import org.springframework.modulith.ApplicationModule;
