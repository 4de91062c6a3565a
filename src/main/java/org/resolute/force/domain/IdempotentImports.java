package org.resolute.force.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;

import org.resolute.force.domain.StrengthBook;
import org.resolute.kernel.IdempotencyKeys;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.RequestHash;
import org.resolute.kernel.RequestInProgress;
import org.resolute.kernel.Viewers;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports under an Idempotency-Key: the first import's result is kept with the key, with the hash of the file it
 * imported, and answered to replays of the same file; another file under a used key is refused (422). The
 * key is claimed before the file is read, in the import's transaction, so of two concurrent imports with the
 * same new key one imports and the other waits for it and then answers its result.
 */
@Service
class IdempotentImports implements StrengthImports {

    private final StrengthBook strength;
    private final ImportReplays replays;
    private final TransactionTemplate transaction;

    IdempotentImports(StrengthBook strength, ImportReplays replays, PlatformTransactionManager transactions) {
        this.strength = strength;
        this.replays = replays;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public StrengthImport importCsv(String idempotencyKey, String file, Reader csv) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return transaction.execute(status -> strength.importCsv(file, csv));
        }
        IdempotencyKeys.required(idempotencyKey, "an import");
        String text = text(csv);
        String asked = RequestHash.of("strength-import").field("file", text).value();
        return replay(idempotencyKey, asked).orElseGet(() -> importOnce(idempotencyKey, asked, file, text));
    }

    /** The first import under the key, if the same file was sent; another file under a used key is refused. */
    private Optional<StrengthImport> replay(String key, String asked) {
        return replays.find(key).map(first -> {
            IdempotencyKeys.sameRequest(key, "import", first.requestHash(), asked);
            return first.result();
        });
    }

    private StrengthImport importOnce(String key, String asked, String file, String csv) {
        try {
            return transaction.execute(status -> {
                replays.claim(key, asked, Viewers.current().username());
                StrengthImport result = strength.importCsv(file, new StringReader(csv));
                replays.complete(key, result);
                return result;
            });
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            return replay(key, asked).orElseThrow(() -> new RequestInProgress("an import"));
        }
    }

    private static String text(Reader csv) {
        try {
            StringWriter text = new StringWriter();
            csv.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new InvalidInput("file", "the file could not be read: " + e.getMessage());
        }
    }
}
