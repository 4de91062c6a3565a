package org.resolute.identity.web;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.resolute.kernel.PublicPaths;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the OpenAPI document says about the API as a whole: its name, version and licence, the domain areas its
 * operations are tagged with, and who may call. Every operation accepts a personal access token or the session
 * cookie; the ones anonymous visitors may read also accept no credential at all. Which ones those are is not kept
 * here: it is derived from the same {@link PublicPaths} the security configuration opens, so the document cannot
 * drift from the rules.
 */
@Configuration
class ApiDocumentation {

    static final String BEARER = "bearerAuth";

    static final String SESSION_COOKIE = "sessionCookie";

    /** Spring Session's cookie: its default name, unless {@code server.servlet.session.cookie.name} renames it. */
    private static final String SESSION_COOKIE_DEFAULT = "SESSION";

    /** The domain areas operations are tagged with ({@code @Tag} on each controller), described once. */
    static final Map<String, String> AREAS = areas();

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("Mission", "The mission record, its legal instruments, phases, commands and locations, and the "
                + "troop ceilings and national caps with the decisions behind them.");
        areas.put("Force", "Strength reports per nation, command and location, their import and export, the public "
                + "placemat, requirements (CJSOR lines), offers and fill, and national caveats.");
        areas.put("Advising", "Host institutions, functional areas and advisor positions; engagement reports and "
                + "their workflow; capability assessments and the coverage of institutions.");
        areas.put("Funding", "The trust funds, their donors, pledges, receipts, allocations and disbursements; fund "
                + "status, reconciliation, donor statements, the public totals and the IATI exchange.");
        areas.put("Ledger", "The double-entry, hash-chained ledger behind every movement of money: postings, "
                + "batches, reversals, balances, closed months and currency conversions.");
        areas.put("Partnership", "The Enduring Partnership's activities, with participants, objectives, outcomes, "
                + "follow-up actions and attachments.");
        areas.put("Governance", "Meetings, decisions and commitments, what each decision changed, conditions "
                + "reviews and the timeline.");
        areas.put("Planning", "The commander's planner: allocation and drawdown plans solved one at a time, with "
                + "the reason for every assignment.");
        areas.put("Reference", "Nations and NATO membership over time, currencies and the public sources behind "
                + "figures.");
        areas.put("Identity", "The signed-in user, user administration and personal access tokens.");
        areas.put("Audit", "The append-only, hash-chained audit trail of every change and its verification.");
        return Map.copyOf(areas).entrySet().stream().sorted(Map.Entry.comparingByKey()).collect(Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    @Bean
    OpenAPI resoluteApi(ObjectProvider<BuildProperties> build, Environment environment) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "unknown (no build information)" : properties.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Resolute API")
                        .version(version)
                        .description("""
                                The API of Resolute, the information system of a multinational train-advise-assist \
                                mission and its trust funds: force generation and posture, advising, the trust \
                                funds and their ledger, the Enduring Partnership and governance decisions. Every \
                                record carries a marking and is returned only to callers cleared to see it; every \
                                figure carries its provenance. Call it with a personal access token \
                                (`Authorization: Bearer <token>`) or from a signed-in browser session.""")
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("This Resolute server")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("""
                                        A personal access token, sent as `Authorization: Bearer <token>`. Create one \
                                        with POST /api/v1/tokens from a signed-in session (the secret is shown \
                                        once); a token cannot create tokens. A request with a token is stateless \
                                        and needs no CSRF token."""))
                        .addSecuritySchemes(SESSION_COOKIE, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name(environment.getProperty("server.servlet.session.cookie.name",
                                        SESSION_COOKIE_DEFAULT))
                                .description("""
                                        The session of a user signed in through the sign-in page (POST /login). \
                                        Writes with it also need the session's CSRF token in the header \
                                        `X-CSRF-TOKEN`.""")))
                .security(List.of(new SecurityRequirement().addList(BEARER),
                        new SecurityRequirement().addList(SESSION_COOKIE)))
                .tags(AREAS.entrySet().stream()
                        .map(area -> new Tag().name(area.getKey()).description(area.getValue()))
                        .toList());
    }

    /**
     * Operations anonymous visitors may call: a GET on a path some module declared public, whose handler asks for
     * no role. They list the empty requirement first (no credential), then the two credentials, which such an
     * operation still reads (a signed-in caller sees the non-public records they are cleared for as well).
     */
    @Bean
    OperationCustomizer publicOperationsNeedNoCredential(List<PublicPaths> publicPaths,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        AntPathMatcher matcher = new AntPathMatcher();
        List<String> open = publicPaths.stream().flatMap(paths -> paths.patterns().stream()).toList();
        Map<Method, Boolean> publicHandlers = new HashMap<>();
        return (operation, handler) -> {
            boolean isPublic = publicHandlers.computeIfAbsent(handler.getMethod(),
                    method -> isPublic(handler, mappings.getHandlerMethods(), open, matcher));
            if (isPublic) {
                operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER),
                        new SecurityRequirement().addList(SESSION_COOKIE)));
            }
            return operation;
        };
    }

    private static boolean isPublic(HandlerMethod handler, Map<RequestMappingInfo, HandlerMethod> mappings,
            List<String> open, AntPathMatcher matcher) {
        if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
            return false;
        }
        return mappings.entrySet().stream()
                .filter(mapping -> mapping.getValue().getMethod().equals(handler.getMethod()))
                .map(Map.Entry::getKey)
                .filter(info -> isRead(info.getMethodsCondition().getMethods()))
                .flatMap(info -> info.getPatternValues().stream())
                .anyMatch(path -> open.stream().anyMatch(pattern -> matcher.match(pattern, path)));
    }

    private static boolean isRead(Set<RequestMethod> methods) {
        return methods.equals(Set.of(RequestMethod.GET));
    }

    /** The domain areas in alphabetical order, whatever order controllers were scanned in. */
    @Bean
    GlobalOpenApiCustomizer areasInOrder() {
        return api -> {
            if (api.getTags() != null) {
                api.setTags(api.getTags().stream()
                        .map(tag -> tag.description(tag.getDescription() == null ? AREAS.get(tag.getName())
                                : tag.getDescription()))
                        .sorted(Comparator.comparing(Tag::getName)).toList());
            }
        };
    }
}
