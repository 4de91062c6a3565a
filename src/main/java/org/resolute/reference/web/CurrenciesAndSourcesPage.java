package org.resolute.reference.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.web.FormErrors;
import org.resolute.reference.Sources;
import org.resolute.reference.domain.Currencies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ISO 4217 currencies and the list of public sources, each searchable and paginated. */
@Controller
class CurrenciesAndSourcesPage {

    private final Currencies currencies;
    private final Sources sources;

    CurrenciesAndSourcesPage(Currencies currencies, Sources sources) {
        this.currencies = currencies;
        this.sources = sources;
    }

    @GetMapping("/reference/currencies")
    String currencies(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String order = sort;
        try {
            model.addAttribute("currencies", currencies.search(q, new PageQuery(Math.max(page, 0), 25, order)));
        } catch (InvalidInput e) {
            FormErrors.of(e, request).refuse(model, response);
            order = "";
            model.addAttribute("currencies", currencies.search(q, new PageQuery(0, 25, order)));
        }
        model.addAttribute("q", q);
        model.addAttribute("sort", order);
        return "reference/currencies";
    }

    /**
     * The sources, open to anyone since every one is public: the public pages' figures link here. A provenance
     * badge links to one source as {@code ?source=S57}, which searches for it like {@code q}.
     */
    @GetMapping("/reference/sources")
    String sources(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String wanted = q.isBlank() ? source : q;
        model.addAttribute("sources", sources.search(wanted, new PageQuery(Math.max(page, 0), 50, "")));
        model.addAttribute("q", wanted);
        return "reference/sources";
    }
}
