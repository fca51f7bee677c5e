/** Cross-cutting HTTP concerns: the answers to malformed requests, in Bahasa Indonesia. */
@ApplicationModule(displayName = "Answers and error pages in Bahasa Indonesia", allowedDependencies = {"shared"})
package org.kinerja.web;

import org.springframework.modulith.ApplicationModule;
