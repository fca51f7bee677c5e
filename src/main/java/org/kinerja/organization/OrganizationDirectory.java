package org.kinerja.organization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the organisation for the other modules. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final PositionRepository positions;

    OrganizationDirectory(UnitRepository units, EmployeeRepository employees, PositionRepository positions) {
        this.units = units;
        this.employees = employees;
        this.positions = positions;
    }

    /** The id of the position (jabatan) with this exact name. */
    public Optional<Long> positionId(String name) {
        return name == null ? Optional.empty() : positions.findByName(name.trim()).map(Position::getId);
    }

    public Optional<UnitRef> unitByCode(String code) {
        return code == null ? Optional.empty()
                : units.findByCode(code.trim().toUpperCase(Locale.ROOT)).map(UnitRef::of);
    }

    public Optional<UnitRef> unit(long id) {
        return units.findById(id).map(UnitRef::of);
    }

    /** Every unit of the organisation (a few hundred at most), by code. */
    public List<UnitRef> allUnits() {
        return units.findAll().stream().map(UnitRef::of).sorted(java.util.Comparator.comparing(UnitRef::code)).toList();
    }

    /** The unit and every unit below it (empty for an unknown unit). */
    public Set<Long> subtree(long unitId) {
        return subtree(allUnits(), unitId).keySet();
    }

    /**
     * The unit and every unit below it, by id, in the order of a walk from the unit down, from a list of all units read
     * once (e.g. for several subtrees of one page); empty for an unknown unit.
     */
    public static Map<Long, UnitRef> subtree(List<UnitRef> all, long rootId) {
        Map<Long, List<UnitRef>> children = new HashMap<>();
        Map<Long, UnitRef> byId = new HashMap<>();
        for (UnitRef unit : all) {
            byId.put(unit.id(), unit);
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
            }
        }
        Map<Long, UnitRef> result = new LinkedHashMap<>();
        Deque<UnitRef> todo = new ArrayDeque<>();
        Optional.ofNullable(byId.get(rootId)).ifPresent(todo::add);
        while (!todo.isEmpty()) {
            UnitRef unit = todo.pop();
            if (result.putIfAbsent(unit.id(), unit) == null) {
                todo.addAll(children.getOrDefault(unit.id(), List.of()));
            }
        }
        return result;
    }

    /** Active employees of the unit's whole subtree, ordered by NIP (a stable order). */
    public List<EmployeeRef> activeEmployeesUnder(long unitId) {
        Set<Long> unitIds = subtree(unitId);
        return employees.findByActiveTrueAndUnitIdInOrderByNip(unitIds).stream().map(EmployeeRef::of).toList();
    }

    /**
     * The head(s) of a unit's organisation: its own active members whose supervisor is not an active employee of the
     * unit's subtree (or who have none). Reads the unit's own members and their supervisors, and walks up from each
     * supervisor's unit (the tree's depth): the same answer as filtering {@link #activeEmployeesUnder(long)}, without
     * reading the whole organisation.
     */
    public List<EmployeeRef> headsOf(long unitId) {
        List<EmployeeRef> members = employees.findByActiveTrueAndUnitIdInOrderByNip(Set.of(unitId)).stream().map(EmployeeRef::of).toList();
        Set<Long> memberIds = members.stream().map(EmployeeRef::id).collect(Collectors.toSet());
        Set<Long> outsideSupervisors = members.stream().map(EmployeeRef::supervisorId)
                .filter(id -> id != null && !memberIds.contains(id)).collect(Collectors.toSet());
        Set<Long> supervisorsInside = new HashSet<>(memberIds);
        employees(outsideSupervisors).values().stream().filter(s -> s.active() && isWithin(s.unitId(), unitId))
                .forEach(s -> supervisorsInside.add(s.id()));
        return members.stream().filter(e -> e.supervisorId() == null || !supervisorsInside.contains(e.supervisorId())).toList();
    }

    /** Whether the unit is the ancestor itself or below it: a walk up the parents, at most the tree's depth. */
    private boolean isWithin(long unitId, long ancestorId) {
        Set<Long> seen = new HashSet<>();
        Optional<Unit> unit = units.findById(unitId);
        while (unit.isPresent() && seen.add(unit.get().getId())) {
            if (unit.get().getId() == ancestorId) {
                return true;
            }
            unit = Optional.ofNullable(unit.get().getParent());
        }
        return false;
    }

    /** Active members of exactly this unit (id and NIP), ordered by NIP: the unit's rows only, whatever the organisation's size. */
    public List<UnitMember> activeMembersOf(long unitId) {
        return employees.findActiveMembersOfUnit(unitId);
    }

    /**
     * One employee by id. Through the persistence context ({@code findById}), so that the several lookups of one
     * transaction (e.g. a task's assignee, its form context, its name and its notification) read the rows once.
     */
    public Optional<EmployeeRef> employee(long id) {
        return employees.findById(id).map(EmployeeRef::of);
    }

    /**
     * Many employees by id, e.g. a whole cycle's, in queries of {@value #IDS_PER_QUERY} ids each (not one lookup per
     * employee). Ids that do not exist are missing from the map.
     */
    public Map<Long, EmployeeRef> employees(Collection<Long> ids) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, EmployeeRef> result = new HashMap<>(all.size() * 2);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            employees.findRefsByIdIn(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .forEach(e -> result.put(e.id(), e));
        }
        return result;
    }

    private static final int IDS_PER_QUERY = 1000;

    /**
     * The names of the people with these NIPs (user ids), e.g. those who changed a calibration, in queries of
     * {@value #IDS_PER_QUERY}; a user id that is no employee's NIP (the admin) is missing from the map.
     */
    public Map<String, String> namesByNip(Collection<String> nips) {
        List<String> all = List.copyOf(new LinkedHashSet<>(nips));
        Map<String, String> result = new HashMap<>(all.size() * 2);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            employees.findNamesByNipIn(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .forEach(row -> result.put((String) row[0], (String) row[1]));
        }
        return result;
    }

    /**
     * The active direct reports of an employee, by name: those whose supervisor (the {@code nip_atasan} of the employee
     * import) is this employee, the rule a cycle uses for each appraisal's supervisor of record. One indexed query
     * ({@code ix_org_employee_supervisor}), whatever the organisation's size.
     */
    public List<EmployeeRef> activeDirectReports(long supervisorId) {
        return employees.findActiveReports(supervisorId);
    }

    public Optional<EmployeeRef> employeeByNip(String nip) {
        return employees.findWithDetailsByNip(nip).map(EmployeeRef::of);
    }

    /** NIPs of the active members of a Camunda group managed by Kinerja: a role group or a unit group. */
    public List<String> activeNipsWithRole(EmployeeRole role) {
        return employees.findActiveNipsWithRole(role);
    }

    /** Whether this NIP is an active employee holding the role (one indexed lookup, whatever the organisation's size). */
    public boolean hasActiveRole(String nip, EmployeeRole role) {
        return nip != null && employees.hasActiveRole(nip, role);
    }
}
