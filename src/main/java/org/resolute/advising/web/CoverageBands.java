package org.resolute.advising.web;

/**
 * How the coverage heatmap sorts a cell's approved engagements, so that its colours separate what matters to a
 * reader: none at all, thin, or enough. Enough is an engagement a fortnight on average over the window (at least
 * two), the rhythm of persistent advising; anything between none and that is thin.
 *
 * @param enough the fewest engagements in the window that count as enough
 */
record CoverageBands(int enough) {

    static final String NONE = "none";
    static final String THIN = "thin";
    static final String ENOUGH = "enough";
    private static final int FORTNIGHT = 14;

    static CoverageBands forWindow(int days) {
        return new CoverageBands(Math.max(2, (days + FORTNIGHT - 1) / FORTNIGHT));
    }

    public String band(int engagements) {
        return engagements == 0 ? NONE : engagements < enough ? THIN : ENOUGH;
    }
}
