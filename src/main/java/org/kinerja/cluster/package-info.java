/**
 * Several nodes on one PostgreSQL: each node's name, which is its job executor's lock owner and shows in
 * {@code /actuator/info}. What must be shared lives in the database elsewhere: sessions (Spring Session JDBC), the
 * survey's rate limit (feedback), login counters (security), mail dispatch under a row lock (notification), and every
 * timed or retried piece of work as a Camunda job.
 */
@ApplicationModule(displayName = "Running as a cluster: node identity", allowedDependencies = {})
package org.kinerja.cluster;

import org.springframework.modulith.ApplicationModule;
