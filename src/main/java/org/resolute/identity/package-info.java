/**
 * Who may use Resolute: users with roles, nation and clearance; sign-in with throttling; personal access tokens
 * for the API; the first administrator of a new installation and the demo accounts.
 */
@ApplicationModule(allowedDependencies = "kernel")
package org.resolute.identity;

import org.springframework.modulith.ApplicationModule;
