package org.resolute.kernel.web.api;

import java.util.List;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.NumberUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a {@link PageParameters} argument from the request as the list endpoints read their page before: an absent
 * or empty number takes its default, a number that is not one is refused naming its parameter (as a request
 * parameter Spring MVC cannot convert is), and {@link PageQuery} refuses one out of range.
 */
@Configuration(proxyBeanMethods = false)
class PageParameterReader implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static final String PAGE = "page";
    static final String SIZE = "size";
    static final String SORT = "sort";

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(PageParameters.class)
                && parameter.getParameterType() == PageQuery.class;
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        PageParameters page = parameter.getParameterAnnotation(PageParameters.class);
        return new PageQuery(number(request, PAGE, 0), number(request, SIZE, PageQuery.DEFAULT_SIZE),
                page != null && page.sorted() ? request.getParameter(SORT) : "");
    }

    private static int number(NativeWebRequest request, String name, int otherwise) {
        String value = request.getParameter(name);
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            return NumberUtils.parseNumber(value, Integer.class);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "'" + value + "' is not a valid value for " + name);
        }
    }
}
