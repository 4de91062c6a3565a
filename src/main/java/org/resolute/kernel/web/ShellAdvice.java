package org.resolute.kernel.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.resolute.kernel.NavigationItem;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the viewer and the navigation the viewer's roles open. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    private final List<NavigationItem> navigation;

    ShellAdvice(List<NavigationItem> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewers.current();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Viewer viewer = Viewers.current();
        return navigation.stream().filter(item -> item.visibleTo(viewer)).toList();
    }

    @ModelAttribute("links")
    ListLinks links(HttpServletRequest request) {
        return ListLinks.of(request);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
