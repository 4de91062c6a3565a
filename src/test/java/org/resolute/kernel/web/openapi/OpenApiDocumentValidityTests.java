package org.resolute.kernel.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document (kept equal to the served one by {@code ApiDocumentTests}) is valid under a standard
 * validator, swagger-parser's: a client generator given it reports no error.
 */
class OpenApiDocumentValidityTests {

    @Test
    void theCommittedDocumentHasNoValidationMessages() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIParser()
                .readContents(Files.readString(Path.of("docs/openapi.json")), null, options);
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(50);
        assertThat(result.getMessages()).isEmpty();
    }
}
