package org.kinerja.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A civil servant. Never deleted: an employee who leaves is deactivated and keeps their history. */
@Entity
@Table(name = "org_employee")
class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Nip.LENGTH)
    private String nip;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id", nullable = false)
    private Position position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Employee supervisor;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_employee_role", joinColumns = @JoinColumn(name = "employee_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<EmployeeRole> roles = EnumSet.noneOf(EmployeeRole.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Employee() {
    }

    Employee(String nip) {
        this.nip = nip;
        this.active = true;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Applies the values of an import row, except the supervisor; returns whether anything changed. */
    boolean update(String name, String email, Position position, Unit unit, Set<EmployeeRole> roles) {
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.email, email)
                || this.position != position || this.unit != unit || !this.roles.equals(roles) || !active;
        if (changed) {
            this.name = name;
            this.email = email;
            this.position = position;
            this.unit = unit;
            this.roles.clear();
            this.roles.addAll(roles);
            this.active = true;
            this.updatedAt = Instant.now();
        }
        return changed;
    }

    boolean assignSupervisor(Employee supervisor) {
        if (this.supervisor == supervisor) {
            return false;
        }
        this.supervisor = supervisor;
        this.updatedAt = Instant.now();
        return true;
    }

    void deactivate() {
        this.active = false;
        this.updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getNip() {
        return nip;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    Position getPosition() {
        return position;
    }

    Unit getUnit() {
        return unit;
    }

    Employee getSupervisor() {
        return supervisor;
    }

    boolean isActive() {
        return active;
    }

    Set<EmployeeRole> getRoles() {
        return roles;
    }
}
