package org.resolute.governance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.resolute.governance.domain.IndicatorKind;
import org.resolute.governance.domain.NewReview;
import org.resolute.kernel.Classification;
import org.resolute.kernel.web.SourcedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a conditions review: strength is computed, other indicators are typed in rows. */
public class ReviewForm extends SourcedForm {

    static final int ROWS = 3;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewedOn;
    private String title;
    private UUID meeting;
    private String assessment;
    private UUID decision;
    private boolean withStrength = true;
    private List<Row> indicators = new ArrayList<>(List.of(new Row(), new Row(), new Row()));

    public ReviewForm() {
        super(Classification.MISSION);
    }

    NewReview toNewReview() {
        List<NewReview.Indicator> typed = indicators.stream().filter(row -> !row.isEmpty())
                .map(row -> new NewReview.Indicator(row.kind, row.name, row.value, row.figure, row.getSource(),
                        reviewedOn, row.getStatus()))
                .toList();
        return new NewReview(reviewedOn, title, meeting, assessment, decision, withStrength, typed, getSource(),
                null, getStatus(), marking());
    }

    /**
     * One typed indicator with its own source and status (its marking is the review's); a row left without name and
     * value is ignored.
     */
    public static class Row extends SourcedForm {

        private IndicatorKind kind = IndicatorKind.CAPABILITY_RATING;
        private String name;
        private String value;
        private BigDecimal figure;

        public Row() {
            super(Classification.MISSION);
        }

        boolean isEmpty() {
            return (name == null || name.isBlank()) && (value == null || value.isBlank());
        }

        public IndicatorKind getKind() {
            return kind;
        }

        public void setKind(IndicatorKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public BigDecimal getFigure() {
            return figure;
        }

        public void setFigure(BigDecimal figure) {
            this.figure = figure;
        }
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public UUID getMeeting() {
        return meeting;
    }

    public void setMeeting(UUID meeting) {
        this.meeting = meeting;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public UUID getDecision() {
        return decision;
    }

    public void setDecision(UUID decision) {
        this.decision = decision;
    }

    public boolean isWithStrength() {
        return withStrength;
    }

    public void setWithStrength(boolean withStrength) {
        this.withStrength = withStrength;
    }

    public List<Row> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<Row> indicators) {
        this.indicators = indicators;
    }
}
