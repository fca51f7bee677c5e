/**
 * The organisation: units as a tree (instansi, bidang, seksi), positions (jabatan) and employees, the
 * all-or-nothing CSV imports the HR admin (BKPSDM) uses to maintain them, and the synchronisation of employees
 * to Camunda users and groups.
 */
@ApplicationModule(displayName = "Organisation: units, positions, employees, identity", allowedDependencies = {"shared"})
package org.kinerja.organization;

import org.springframework.modulith.ApplicationModule;
