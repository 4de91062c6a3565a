package org.resolute.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Role;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' list of users: filtered by text, role and state, sorted and paginated in SQL. */
@Service
@Transactional(readOnly = true)
public class UserSearch {

    private static final Map<String, String> SORTABLE = Map.of("username", "u.username", "displayName",
            "u.display_name", "clearance", "u.clearance", "nation", "u.nation", "createdAt", "u.created_at");

    private final NamedParameterJdbcTemplate jdbc;
    private final Users users;

    public UserSearch(NamedParameterJdbcTemplate jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /**
     * @param text part of a username or display name, or empty
     * @param role only users with this role, or empty
     * @param state only users in this state, or empty for all
     */
    public PageResult<User> find(String text, Optional<Role> role, Optional<UserState> state, Instant now,
            PageQuery page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (text != null && !text.isBlank()) {
            conditions.add("(LOWER(u.username) LIKE :text OR LOWER(u.display_name) LIKE :text)");
            parameters.put("text", "%" + text.trim().toLowerCase(Locale.ROOT) + "%");
        }
        role.ifPresent(value -> {
            conditions.add("EXISTS (SELECT 1 FROM user_role r WHERE r.app_user = u.id AND r.role = :role)");
            parameters.put("role", value.name());
        });
        state.ifPresent(value -> {
            conditions.add(switch (value) {
                case ENABLED -> "u.enabled = TRUE";
                case DISABLED -> "u.enabled = FALSE";
                case LOCKED -> "u.locked_until > :now";
            });
            parameters.put("now", Timestamp.from(now));
        });
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM app_user u" + where, parameters, Long.class);
        parameters.put("limit", page.size());
        parameters.put("offset", page.offset());
        List<UUID> ids = jdbc.queryForList("SELECT u.id FROM app_user u" + where + " ORDER BY " + order(page)
                + " LIMIT :limit OFFSET :offset", parameters, UUID.class);
        Map<UUID, User> found = new HashMap<>();
        users.findAllById(ids).forEach(user -> found.put(user.id(), user));
        return new PageResult<>(ids.stream().map(found::get).toList(), page.page(), page.size(),
                total == null ? 0 : total);
    }

    public long countLocked(Instant now) {
        Long locked = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE locked_until > :now",
                Map.of("now", Timestamp.from(now)), Long.class);
        return locked == null ? 0 : locked;
    }

    private static String order(PageQuery page) {
        if (page.sortField().isEmpty()) {
            return "u.username";
        }
        String column = SORTABLE.get(page.sortField());
        if (column == null) {
            throw new InvalidInput("sort", "cannot sort by '" + page.sortField() + "'; sort by one of "
                    + SORTABLE.keySet());
        }
        return column + (page.descending() ? " DESC" : " ASC") + ", u.id";
    }
}
