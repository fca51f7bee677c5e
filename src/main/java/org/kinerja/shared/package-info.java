/**
 * What every module shares and that depends on nothing else: the one type by which Kinerja refuses a request
 * ({@link org.kinerja.shared.Rejection}), whichever door it came through (Kinerja's API, a page, the Camunda REST API,
 * Tasklist or the Java API).
 */
package org.kinerja.shared;
