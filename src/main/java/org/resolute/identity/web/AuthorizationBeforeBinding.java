package org.resolute.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Decides a handler's {@code @PreAuthorize} (on the method or its controller) before Spring MVC reads its
 * arguments. Method security alone runs only when the handler is called, after the body was read and validated,
 * so a caller without the role learnt which fields were missing instead of being refused. The roles stay where
 * they were, on the controllers; method security still checks them again when the handler runs.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationBeforeBinding implements WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    AuthorizationBeforeBinding(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        preAuthorize.setExpressionHandler(expressions);
        preAuthorize.setApplicationContext(context);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    authorize(method);
                }
                return true;
            }
        });
    }

    private void authorize(HandlerMethod handler) {
        Object[] notYetRead = new Object[handler.getMethodParameters().length];
        AuthorizationResult result = preAuthorize.authorize(
                SecurityContextHolder.getContextHolderStrategy().getContext()::getAuthentication,
                new SimpleMethodInvocation(handler.getBean(), handler.getMethod(), notYetRead));
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Access Denied");
        }
    }
}
