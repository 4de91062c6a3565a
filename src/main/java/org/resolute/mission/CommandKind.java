package org.resolute.mission;

import org.springframework.modulith.NamedInterface;

/** What a command is in the mission's structure. */
@NamedInterface("api")
public enum CommandKind {
    /** The mission headquarters: the hub. */
    HUB,
    /** A regional train-advise-assist command: a spoke. */
    SPOKE,
    /** A functional command, such as the air command, or one for the capital. */
    FUNCTIONAL,
    /** A task force advising in a region without a spoke. */
    TASK_FORCE,
    /** Force protection. */
    FORCE_PROTECTION
}
