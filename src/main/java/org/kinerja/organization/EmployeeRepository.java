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

    @EntityGraph(attributePaths = {"unit", "position", "supervisor", "roles"})
    java.util.Optional<Employee> findWithDetailsById(Long id);

    @EntityGraph(attributePaths = {"unit", "position", "supervisor", "roles"})
    java.util.Optional<Employee> findWithDetailsByNip(String nip);
}
