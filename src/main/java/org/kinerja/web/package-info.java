/** Cross-cutting HTTP concerns: the answers to malformed requests, in Bahasa Indonesia. */
package org.kinerja.web;
