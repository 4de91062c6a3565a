package org.resolute.reference.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resolute.reference.Membership;

/** Every nation's membership periods; a nation holds at most one standing on any day, so periods never overlap. */
public final class MembershipTimeline {

    private final Map<String, List<Membership>> byNation = new HashMap<>();

    public static MembershipTimeline of(List<Membership> memberships) {
        MembershipTimeline timeline = new MembershipTimeline();
        memberships.forEach(timeline::add);
        return timeline;
    }

    /** Adds a period; refuses one that overlaps a period the nation already has. */
    public void add(Membership membership) {
        List<Membership> periods = byNation.computeIfAbsent(membership.nation(), nation -> new ArrayList<>());
        for (Membership existing : periods) {
            if (existing.overlaps(membership)) {
                throw new IllegalArgumentException(membership.nation() + " " + membership.kind().label()
                        + " from " + membership.since() + " overlaps its " + existing.kind().label()
                        + " period from " + existing.since());
            }
        }
        periods.add(membership);
        periods.sort(Comparator.comparing(Membership::since));
    }

    public Optional<Membership> at(String nation, LocalDate date) {
        return history(nation).stream().filter(period -> period.covers(date)).findFirst();
    }

    /** The nation's periods, oldest first. */
    public List<Membership> history(String nation) {
        return List.copyOf(byNation.getOrDefault(nation, List.of()));
    }
}
