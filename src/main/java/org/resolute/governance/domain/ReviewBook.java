package org.resolute.governance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conditions reviews, limited to what the current viewer may see, each with its indicators' values at the time;
 * administrators record them.
 */
@Service
@Transactional(readOnly = true)
public class ReviewBook {

    private final ReviewTables tables;
    private final MeetingTables meetings;
    private final DecisionTables decisions;
    private final StrengthAgainstCeiling strength;
    private final ApplicationEventPublisher events;

    ReviewBook(ReviewTables tables, MeetingTables meetings, DecisionTables decisions,
            StrengthAgainstCeiling strength, ApplicationEventPublisher events) {
        this.tables = tables;
        this.meetings = meetings;
        this.decisions = decisions;
        this.strength = strength;
        this.events = events;
    }

    /** Every visible review, latest first. */
    public List<ConditionsReview> all() {
        return tables.all();
    }

    public Optional<ConditionsReview> find(UUID id) {
        return tables.find(id);
    }

    @Transactional
    /**
     * Records a review. Strength against ceiling, when asked for, is computed from the strength reports and the
     * mission ceiling in force on the review day; {@link InvalidInput} names the field at fault.
     */
    public ConditionsReview record(NewReview review) {
        if (review.reviewedOn() == null) {
            throw new InvalidInput("reviewedOn", "governance.error.reviewedOn", "Give the day of the review");
        }
        String title = DecisionRules.required(review.title(), "title", "governance.error.reviewTitle",
                "Give the review a title", 200);
        String assessment = DecisionRules.required(review.assessment(), "assessment", "governance.error.assessment",
                "Give the assessment", 2000);
        if (review.meeting() != null && meetings.find(review.meeting()).isEmpty()) {
            throw new InvalidInput("meeting", "governance.error.noMeeting", "No such meeting is recorded");
        }
        if (review.decision() != null && decisions.find(review.decision()).isEmpty()) {
            throw new InvalidInput("decision", "governance.error.noDecision", "No such decision is recorded");
        }
        List<IndicatorValue> indicators = new ArrayList<>();
        if (review.withStrengthAgainstCeiling()) {
            indicators.add(strength.on(review.reviewedOn()));
        }
        for (NewReview.Indicator indicator : review.indicators()) {
            indicators.add(recorded(indicator));
        }
        if (indicators.isEmpty()) {
            throw new InvalidInput("indicators", "governance.error.noIndicator",
                    "A review records at least one indicator");
        }
        ConditionsReview checked = new ConditionsReview(Ids.next(), review.reviewedOn(), title, review.meeting(),
                assessment, review.decision(), indicators,
                DecisionRules.sourced(review.source(), review.asOf(), review.status()),
                review.marking() == null ? Marking.MISSION : review.marking(), 0);
        tables.insert(checked);
        events.publishEvent(RecordChanged.saved("ConditionsReview", checked.id(), checked, checked.marking()));
        return checked;
    }

    private static IndicatorValue recorded(NewReview.Indicator indicator) {
        if (indicator.kind() == null || indicator.kind() == IndicatorKind.STRENGTH_AGAINST_CEILING) {
            throw new InvalidInput("indicators", "governance.error.indicatorKind",
                    "Choose a recorded indicator's kind (strength is computed)");
        }
        String name = DecisionRules.required(indicator.name(), "indicators", "governance.error.indicatorName",
                "Name each indicator", 200);
        String value = DecisionRules.required(indicator.value(), "indicators", "governance.error.indicatorValue",
                "Give each indicator's value", 400);
        return new IndicatorValue(indicator.kind(), name, value, indicator.figure(),
                DecisionRules.sourced(indicator.source(), indicator.asOf(), indicator.status()));
    }
}
