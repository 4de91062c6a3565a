package org.resolute.force;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.springframework.modulith.NamedInterface;

/**
 * National caveats: the rules nations put on the use of their forces, recorded and checked. The check applies
 * every caveat of the nation whoever asks (a rule binds even where its text is not released to the viewer).
 */
@NamedInterface("api")
public interface NationalCaveats {

    /** The caveats the viewer may see, of one nation (empty for all), by nation and code. */
    PageResult<NationalCaveat> search(String nation, PageQuery page);
}
