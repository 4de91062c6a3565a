package org.resolute.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the application on a random port (embedded H2, demo data) and hands each test a Chromium page.
 * Without Chromium the class is skipped locally and fails in CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Chromium.class)
@OnServer
public @interface InBrowser {
}
