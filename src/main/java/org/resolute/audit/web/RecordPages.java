package org.resolute.audit.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.resolute.audit.AuditAction;
import org.resolute.audit.AuditEntry;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;

/**
 * Where the record an entry is about has a page, and who may open it: the trail links an entry to its record only
 * there, and only for a viewer whose roles open that page (the entry's marking already says the viewer may see
 * the record). An entry about a deleted record links nowhere. The trail knows these pages by their addresses only,
 * as a reader does: the audit module depends on no other module.
 */
@Component
class RecordPages {

    /** The modules that write to the trail, in the order of the navigation, for the filter's choice. */
    static final List<String> MODULES = List.of("identity", "reference", "mission", "force", "advising", "funding",
            "partnership", "governance", "planning", "dashboard", "audit");

    /** The kinds of record the modules write to the trail, each named in the bundle, for the filter's choice. */
    /** The kinds of record the modules write to the trail, each named in the bundle, for the filter's choice. */
    static final List<String> RECORD_TYPES = List.of("Account", "AdvisorPosition", "ApiToken", "BoardMeeting",
            "CapabilityAssessment", "ClosedPeriod", "Command", "ConditionsReview", "ContributingNation", "Currency",
            "Decision", "DecisionEffect", "Donor", "Engagement", "ExchangeRate", "FollowUp", "FunctionalArea",
            "Fund", "FundingHorizon", "HostInstitution", "IatiImport", "LegalInstrument", "Location", "Meeting",
            "Membership", "MissionPhase", "MissionRecord", "Movement", "Nation", "NationalCaveat", "Offer",
            "Partnership", "PartnershipActivity", "PartnershipAttachment", "PartnershipParticipant", "Plan",
            "Pledge", "PositionAssignment", "Posting", "PostingBatch", "ProvisionalEntryMerged", "PublishedFigure",
            "Receipt", "Requirement", "RoadmapPillar", "StrengthImport", "StrengthReport", "TroopCeiling", "User");

    private static final Predicate<Viewer> SIGNED_IN = viewer -> true;
    private static final Predicate<Viewer> STAFF = viewer -> !viewer.has(Role.DONOR_REPRESENTATIVE);

    /** A page of one record, {@code {id}} standing for the record's id. */
    private record Page(String path, Predicate<Viewer> opens) {
    }

    private static final Map<String, Page> RECORD_PAGES = Map.of(
            "Plan", new Page("/planning/{id}", STAFF),
            "Engagement", new Page("/advising/engagements/{id}", SIGNED_IN),
            "Requirement", new Page("/force/requirements/{id}", SIGNED_IN),
            "Meeting", new Page("/governance/meetings/{id}", SIGNED_IN),
            "Decision", new Page("/governance/decisions/{id}", SIGNED_IN),
            "PartnershipActivity", new Page("/partnership/activities/{id}", SIGNED_IN),
            "Nation", new Page("/reference/nations/{id}", SIGNED_IN),
            "User", new Page("/admin/users/{id}", viewer -> viewer.has(Role.ADMIN)));

    /** Money records without a page of their own: their list, narrowed to the record's donor and fund. */
    private static final Map<String, String> LIST_PAGES = Map.of(
            "Receipt", "/funding/receipts",
            "Pledge", "/funding/pledges");

    /** The fields a record names itself by, in the order tried. */
    private static final List<String> LABELS = List.of("displayName", "name", "title");
    private static final int LABEL_LENGTH = 80;

    private final JsonMapper json;

    RecordPages(JsonMapper json) {
        this.json = json;
    }

    /** The links for one viewer, for the page to ask entry by entry; records deleted since ("type/id") get none. */
    Links forViewer(Viewer viewer, Set<String> deleted) {
        return new Links(viewer, deleted);
    }

    /** What the page asks: the link of an entry's record for this viewer, or null. */
    final class Links {

        private final Viewer viewer;
        private final Set<String> deleted;

        private Links(Viewer viewer, Set<String> deleted) {
            this.viewer = viewer;
            this.deleted = deleted;
        }

        public String of(AuditEntry entry) {
            if (entry.action() == AuditAction.DELETED || entry.recordId() == null
                    || deleted.contains(entry.recordType() + "/" + entry.recordId())) {
                return null;
            }
            Page page = RECORD_PAGES.get(entry.recordType());
            if (page != null) {
                return page.opens().test(viewer) ? UriComponentsBuilder.fromPath(page.path())
                        .buildAndExpand(entry.recordId()).encode().toUriString() : null;
            }
            String list = LIST_PAGES.get(entry.recordType());
            return list == null ? null : listLink(list, entry.after());
        }

        /** What the record calls itself (its name or title), from its state after the change or before it. */
        public String label(AuditEntry entry) {
            JsonNode state = state(entry.after() != null ? entry.after() : entry.before());
            for (String field : LABELS) {
                String label = state == null ? null : text(state, field);
                if (label != null) {
                    return label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH - 1) + "\u2026" : label;
                }
            }
            return null;
        }

        private String listLink(String list, String after) {
            JsonNode state = state(after);
            if (state == null) {
                return null;
            }
            String donor = text(state, "donor");
            String fund = text(state, "fund");
            if (donor == null || fund == null) {
                return null;
            }
            return UriComponentsBuilder.fromPath(list).queryParam("donor", donor).queryParam("fund", fund)
                    .encode().build().toUriString();
        }
    }

    private JsonNode state(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String text(JsonNode state, String field) {
        JsonNode value = state.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString();
    }
}
