package org.resolute.force.domain;

import java.io.Reader;

import org.resolute.force.StrengthImport;
import org.resolute.force.StrengthImports;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.StaleUpdate;
import org.resolute.kernel.Viewers;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports under an Idempotency-Key: the first import's result is kept with the key and answered to replays. The
 * key is claimed before the file is read, in the import's transaction, so of two concurrent imports with the
 * same new key one imports and the other waits for it and then answers its result.
 */
@Service
class IdempotentImports implements StrengthImports {

    private final StrengthReports strength;
    private final ImportReplays replays;
    private final TransactionTemplate transaction;

    IdempotentImports(StrengthReports strength, ImportReplays replays, PlatformTransactionManager transactions) {
        this.strength = strength;
        this.replays = replays;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public StrengthImport importCsv(String idempotencyKey, String file, Reader csv) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return transaction.execute(status -> strength.importCsv(file, csv));
        }
        if (idempotencyKey.length() > 200) {
            throw new InvalidInput("Idempotency-Key", "the Idempotency-Key is longer than 200 characters");
        }
        return replays.find(idempotencyKey).orElseGet(() -> importOnce(idempotencyKey, file, csv));
    }

    private StrengthImport importOnce(String key, String file, Reader csv) {
        try {
            return transaction.execute(status -> {
                replays.claim(key, Viewers.current().username());
                StrengthImport result = strength.importCsv(file, csv);
                replays.complete(key, result);
                return result;
            });
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            return replays.find(key).orElseThrow(() -> new StaleUpdate("an import with this Idempotency-Key "
                    + "was running at the same time; send the request again to get its result"));
        }
    }
}
