/**
 * RFC 4180 CSV, read and written: a reader that refuses a whole file and names every bad line, and a writer for
 * the "Download CSV" links. Open to the other modules as the {@code reference::csv} interface so that every import
 * and export in Resolute behaves alike.
 */
@org.springframework.modulith.NamedInterface("csv")
package org.resolute.reference.csv;
