package org.resolute.kernel.chain;

import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.RowMapper;

/**
 * Where a hash chain is stored and what its links vouch for. The entry table (aliased {@code e} in
 * {@code from}) has a numeric {@code id} and the chain columns {@code chain_position}, {@code previous_hash} and
 * {@code entry_hash}, empty until sealed; the seal table holds one row ({@code id = 1}) with
 * {@code last_position} and {@code last_hash}.
 *
 * @param entryTable the table whose rows are chained
 * @param sealTable the table of the single seal row
 * @param from the FROM clause that reads an entry's content: the entry table as {@code e}, joined to whatever
 *        else its hash covers
 * @param columns the content columns, qualified, as the content mapper reads them
 * @param content reads an entry's content from a row
 * @param id the entry's id
 * @param hash the link hash of an entry at a position after a previous hash
 * @param <C> what an entry says
 */
public record ChainDefinition<C>(String entryTable, String sealTable, String from, String columns,
        RowMapper<C> content, ToLongFunction<C> id, LinkHash<C> hash) {

    /** The "previous hash" of the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    /** The hash linking an entry's content into the chain at a position, after the hash before it. */
    @FunctionalInterface
    public interface LinkHash<C> {
        String of(long position, String previousHash, C content);
    }
}
