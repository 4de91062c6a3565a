package org.resolute.kernel;

import java.util.Map;

/**
 * A record that chooses what of itself the audit trail keeps (to leave out secrets such as password hashes).
 * Records that do not implement it are kept whole.
 */
public interface Audited {

    Map<String, Object> auditState();
}
