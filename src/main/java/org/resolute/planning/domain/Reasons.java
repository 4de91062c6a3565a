package org.resolute.planning.domain;

/** The plain-words justifications of each constraint. */
final class Reasons {

    private Reasons() {
    }

    record CaveatBroken(String subject, String words) implements Reason {
    }

    record OutsideAreas(AdvisorTeam team, AdvisingRequirement requirement) implements Reason {
        public String subject() {
            return team.getId();
        }

        public String words() {
            return "Team " + team.label() + " has no advisors for " + requirement.area() + " (it covers "
                    + String.join(", ", team.areas()) + ")";
        }
    }

    record OverCapacity(String location, long troops, int capacity) implements Reason {
        public String subject() {
            return location;
        }

        public String words() {
            return location + " would hold " + troops + " troops; its life support and force protection take "
                    + capacity;
        }
    }

    record OverCeiling(long troops, int ceiling) implements Reason {
        public String subject() {
            return "force";
        }

        public String words() {
            return troops + " troops would remain, above the ceiling of " + ceiling;
        }
    }

    record OverNationalCap(NationalCap cap, long troops) implements Reason {
        public String subject() {
            return cap.nation();
        }

        public String words() {
            return cap.nation() + " would have " + troops + " troops, above its cap of " + cap.troops() + " ("
                    + cap.basis() + ")";
        }
    }

    record Covered(AdvisingRequirement requirement, long troops) implements Reason {
        public String subject() {
            return requirement.id();
        }

        public String words() {
            return requirement.label() + ": " + Math.min(troops, requirement.requiredSize()) + " of "
                    + requirement.requiredSize() + " troops covered";
        }
    }

    record Overstaffed(AdvisingRequirement requirement, long troops) implements Reason {
        public String subject() {
            return requirement.id();
        }

        public String words() {
            return requirement.label() + ": " + (troops - requirement.requiredSize())
                    + " troops more than it asks for, who could serve elsewhere";
        }
    }

    record CounterpartsKept(AdvisorTeam team) implements Reason {
        public String subject() {
            return team.getId();
        }

        public String words() {
            return "Team " + team.label() + " keeps advising its counterparts at "
                    + team.getRequirement().institutionName();
        }
    }

    record Moved(AdvisorTeam team) implements Reason {
        public String subject() {
            return team.getId();
        }

        public String words() {
            return "Team " + team.label() + " moves from " + (team.currentRequirement() == null ? team.home()
                    : team.currentRequirement()) + " to " + team.getRequirement().id() + " at "
                    + team.getRequirement().location();
        }
    }

    record LeadNation(AdvisorTeam team) implements Reason {
        public String subject() {
            return team.getId();
        }

        public String words() {
            return "Team " + team.label() + " serves in the spoke " + team.getRequirement().command()
                    + ", which its nation leads";
        }
    }
}
