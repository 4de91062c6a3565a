package org.resolute.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link ApiResponseContract} once for every MockMvc of the application tests ({@link OnH2},
 * {@link OnPostgres}), so that every answer an API test receives is checked against the OpenAPI document without
 * each test asking for it: an undeclared status, field, null or media type fails the test that received it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiResponseValidation {

    @Bean
    MockMvcBuilderCustomizer apiResponsesFitTheDocument() {
        return builder -> builder.alwaysDo(ApiResponseContract.committed());
    }
}
