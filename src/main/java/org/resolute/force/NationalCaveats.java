package org.resolute.force;

import java.io.Reader;
import java.util.List;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/**
 * National caveats: the rules nations put on the use of their forces, recorded and checked. The check applies
 * every caveat of the nation whoever asks (a rule binds even where its text is not released to the viewer).
 */
public interface NationalCaveats {

    /** The caveats the assignment breaks; empty when it complies. An unknown location is refused on "location". */
    List<CaveatViolation> check(Assignment assignment);

    /** The caveats the viewer may see, of one nation (empty for all), by nation and code. */
    PageResult<NationalCaveat> search(String nation, PageQuery page);

    /** The caveat in words, with the nation's name and its code. */
    String sentence(NationalCaveat caveat);

    NationalCaveat add(NewCaveat caveat);

    /**
     * Columns: code, nation, kind, values (separated by ';'), limit, description, classification, releasable_to,
     * source, provenance_status. All or nothing; answers the number added.
     */
    int importCaveats(Reader csv);
}
