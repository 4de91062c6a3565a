package org.resolute.planning.api;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.api.PageParameters;
import org.resolute.planning.domain.Plan;
import org.resolute.planning.domain.PlanApplication;
import org.resolute.planning.domain.PlanResult;
import org.resolute.planning.domain.Plans;

/**
 * Allocation and drawdown plans as jobs. Force planners start and stop them; mission staff read them (not donor
 * representatives: plans are drawn from every nation's figures).
 */
@Tag(name = "Planning")
@RestController
@RequestMapping("/api/v1/plans")
@PreAuthorize(Roles.MISSION_STAFF)
class PlansApi {

    private final Plans plans;

    PlansApi(Plans plans) {
        this.plans = plans;
    }

    /** Queues a plan's solve; answers 202 with the plan, QUEUED, and its address. */
    @Operation(operationId = "startPlan", summary = "Start solving an allocation or drawdown plan")
    @PostMapping
    @PreAuthorize(Roles.FORCE_PLANNERS)
    ResponseEntity<Plan> start(@RequestBody PlanRequest request) {
        Plan plan = plans.start(request.toNewPlan());
        return ResponseEntity.accepted().location(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    /** Plans, newest first. */
    @Operation(operationId = "listPlans", summary = "List plans")
    @GetMapping
    PageResult<Plan> list(@PageParameters(sorted = false) PageQuery page) {
        return plans.search(page);
    }

    /** The plan with its status, best score so far and elapsed time; its figures once solved. */
    @Operation(operationId = "getPlan", summary = "Read a plan and its state")
    @GetMapping("/{id}")
    Plan get(@PathVariable UUID id) {
        return plans.get(id);
    }

    /** Its assignments and unmet requirements with their reasons; 404 until it has a solution. */
    @Operation(operationId = "getPlanResult", summary = "Read a solved plan's assignments and their reasons")
    @GetMapping("/{id}/result")
    PlanResult result(@PathVariable UUID id) {
        return plans.result(id).orElseThrow(() -> new NotFound("a result of plan " + id));
    }

    /**
     * Applies a solved plan that breaks no hard constraint, once: records its strength reports (dated
     * {@code effective}) and advisor-position changes through the force and advising modules, all or nothing, each
     * in the audit trail, and marks the plan APPLIED. 409 for a plan already applied, still solving or infeasible;
     * 400 naming effective for a date not after the plan's posture or one that already has reports.
     */
    @Operation(operationId = "applyPlan", summary = "Apply a solved plan")
    @PostMapping("/{id}/application")
    @PreAuthorize(Roles.FORCE_PLANNERS)
    PlanApplication apply(@PathVariable UUID id, @RequestBody(required = false) ApplicationRequest request) {
        return plans.apply(id, request == null ? null : request.effective());
    }

    /** Stops a queued or solving plan; a solving plan keeps its best solution so far and ends STOPPED. */
    @Operation(operationId = "stopPlan", summary = "Stop solving a plan")
    @PostMapping("/{id}/stop")
    @PreAuthorize(Roles.FORCE_PLANNERS)
    Plan stop(@PathVariable UUID id) {
        return plans.stop(id);
    }
}
