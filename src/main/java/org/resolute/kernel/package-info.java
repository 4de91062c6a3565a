/**
 * The value types every module needs: {@link org.resolute.kernel.Money}, {@link org.resolute.kernel.Marking},
 * {@link org.resolute.kernel.Provenance}, the current {@link org.resolute.kernel.Viewer}, and the one mechanism
 * ({@link org.resolute.kernel.MarkedRecords}) by which every module's reads are filtered for that viewer.
 */
@ApplicationModule(type = Type.OPEN)
package org.resolute.kernel;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
