package org.resolute.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the whole application on PostgreSQL, with the demo profile's accounts and data and a MockMvc.
 * Without PostgreSQL the class is skipped locally and fails in CI. Every answer of its MockMvc under a path of the
 * OpenAPI document is checked against the document.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresDatabase.class)
@SpringBootTest
@AutoConfigureMockMvc
@Import(ApiResponseValidation.class)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = PostgresDatabase.class)
public @interface OnPostgres {
}
