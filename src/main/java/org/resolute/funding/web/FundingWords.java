package org.resolute.funding.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the funding pages read out of the books' words, for templates ({@code ${@fundingWords.ids(source)}}): the
 * sources a text cites and the rate a report could not value a figure without.
 */
@Component("fundingWords")
public class FundingWords {

    public List<String> ids(@Nullable String text) {
        return Cited.ids(text);
    }

    public boolean onlyIds(@Nullable String text) {
        return Cited.onlyIds(text);
    }

    public @Nullable MissingRate missingRate(@Nullable String wording) {
        return MissingRate.of(wording);
    }
}
