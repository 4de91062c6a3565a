package org.resolute.mission.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.RecordChanged;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.NewCeiling;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The troop ceilings as recorded; the one in force is the latest started on or before the date, not ended. */
@Service
@Transactional(readOnly = true)
public class CeilingBook implements TroopCeilings {

    /** The fields {@link #search} sorts by. */
    public static final List<String> SORT_FIELDS = List.of("from", "troops", "kind", "nation");

    private static final Comparator<TroopCeiling> OLDEST_FIRST = Comparator.comparing(TroopCeiling::from)
            .thenComparing(TroopCeiling::kind).thenComparing(ceiling -> ceiling.nation().orElse(""));

    private static final Map<String, Comparator<TroopCeiling>> SORTS = Map.of(
            "from", Comparator.comparing(TroopCeiling::from),
            "troops", Comparator.comparingInt(TroopCeiling::troops),
            "kind", Comparator.comparing(TroopCeiling::kind),
            "nation", Comparator.comparing(ceiling -> ceiling.nation().orElse("")));

    private final MissionTables tables;
    private final CeilingRules rules;
    private final ApplicationEventPublisher events;

    CeilingBook(MissionTables tables, CeilingRules rules, ApplicationEventPublisher events) {
        this.tables = tables;
        this.rules = rules;
        this.events = events;
    }

    @Override
    public List<TroopCeiling> all() {
        return tables.ceilings();
    }

    @Override
    public Optional<TroopCeiling> missionCeilingOn(LocalDate date) {
        return inForce(tables.ceilings(), date, ceiling -> ceiling.kind() == CeilingKind.MISSION);
    }

    @Override
    public Optional<TroopCeiling> nationalCapOn(String nation, LocalDate date) {
        return inForce(tables.ceilings(), date, ceiling -> ceiling.kind() == CeilingKind.NATIONAL_CAP
                && ceiling.nation().map(nation::equalsIgnoreCase).orElse(false));
    }

    /**
     * One page of the ceilings the query matches, sorted by one of {@link #SORT_FIELDS} (oldest first when the
     * sort is empty); an unknown sort field is {@link org.resolute.kernel.InvalidInput} on "sort".
     */
    public PageResult<TroopCeiling> search(CeilingQuery query, PageQuery page) {
        List<TroopCeiling> every = tables.ceilings();
        List<TroopCeiling> matching = every.stream().filter(query::matchesScope)
                .filter(ceiling -> query.inForceOn() == null || inForce(every, query.inForceOn(),
                        other -> other.scope().equals(ceiling.scope())).filter(ceiling::equals).isPresent())
                .sorted(order(page)).toList();
        return PageResult.of(matching, page);
    }

    @Override
    @Transactional
    public TroopCeiling record(NewCeiling ceiling) {
        TroopCeiling checked = rules.check(ceiling);
        if (tables.ceilingStarts(checked.scope(), checked.from())) {
            throw rules.sameDay(checked);
        }
        try {
            tables.insert(checked);
        } catch (DuplicateKeyException e) {
            throw rules.sameDay(checked);
        }
        events.publishEvent(RecordChanged.saved("TroopCeiling", checked.id(), checked, Marking.PUBLIC));
        return checked;
    }

    private static Comparator<TroopCeiling> order(PageQuery page) {
        if (page.sortField().isEmpty()) {
            return OLDEST_FIRST;
        }
        Comparator<TroopCeiling> field = SORTS.get(page.sortField());
        if (field == null) {
            throw new InvalidInput("sort", "Cannot sort by '" + page.sortField() + "'; sort by one of "
                    + String.join(", ", SORT_FIELDS));
        }
        return (page.descending() ? field.reversed() : field).thenComparing(OLDEST_FIRST);
    }

    private static Optional<TroopCeiling> inForce(List<TroopCeiling> ceilings, LocalDate date,
            Predicate<TroopCeiling> scope) {
        return ceilings.stream().filter(scope).filter(ceiling -> !ceiling.from().isAfter(date))
                .max(Comparator.comparing(TroopCeiling::from)).filter(ceiling -> ceiling.inForceOn(date));
    }
}
