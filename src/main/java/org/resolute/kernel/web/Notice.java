package org.resolute.kernel.web;

import java.io.Serial;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a page tells the user after an action ("Pledge announced: ..."), as a message key with its arguments, so it
 * reads in the user's language after the redirect that follows the action. Pages show it as {@code notice}.
 */
public final class Notice extends DefaultMessageSourceResolvable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Notice(String key, Object[] arguments) {
        super(new String[] {key}, arguments);
    }

    public static Notice of(String key, Object... arguments) {
        return new Notice(key, arguments.clone());
    }
}
