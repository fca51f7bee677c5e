package org.kinerja.organization;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes Camunda's users and groups mirror the organisation: every active employee is a user whose id is the NIP,
 * member of {@code pegawai}, of {@code atasan} when they supervise someone active, of the groups of their roles and
 * of their unit's group. Employees who are no longer active lose their Camunda user (their rows stay).
 *
 * <p>Idempotent: a second run with unchanged data changes nothing. Users that are not NIPs (the technical admin,
 * service accounts) and groups Kinerja does not own are left alone.
 */
@Service
class IdentitySync {

    static final String GROUP_TYPE_ROLE = "KINERJA";
    static final String GROUP_TYPE_UNIT = "UNIT";
    private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);
    private static final Map<String, String> ROLE_GROUP_NAMES = Map.of(
            KinerjaGroups.PEGAWAI, "Pegawai",
            KinerjaGroups.ATASAN, "Atasan (Pejabat Penilai Kinerja)",
            KinerjaGroups.TIM_PENILAI, "Tim Penilai Kinerja",
            KinerjaGroups.ADMIN_BKPSDM, "Admin BKPSDM");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final String initialPassword;
    private final SecureRandom random = new SecureRandom();

    IdentitySync(IdentityService identity, AuthorizationService authorizations, EmployeeRepository employees,
            UnitRepository units, IdentitySettings settings) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.employees = employees;
        this.units = units;
        this.initialPassword = settings.initialPassword();
    }

    @Transactional
    public IdentitySyncReport sync() {
        Counter c = new Counter();
        Map<String, Group> groups = identity.createGroupQuery().list().stream()
                .collect(Collectors.toMap(Group::getId, Function.identity()));
        ROLE_GROUP_NAMES.forEach((id, name) -> ensureGroup(groups, id, name, GROUP_TYPE_ROLE, c));
        Set<String> managedGroups = new HashSet<>(KinerjaGroups.ROLE_GROUPS);
        for (Unit unit : units.findAll()) {
            String groupId = KinerjaGroups.unitGroup(unit.getCode());
            ensureGroup(groups, groupId, unit.getName(), GROUP_TYPE_UNIT, c);
            managedGroups.add(groupId);
        }

        List<Employee> active = employees.findByActiveTrueOrderByNip();
        Set<Long> supervisorIds = active.stream().map(Employee::getSupervisor).filter(Objects::nonNull)
                .map(Employee::getId).collect(Collectors.toSet());
        Map<String, User> nipUsers = identity.createUserQuery().list().stream()
                .filter(u -> Nip.isValid(u.getId()))
                .collect(Collectors.toMap(User::getId, Function.identity()));
        Map<String, Set<String>> wanted = new HashMap<>();
        for (Employee e : active) {
            User user = nipUsers.remove(e.getNip());
            if (user == null) {
                createUser(e);
                c.usersCreated++;
            } else if (!e.getName().equals(user.getFirstName()) || !"".equals(Objects.toString(user.getLastName(), ""))
                    || user.getEmail() != null) {
                user.setFirstName(e.getName());
                user.setLastName("");
                user.setEmail(null);
                identity.saveUser(user);
                c.usersUpdated++;
            }
            wanted.computeIfAbsent(KinerjaGroups.PEGAWAI, k -> new HashSet<>()).add(e.getNip());
            if (supervisorIds.contains(e.getId())) {
                wanted.computeIfAbsent(KinerjaGroups.ATASAN, k -> new HashSet<>()).add(e.getNip());
            }
            for (EmployeeRole role : e.getRoles()) {
                wanted.computeIfAbsent(role.groupId(), k -> new HashSet<>()).add(e.getNip());
            }
            wanted.computeIfAbsent(KinerjaGroups.unitGroup(e.getUnit().getCode()), k -> new HashSet<>()).add(e.getNip());
        }
        removeSelfGrants(c);
        for (String leftOver : nipUsers.keySet()) {
            identity.deleteUser(leftOver);
            c.usersDeleted++;
        }
        for (String groupId : managedGroups) {
            Set<String> want = wanted.getOrDefault(groupId, Set.of());
            Set<String> have = identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId)
                    .filter(Nip::isValid).collect(Collectors.toSet());
            for (String userId : want) {
                if (!have.contains(userId)) {
                    identity.createMembership(userId, groupId);
                    c.membershipsAdded++;
                }
            }
            for (String userId : have) {
                if (!want.contains(userId)) {
                    identity.deleteMembership(userId, groupId);
                    c.membershipsRemoved++;
                }
            }
        }
        IdentitySyncReport report = c.report();
        if (report.changedNothing()) {
            log.info("Sinkronisasi identitas: {} pegawai aktif, tidak ada perubahan", active.size());
        } else {
            log.info("Sinkronisasi identitas: {} pegawai aktif; {}", active.size(), report);
        }
        return report;
    }

    /**
     * Camunda grants every new user all permissions on their own account, so an employee could rename themself or
     * delete their own login. The profile is HR's data from the import: those grants are removed (idempotent; after the
     * first run there are none left to read).
     */
    private void removeSelfGrants(Counter c) {
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.USER).list()) {
            if (grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId()) && Nip.isValid(grant.getUserId())) {
                authorizations.deleteAuthorization(grant.getId());
                c.selfGrantsRemoved++;
            }
        }
    }

    private void ensureGroup(Map<String, Group> groups, String id, String name, String type, Counter c) {
        Group group = groups.get(id);
        if (group == null) {
            group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
            groups.put(id, group);
            c.groupsCreated++;
        } else if (!name.equals(group.getName()) || !type.equals(group.getType())) {
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
            c.groupsUpdated++;
        }
    }

    private void createUser(Employee e) {
        User user = identity.newUser(e.getNip());
        user.setFirstName(e.getName());
        user.setLastName("");
        // The email stays in Kinerja's employee table (mail is sent from there): Camunda's user list is readable by
        // every employee, to show names in Tasklist, and must not hand out everyone's address.
        user.setEmail(null);
        user.setPassword(initialPassword.isBlank() ? randomPassword() : initialPassword);
        identity.saveUser(user);
    }

    /**
     * An unguessable password that satisfies Camunda's default password policy. It is never shown: outside the demo
     * an administrator sets the real password in Camunda Admin (or the instance connects LDAP).
     */
    private String randomPassword() {
        String[] classes = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!#%+-=?@_"};
        List<Character> chars = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String pool = classes[i % classes.length];
            chars.add(pool.charAt(random.nextInt(pool.length())));
        }
        java.util.Collections.shuffle(chars, random);
        return chars.stream().map(String::valueOf).collect(Collectors.joining());
    }

    private static final class Counter {
        int usersCreated, usersUpdated, usersDeleted, groupsCreated, groupsUpdated, membershipsAdded, membershipsRemoved,
                selfGrantsRemoved;

        IdentitySyncReport report() {
            return new IdentitySyncReport(usersCreated, usersUpdated, usersDeleted, groupsCreated, groupsUpdated,
                    membershipsAdded, membershipsRemoved);
        }
    }
}
