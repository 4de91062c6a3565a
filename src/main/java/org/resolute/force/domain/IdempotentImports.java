package org.resolute.force.domain;

import java.io.Reader;

import org.resolute.force.StrengthImport;
import org.resolute.force.StrengthImports;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Viewers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports under an Idempotency-Key: the first import's result is kept with the key and answered to replays. */
@Service
class IdempotentImports implements StrengthImports {

    private final StrengthReports strength;
    private final ImportReplays replays;

    IdempotentImports(StrengthReports strength, ImportReplays replays) {
        this.strength = strength;
        this.replays = replays;
    }

    @Override
    @Transactional
    public StrengthImport importCsv(String idempotencyKey, String file, Reader csv) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return strength.importCsv(file, csv);
        }
        if (idempotencyKey.length() > 200) {
            throw new InvalidInput("Idempotency-Key", "the Idempotency-Key is longer than 200 characters");
        }
        return replays.find(idempotencyKey).orElseGet(() -> {
            StrengthImport result = strength.importCsv(file, csv);
            replays.remember(idempotencyKey, Viewers.current().username(), result);
            return result;
        });
    }
}
