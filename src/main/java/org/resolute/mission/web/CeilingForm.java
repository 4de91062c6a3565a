package org.resolute.mission.web;

import java.time.LocalDate;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.NewCeiling;

/** The form a force planner fills in to record a troop ceiling; dates and numbers arrive as typed. */
public class CeilingForm {

    private String kind = CeilingKind.MISSION.name();
    private String nation = "";
    private String troops = "";
    private String from = "";
    private String until = "";
    private String basis = "";
    private String decisionRef = "";
    private String source = "";
    private String asOf = "";
    private String status = ProvenanceStatus.EXACT.name();

    NewCeiling toNewCeiling() {
        return new NewCeiling(choice("kind", kind, CeilingKind.class), nation, number("troops", troops),
                date("from", from), date("until", until), basis, decisionRef, source, date("asOf", asOf),
                choice("status", status, ProvenanceStatus.class));
    }

    private static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.wholeNumber", "'" + text + "' is not a whole number");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return InputDates.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "mission.error.date", field + " '" + text.strip() + "' " + InputDates.RULE,
                    String.valueOf(InputDates.EARLIEST.getYear()), String.valueOf(InputDates.LATEST.getYear()));
        }
    }

    private static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "error.choice", "'" + text + "' is not one of the choices");
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNation() {
        return nation;
    }

    public void setNation(String nation) {
        this.nation = nation;
    }

    public String getTroops() {
        return troops;
    }

    public void setTroops(String troops) {
        this.troops = troops;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getDecisionRef() {
        return decisionRef;
    }

    public void setDecisionRef(String decisionRef) {
        this.decisionRef = decisionRef;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
