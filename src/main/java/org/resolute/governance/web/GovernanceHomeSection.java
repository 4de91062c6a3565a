package org.resolute.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.resolute.governance.domain.ConditionsReview;
import org.resolute.governance.domain.Decision;
import org.resolute.governance.domain.DecisionBook;
import org.resolute.governance.domain.GovernanceFilter;
import org.resolute.governance.domain.Meeting;
import org.resolute.governance.domain.MeetingBook;
import org.resolute.governance.domain.ReviewBook;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.HomeSection.Figure;
import org.resolute.kernel.HomeSection.Line;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.stereotype.Component;

/**
 * Governance on the home page: the meetings (where decisions are taken) and conditions reviews coming up, and the
 * latest decisions taken, from what the viewer may see. Every signed-in viewer has it, a donor's representative
 * too (their public and released records).
 */
@Component
class GovernanceHomeSection implements HomeSection.Source {

    private static final int SHOWN = 4;

    private final MeetingBook meetings;
    private final DecisionBook decisions;
    private final ReviewBook reviews;
    private final Clock clock;

    GovernanceHomeSection(MeetingBook meetings, DecisionBook decisions, ReviewBook reviews, Clock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Every signed-in viewer, a donor's representative too: the Board's calendar and decisions are theirs. */
    @Override
    public Predicate<Viewer> audience() {
        return viewer -> !viewer.isAnonymous();
    }

    @Override
    public Optional<HomeSection> sectionFor(Viewer viewer, Formats words) {
        LocalDate today = LocalDate.now(clock);
        List<Meeting> nextMeetings = meetings.list(new GovernanceFilter(null, today, null, null)).stream()
                .filter(meeting -> !meeting.startsOn().isBefore(today)).toList();
        List<ConditionsReview> nextReviews = reviews.all().stream()
                .filter(review -> !review.reviewedOn().isBefore(today))
                .sorted(Comparator.comparing(ConditionsReview::reviewedOn)).toList();
        List<Decision> latest = decisions.search(GovernanceFilter.ALL, new PageQuery(0, SHOWN, "decidedOn,desc"))
                .items();
        Optional<ConditionsReview> lastReview = reviews.all().stream()
                .filter(review -> review.reviewedOn().isBefore(today))
                .max(Comparator.comparing(ConditionsReview::reviewedOn));

        List<Figure> figures = new ArrayList<>();
        figures.add(nextMeetings.isEmpty()
                ? new Figure(words.message("governance.home.nextMeeting"), words.message("governance.home.none"),
                        words.message("governance.home.noneAfter", words.date(today)), false)
                : new Figure(words.message("governance.home.nextMeeting"), words.date(nextMeetings.get(0).startsOn()),
                        nextMeetings.get(0).title(), false));
        figures.add(nextReviews.isEmpty()
                ? new Figure(words.message("governance.home.nextReview"), words.message("governance.home.none"),
                        lastReview.map(review -> words.message("governance.home.lastReview",
                                words.date(review.reviewedOn()))).orElse(""), false)
                : new Figure(words.message("governance.home.nextReview"), words.date(nextReviews.get(0).reviewedOn()),
                        nextReviews.get(0).title(), false));

        List<Line> lines = new ArrayList<>();
        nextMeetings.stream().limit(SHOWN).forEach(meeting -> lines.add(new Line(meeting.title(),
                "/governance/meetings/" + meeting.id(), List.of(words.date(meeting.startsOn()),
                        words.message("governance.home.meeting")), false)));
        nextReviews.stream().limit(SHOWN).forEach(review -> lines.add(new Line(review.title(),
                "/governance/reviews",
                List.of(words.date(review.reviewedOn()), words.message("governance.home.review")),
                false)));
        latest.stream().limit(Math.max(0, SHOWN - lines.size())).forEach(decision -> lines.add(new Line(
                decision.title(), "/governance/decisions/" + decision.id(), List.of(words.date(decision.decidedOn()),
                        words.message("governance.home.decided")), false)));
        return Optional.of(HomeSection.of("governance", 40, words.message("governance.home.title"), "/governance",
                words.message("governance.home.link"), figures, words.message("governance.home.note"))
                .withLines(List.of(words.message("governance.home.date"), words.message("governance.home.what")),
                        lines, words.message("governance.home.empty")));
    }
}
