package org.resolute.reference.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.reference.ContributingNation;
import org.resolute.reference.Membership;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Nations} over the stored nations and membership periods. */
@Service
@Transactional(readOnly = true)
public class NationBook implements Nations {

    /** The fields {@link #search} sorts by. */
    public static final List<String> SORT_FIELDS = List.of("code", "name", "status", "since");

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private static final Map<String, Comparator<NationStatus>> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("code", Comparator.comparing(status -> status.nation().code()));
        SORTS.put("name", Comparator.comparing(status -> status.nation().name().toLowerCase(Locale.ROOT)));
        SORTS.put("status", Comparator.comparing(status -> status.membership() == null ? null
                : status.membership().kind().name(), NULLS_LAST));
        SORTS.put("since", Comparator.comparing(status -> status.membership() == null ? null
                : status.membership().since().toString(), NULLS_LAST));
    }

    private final ReferenceTables tables;

    NationBook(ReferenceTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Nation> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return tables.nations().stream()
                .filter(nation -> nation.code().equals(wanted) || nation.alpha2().equals(wanted)).findFirst();
    }

    @Override
    public Nation get(String code) {
        return find(code).orElseThrow(() -> new NotFound("Nation " + code));
    }

    @Override
    public List<Nation> all() {
        return tables.nations();
    }

    @Override
    public Optional<Membership> membershipAt(String code, LocalDate date) {
        Nation nation = get(code);
        return MembershipTimeline.of(tables.memberships()).at(nation.code(), date);
    }

    @Override
    public Map<String, Membership> membershipsAt(LocalDate date) {
        return tables.memberships().stream().filter(period -> period.covers(date))
                .collect(Collectors.toMap(Membership::nation, period -> period, (first, second) -> first));
    }

    @Override
    public List<Membership> history(String code) {
        Nation nation = get(code);
        return MembershipTimeline.of(tables.memberships()).history(nation.code());
    }

    /**
     * One page of the nations matching the query, sorted by one of {@link #SORT_FIELDS} (by name when the sort is
     * empty); an unknown sort field is {@link org.resolute.kernel.InvalidInput} on "sort".
     */
    public PageResult<NationStatus> search(NationQuery query, PageQuery page) {
        return PageResult.of(searchAll(query, page.sort()), page);
    }

    /** Every nation matching the query, in the given order, for exports. */
    public List<NationStatus> searchAll(NationQuery query, String sort) {
        Comparator<NationStatus> order = new PageQuery(0, 1, sort).order(SORTS, "name");
        MembershipTimeline timeline = MembershipTimeline.of(tables.memberships());
        String text = query.text().toLowerCase(Locale.ROOT);
        return tables.nations().stream()
                .filter(nation -> text.isEmpty() || nation.name().toLowerCase(Locale.ROOT).contains(text)
                        || nation.code().equalsIgnoreCase(text) || nation.alpha2().equalsIgnoreCase(text))
                .map(nation -> new NationStatus(nation, query.date(),
                        timeline.at(nation.code(), query.date()).orElse(null)))
                .filter(status -> query.status() == null || status.kind().filter(query.status()::equals).isPresent())
                .sorted(order)
                .toList();
    }

    @Override
    public List<ContributingNation> contributorsTo(String mission) {
        return tables.contributors(mission);
    }
}
