package org.resolute.kernel;

/** Implemented by the identity module's principal, so that any module can learn who is looking. */
public interface HasViewer {

    Viewer viewer();
}
