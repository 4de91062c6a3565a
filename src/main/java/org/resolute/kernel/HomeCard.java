package org.resolute.kernel;

/**
 * A figure on a signed-in viewer's home page, computed from stored data by the module that owns it.
 *
 * @param title what the figure is
 * @param figure the figure itself, formatted
 * @param caption where it comes from or what it means
 * @param link where to go for the detail
 */
public record HomeCard(String title, String figure, String caption, String link) {

    /** Implemented by a module that has something to show on the home page. */
    public interface Source {

        /** The cards for this viewer, already limited to what the viewer may see. */
        java.util.List<HomeCard> cardsFor(Viewer viewer);
    }
}
