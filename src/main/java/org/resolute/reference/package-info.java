/**
 * Reference data every other module names things by: nations (ISO 3166), their NATO membership over time (Ally
 * since accession, or operational partner), the nations contributing to a mission, currencies (ISO 4217) and the
 * public sources these facts come from. Loaded on every start from the files in {@code reference/} through the
 * same import a user would run.
 */
@ApplicationModule(displayName = "Reference data", allowedDependencies = "kernel")
package org.resolute.reference;

import org.springframework.modulith.ApplicationModule;
