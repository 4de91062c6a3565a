package org.resolute.partnership;

import org.resolute.partnership.domain.Track;
import org.springframework.modulith.NamedInterface;

/** What sort of activity was held; a dialogue meeting belongs to political dialogue, the others to cooperation. */
@NamedInterface("api")
public enum ActivityKind {
    DIALOGUE_MEETING("Dialogue meeting", Track.POLITICAL_DIALOGUE),
    WORKSHOP("Workshop", Track.PRACTICAL_COOPERATION),
    COURSE("Course", Track.PRACTICAL_COOPERATION),
    OTHER("Other cooperation", Track.PRACTICAL_COOPERATION);

    private final String label;
    private final Track track;

    ActivityKind(String label, Track track) {
        this.label = label;
        this.track = track;
    }

    public String label() {
        return label;
    }

    public Track track() {
        return track;
    }
}
