package org.resolute.reference;

import java.util.List;
import java.util.Optional;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.springframework.modulith.NamedInterface;

/** The public sources facts cite, by id. */
@NamedInterface("api")
public interface Sources {

    Optional<Source> find(String id);

    /** Every source, by id. */
    List<Source> all();

    /** One page of the sources whose id, title or kind contains the text, by id. */
    PageResult<Source> search(String text, PageQuery page);
}
