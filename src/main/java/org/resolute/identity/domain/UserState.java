package org.resolute.identity.domain;

/** What administrators filter users by. */
public enum UserState {
    ENABLED, DISABLED, LOCKED
}
