/**
 * The tamper-evident audit trail: every create, update and delete in every module, with who, when, before and
 * after, sealed behind the writers into a hash chain that an auditor can list, export and verify.
 */
@ApplicationModule(allowedDependencies = "kernel")
package org.resolute.audit;

import org.springframework.modulith.ApplicationModule;
