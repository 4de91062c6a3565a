package org.resolute.identity.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, as Resolute sees them. */
@Tag(name = "Identity")
@RestController
class MeController {

    @Operation(operationId = "getCurrentUser", summary = "Read the signed-in caller's roles, nation and clearance")
    @GetMapping("/api/v1/me")
    Me me() {
        Viewer viewer = Viewers.current();
        return new Me(viewer.username(), viewer.roles().stream().map(Role::name).sorted().toList(),
                viewer.nation().orElse(null), viewer.clearance().name());
    }

    /** The caller's identity: roles, nation (ISO alpha-3, null for mission-wide) and clearance. */
    record Me(String username, List<String> roles, @Nullable String nation, String clearance) {
    }
}
