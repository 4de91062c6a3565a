package org.resolute.kernel.web.openapi;

import java.util.Currency;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The types Jackson writes as something other than their Java fields, described as written: a currency (of
 * {@code Money} and elsewhere) is its ISO 4217 code string, not {@code java.util.Currency}'s getters; a JSON node (an
 * audit entry's {@code before} and {@code after}) is the JSON object it holds, not Jackson's node internals.
 */
@Component
class ValueSchemas {

    ValueSchemas() {
        SpringDocUtils.getConfig()
                .replaceWithSchema(Currency.class, Schemas.string().pattern("^[A-Z]{3}$")
                        .description("An ISO 4217 currency code").example("EUR"))
                .replaceWithSchema(JsonNode.class, Schemas.of("object").additionalProperties(true)
                        .description("The record's fields as JSON"));
    }
}
