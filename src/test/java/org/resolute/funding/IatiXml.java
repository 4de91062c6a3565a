package org.resolute.funding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading an IATI file's elements the way {@link IatiRules} needs: direct children by name, narratives, codes. */
final class IatiXml {

    private IatiXml() {
    }

    static boolean currency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(currency -> currency.getCurrencyCode()
                .equals(code));
    }

    static String vocabulary(Element sector) {
        return sector.getAttribute("vocabulary").isEmpty() ? "1" : sector.getAttribute("vocabulary");
    }

    static boolean hasNarrative(Element element) {
        return children(element, "narrative").stream().anyMatch(narrative -> !text(narrative).isBlank());
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static String text(Element element) {
        return element == null ? "" : element.getTextContent();
    }

    static Set<String> range(int from, int to) {
        Set<String> codes = new HashSet<>();
        for (int code = from; code <= to; code++) {
            codes.add(String.valueOf(code));
        }
        return codes;
    }

    static List<String> lines(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).lines().toList();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
