package org.resolute.kernel.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.demo.DemoLoad;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every rendered page the viewer, the navigation the viewer's roles open, the list links and the current
 * path, and while the demo data loads in the background, how far it has come. It is applied to the page a handler returns, so an API call, a download or a redirect computes none of
 * it (a controller advice with model attributes ran for every request, API calls included, since a
 * {@code @RestController} is a {@code @Controller} too). What a handler put in the model itself is kept.
 */
@Configuration(proxyBeanMethods = false)
class PageShell implements HandlerInterceptor, WebMvcConfigurer {

    private static final String REDIRECT = "redirect:";

    private final List<NavigationItem> navigation;
    private final @Nullable DemoLoad demoLoad;

    PageShell(List<NavigationItem> navigation, @Nullable DemoLoad demoLoad) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.demoLoad = demoLoad;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView page) {
        if (page != null && !isRedirect(page)) {
            addTo(page.getModelMap(), request);
        }
    }

    /** Adds the shell to a page's model, keeping what is there; also for pages made by exception handlers. */
    void addTo(ModelMap model, HttpServletRequest request) {
        Viewer viewer = Viewers.current();
        model.putIfAbsent("viewer", viewer);
        model.putIfAbsent("navigation", navigation.stream().filter(item -> item.visibleTo(viewer)).toList());
        model.putIfAbsent("links", ListLinks.of(request));
        model.putIfAbsent("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        model.putIfAbsent("errors", FormErrors.none());
        if (demoLoad != null && !demoLoad.progress().finished()) {
            model.putIfAbsent("demoLoad", demoLoad.progress());
        }
    }

    private static boolean isRedirect(ModelAndView page) {
        String name = page.getViewName();
        return name != null ? name.startsWith(REDIRECT) : page.getView() instanceof RedirectView;
    }
}
