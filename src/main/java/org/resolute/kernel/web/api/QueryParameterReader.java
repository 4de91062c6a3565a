package org.resolute.kernel.web.api;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a {@link QueryParameters} argument: each parameter of its type's {@code read} method by Spring MVC's own
 * reading of a request parameter, so defaults, conversions and the answer to a value that does not convert (400
 * naming the parameter) are those of a parameter declared on the handler; then {@code read} builds the filter.
 */
@Configuration(proxyBeanMethods = false)
class QueryParameterReader implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();
    private static final Map<Class<?>, List<MethodParameter>> DECLARED = new ConcurrentHashMap<>();

    private final RequestParamMethodArgumentResolver parameters = new RequestParamMethodArgumentResolver(true);

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return isQuery(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
        List<MethodParameter> declared = declared(parameter.getParameterType());
        Object[] values = new Object[declared.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parameters.resolveArgument(declared.get(i), container, request, binders);
        }
        return ReflectionUtils.invokeMethod(declared.get(0).getMethod(), null, values);
    }

    static boolean isQuery(Class<?> type) {
        return AnnotatedElementUtils.hasAnnotation(type, QueryParameters.class);
    }

    /** The parameters of the type's {@code read} method, where the query parameters are declared. */
    static List<MethodParameter> declared(Class<?> type) {
        return DECLARED.computeIfAbsent(type, QueryParameterReader::parametersOfRead);
    }

    private static List<MethodParameter> parametersOfRead(Class<?> type) {
        Method read = Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.getName().equals("read") && Modifier.isStatic(method.getModifiers())
                        && method.getReturnType() == type && method.getParameterCount() > 0)
                .findFirst().orElseThrow(() -> new IllegalStateException(type + " is marked @QueryParameters but "
                        + "declares no static method read(...) returning it"));
        ReflectionUtils.makeAccessible(read);
        return IntStream.range(0, read.getParameterCount()).mapToObj(i -> {
            MethodParameter parameter = new MethodParameter(read, i);
            parameter.initParameterNameDiscovery(NAMES);
            return parameter;
        }).toList();
    }
}
