/**
 * RFC 4180 CSV, read and written: a reader that refuses a whole file and names every bad line, and a writer for
 * the "Download CSV" links, so that every import and export in Resolute behaves alike.
 */
package org.resolute.kernel.csv;
