package org.resolute.partnership.web;

import org.resolute.partnership.domain.NewParticipant;
import org.resolute.partnership.domain.ParticipantKind;

/** The form that adds a participant to an activity. */
public class ParticipantForm {

    private ParticipantKind kind = ParticipantKind.HOST_INSTITUTION;
    private String name;
    private String nation;
    private String role;
    private Integer headcount;

    NewParticipant toNewParticipant() {
        return new NewParticipant(kind, name, nation, role, headcount);
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public void setKind(ParticipantKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNation() {
        return nation;
    }

    public void setNation(String nation) {
        this.nation = nation;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }
}
