package org.resolute.kernel.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.resolute.kernel.Roles;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The role rules of {@link Roles} for pages: {@code ${@access.allows('FUND_MANAGERS_AND_ADMINISTRATORS')}} is
 * true exactly when the controller's {@code @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)} would let the
 * current user through, because it evaluates the same expression. A name that is not a rule is refused, so a
 * misspelt one fails the page's test instead of hiding a button.
 */
@Component("access")
public class Access {

    private static final Map<String, Expression> RULES = Arrays.stream(Roles.class.getFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
            .collect(Collectors.toUnmodifiableMap(Field::getName, Access::parse));

    public boolean allows(String rule) {
        Expression expression = RULES.get(rule);
        if (expression == null) {
            throw new IllegalArgumentException("No role rule " + rule + " in Roles; the rules are " + RULES.keySet());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            authentication = new AnonymousAuthenticationToken("anonymous", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        SecurityExpressionRoot root = new SecurityExpressionRoot(authentication) {
        };
        return Boolean.TRUE.equals(expression.getValue(new StandardEvaluationContext(root), Boolean.class));
    }

    private static Expression parse(Field field) {
        try {
            return new SpelExpressionParser().parseExpression((String) field.get(null));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
