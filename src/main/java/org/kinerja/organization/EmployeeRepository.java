package org.kinerja.organization;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

    @EntityGraph(attributePaths = {"unit", "position", "supervisor", "roles"})
    @Query("select e from Employee e order by e.nip")
    List<Employee> findAllWithDetails();

    @EntityGraph(attributePaths = {"unit", "position", "supervisor", "roles"})
    List<Employee> findByActiveTrueOrderByNip();

    @EntityGraph(attributePaths = {"unit", "position", "supervisor", "roles"})
    List<Employee> findByActiveTrueAndUnitIdInOrderByNip(java.util.Collection<Long> unitIds);

    /**
     * One employee by NIP with what its view needs, e.g. the rater of a task: a JPQL string with its joins, which
     * Hibernate plans once (a derived query with an entity graph was translated again on every call, about 3 % of a
     * task submission's CPU).
     */
    @Query("select e from Employee e left join fetch e.unit left join fetch e.position left join fetch e.supervisor left join fetch e.roles "
            + "where e.nip = :nip")
    java.util.Optional<Employee> findWithDetailsByNip(String nip);

    /** The active members of one unit, id and NIP only: the unit's rows through the unit index, nothing joined. */
    @Query("select new org.kinerja.organization.UnitMember(e.id, e.nip) from Employee e where e.unit.id = :unitId and e.active = true "
            + "order by e.nip")
    List<UnitMember> findActiveMembersOfUnit(long unitId);

    /**
     * The name of the employee with this NIP and whether they have an active direct report, in one query: the NIP's
     * row, and one probe of {@code ix_org_employee_supervisor} for the first report (no report is read further).
     */
    @Query("""
            select new org.kinerja.organization.SignedInPerson(e.id, e.name,
                case when exists (select r.id from Employee r where r.supervisor.id = e.id and r.active = true) then true else false end)
            from Employee e where e.nip = :nip""")
    java.util.Optional<SignedInPerson> findSignedInPerson(String nip);

    /**
     * The active direct reports of a supervisor as views, by name: the supervisor's rows of
     * {@code ix_org_employee_supervisor}, their positions and units joined; nothing else of the organisation.
     */
    @Query("""
            select new org.kinerja.organization.EmployeeRef(e.id, e.nip, e.name, e.email, p.name, p.id, u.id, u.code, u.name,
                e.supervisor.id, e.active)
            from Employee e join e.position p join e.unit u where e.supervisor.id = :supervisorId and e.active = true
            order by e.name, e.nip""")
    List<EmployeeRef> findActiveReports(long supervisorId);

    /** NIP and name of these employees (the NIP index, nothing joined), active or not. */
    @Query("select e.nip, e.name from Employee e where e.nip in :nips")
    List<Object[]> findNamesByNipIn(java.util.Collection<String> nips);

    /** NIPs of the active holders of a role: reads the holders only, not the organisation. */
    @Query("select e.nip from Employee e join e.roles r where e.active = true and r = :role order by e.nip")
    List<String> findActiveNipsWithRole(EmployeeRole role);

    @Query("select count(e) > 0 from Employee e join e.roles r where e.active = true and e.nip = :nip and r = :role")
    boolean hasActiveRole(String nip, EmployeeRole role);

    /**
     * Employees by id as views, in one query: no entity, no lazy loading, whatever their number. The supervisor's id is
     * the foreign key column ({@code e.supervisor.id} joins nothing), so heads without a supervisor are included.
     */
    @Query("""
            select new org.kinerja.organization.EmployeeRef(e.id, e.nip, e.name, e.email, p.name, p.id, u.id, u.code, u.name,
                e.supervisor.id, e.active)
            from Employee e join e.position p join e.unit u where e.id in :ids""")
    List<EmployeeRef> findRefsByIdIn(java.util.Collection<Long> ids);
}
