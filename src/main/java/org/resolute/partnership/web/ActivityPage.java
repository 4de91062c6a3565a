package org.resolute.partnership.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.NotFound;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
import org.resolute.partnership.domain.ActivityBook;
import org.resolute.partnership.domain.AttachmentFile;
import org.resolute.partnership.domain.AttachmentKind;
import org.resolute.partnership.domain.NewAttachment;
import org.resolute.partnership.domain.ParticipantKind;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
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

    private final ActivityBook activities;
    private final Nations nations;
    private final Clock clock;

    ActivityPage(ActivityBook activities, Nations nations, Clock clock) {
        this.activities = activities;
        this.nations = nations;
        this.clock = clock;
    }

    @GetMapping("/partnership/activities/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping("/partnership/activities/{id}/participants")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String addParticipant(@PathVariable UUID id, @ModelAttribute("participantForm") ParticipantForm form,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, request, response, redirect, "participant",
                () -> Notice.of("partnership.participants.added",
                activities.addParticipant(id, form.toNewParticipant()).name()));
    }

    @PostMapping("/partnership/activities/{id}/participants/{participant}/remove")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String removeParticipant(@PathVariable UUID id, @PathVariable UUID participant, RedirectAttributes redirect) {
        activities.removeParticipant(id, participant);
        return done(id, redirect, Notice.of("partnership.participants.removed"));
    }

    @PostMapping("/partnership/activities/{id}/follow-ups")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String addFollowUp(@PathVariable UUID id, @ModelAttribute("followUpForm") FollowUpForm form, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, request, response, redirect, "followUp",
                () -> Notice.of("partnership.followUps.added",
                activities.addFollowUp(id, form.toNewFollowUp()).action()));
    }

    @PostMapping("/partnership/activities/{id}/follow-ups/{followUp}/close")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String closeFollowUp(@PathVariable UUID id, @PathVariable UUID followUp,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
            @RequestParam(defaultValue = "") String note, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, request, response, redirect, "close",
                () -> Notice.of("partnership.followUps.closedNotice",
                activities.closeFollowUp(id, followUp, closedOn, note).action()));
    }

    @PostMapping("/partnership/activities/{id}/attachments")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String attach(@PathVariable UUID id, @RequestParam(defaultValue = "AGENDA") AttachmentKind kind,
            @RequestParam("file") MultipartFile file, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        return act(id, model, request, response, redirect, "attachment",
                () -> Notice.of("partnership.attachments.attached",
                activities.attach(id, new NewAttachment(kind, file.getOriginalFilename(), content)).fileName()));
    }

    @PostMapping("/partnership/activities/{id}/attachments/{attachment}/remove")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String removeAttachment(@PathVariable UUID id, @PathVariable UUID attachment, RedirectAttributes redirect) {
        activities.removeAttachment(id, attachment);
        return done(id, redirect, Notice.of("partnership.attachments.removed"));
    }

    /** The stored bytes, as the type found in them, always as a download so that a browser never runs them. */
    @GetMapping("/partnership/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        AttachmentFile file = activities.download(id).orElseThrow(() -> new NotFound("Attachment"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    /**
     * Does what a form asked and says so; a refusal shows the page again with the error under the field of the form
     * that was sent (each form is known by a field only it has) and what was typed kept.
     */
    private String act(UUID id, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, String form, Supplier<Notice> action) {
        return FormPost.answer(() -> done(id, redirect, action.get()), () -> {
            model.addAttribute("failedForm", form);
            return page(id, model);
        }, model, request, response);
    }

    /** Back to the activity, with the notice of what was done shown once. */
    private static String done(UUID id, RedirectAttributes redirect, Notice notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/partnership/activities/" + id;
    }

    private String page(UUID id, Model model) {
        model.addAttribute("detail", activities.find(id).orElseThrow(() -> new NotFound("Partnership activity")));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("participantKinds", ParticipantKind.values());
        model.addAttribute("attachmentKinds", AttachmentKind.values());
        model.addAttribute("maxBytes", ActivityBook.MAX_ATTACHMENT_BYTES);
        model.addAttribute("nationList", nations.all());
        model.addAttribute("nations", nations.all().stream().collect(Collectors.toMap(Nation::code, Nation::name,
                (first, second) -> first)));
        if (!model.containsAttribute("participantForm")) {
            model.addAttribute("participantForm", new ParticipantForm());
        }
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm());
        }
        return "partnership/activity";
    }
}
