/**
 * The human-task layer shared by every process: who acts on a task ({@code TaskActor}). The engine
 * guard in {@code org.kinerja.security} makes sure that a submission carries only its form's fields and that a task
 * held by someone cannot be completed by another; the domain modules then check that the actor is the person their
 * own tables say (the employee, the supervisor in charge, a chosen peer, the committee, HR).
 */
@ApplicationModule(displayName = "Human tasks: one mechanism, deadlines, who acts", allowedDependencies = {"notification", "organization", "shared"})
package org.kinerja.task;

import org.springframework.modulith.ApplicationModule;
