package org.resolute.partnership.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewers;
import org.resolute.partnership.AttachmentFile;
import org.resolute.partnership.AttachmentKind;
import org.resolute.partnership.NewAttachment;
import org.resolute.partnership.ParticipantKind;
import org.resolute.partnership.PartnershipActivities;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One activity: its participants, follow-ups (overdue ones marked) and attachments, and the forms to add them. */
@Controller
class ActivityPage {

    private static final String OFFICER = "hasRole('PARTNERSHIP_OFFICER')";

    private final PartnershipActivities activities;
    private final Clock clock;

    ActivityPage(PartnershipActivities activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping("/partnership/activities/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping("/partnership/activities/{id}/participants")
    @PreAuthorize(OFFICER)
    String addParticipant(@PathVariable UUID id, @ModelAttribute("participantForm") ParticipantForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, "participant", () -> "Added the participant '"
                + activities.addParticipant(id, form.toNewParticipant()).name() + "'.");
    }

    @PostMapping("/partnership/activities/{id}/participants/{participant}/remove")
    @PreAuthorize(OFFICER)
    String removeParticipant(@PathVariable UUID id, @PathVariable UUID participant, RedirectAttributes redirect) {
        activities.removeParticipant(id, participant);
        redirect.addFlashAttribute("message", "Removed the participant.");
        return "redirect:/partnership/activities/" + id;
    }

    @PostMapping("/partnership/activities/{id}/follow-ups")
    @PreAuthorize(OFFICER)
    String addFollowUp(@PathVariable UUID id, @ModelAttribute("followUpForm") FollowUpForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, "followUp", () -> "Added the follow-up '"
                + activities.addFollowUp(id, form.toNewFollowUp()).action() + "'.");
    }

    @PostMapping("/partnership/activities/{id}/follow-ups/{followUp}/close")
    @PreAuthorize(OFFICER)
    String closeFollowUp(@PathVariable UUID id, @PathVariable UUID followUp,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
            @RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, "close", () -> "Closed the follow-up '"
                + activities.closeFollowUp(id, followUp, closedOn, note).action() + "'.");
    }

    @PostMapping("/partnership/activities/{id}/attachments")
    @PreAuthorize(OFFICER)
    String attach(@PathVariable UUID id, @RequestParam(defaultValue = "AGENDA") AttachmentKind kind,
            @RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        return act(id, model, response, redirect, "attachment", () -> "Attached '" + activities.attach(id,
                new NewAttachment(kind, file.getOriginalFilename(), content)).fileName() + "'.");
    }

    @PostMapping("/partnership/activities/{id}/attachments/{attachment}/remove")
    @PreAuthorize(OFFICER)
    String removeAttachment(@PathVariable UUID id, @PathVariable UUID attachment, RedirectAttributes redirect) {
        activities.removeAttachment(id, attachment);
        redirect.addFlashAttribute("message", "Removed the attachment.");
        return "redirect:/partnership/activities/" + id;
    }

    /** The stored bytes, as the type found in them, always as a download so that a browser never runs them. */
    @GetMapping("/partnership/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        AttachmentFile file = activities.download(id).orElseThrow(() -> new NotFound("Attachment"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    private String act(UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect,
            String form, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
            return "redirect:/partnership/activities/" + id;
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fieldError", e);
            model.addAttribute("failedForm", form);
            return page(id, model);
        }
    }

    private String page(UUID id, Model model) {
        model.addAttribute("detail", activities.find(id).orElseThrow(() -> new NotFound("Partnership activity")));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canEdit", Viewers.current().has(Role.PARTNERSHIP_OFFICER));
        model.addAttribute("participantKinds", ParticipantKind.values());
        model.addAttribute("attachmentKinds", AttachmentKind.values());
        model.addAttribute("maxBytes", PartnershipActivities.MAX_ATTACHMENT_BYTES);
        if (!model.containsAttribute("participantForm")) {
            model.addAttribute("participantForm", new ParticipantForm());
        }
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm());
        }
        return "partnership/activity";
    }
}
