package org.resolute.audit.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import org.resolute.kernel.Audited;
import org.springframework.stereotype.Component;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a record's state as the trail keeps it: what the record chooses to disclose when it is {@link Audited},
 * else all its fields; JSON with sorted keys, so the same state always reads the same.
 */
@Component
class RecordStates {

    private final JsonMapper json;

    RecordStates(JsonMapper json) {
        this.json = json.rebuild()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .changeDefaultVisibility(visibility -> visibility.withFieldVisibility(Visibility.ANY)
                        .withGetterVisibility(Visibility.NONE).withIsGetterVisibility(Visibility.NONE))
                .build();
    }

    String stateOf(Object record) {
        Object state = record instanceof Audited audited ? audited.auditState() : record;
        return json.writeValueAsString(state);
    }
}
