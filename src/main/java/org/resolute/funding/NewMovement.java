package org.resolute.funding;

import java.time.LocalDate;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;

/** An allocation, disbursement or expenditure to record, in US dollars, under the request's idempotency key. */
public record NewMovement(String idempotencyKey, String fund, MovementKind kind, String project, Money amount,
        LocalDate valueDate, String description, Provenance provenance, Marking marking) {

    public NewMovement {
        if (kind == null) {
            throw new InvalidInput("kind", "a movement is an ALLOCATION, a DISBURSEMENT or an EXPENDITURE");
        }
        if (project == null || !project.matches("[A-Za-z0-9-]{2,40}")) {
            throw new InvalidInput("project", "a project code is 2 to 40 letters, digits or dashes");
        }
        if (amount == null || amount.amount().signum() <= 0 || !amount.currencyCode().equals("USD")) {
            throw new InvalidInput("amount", "a movement needs an amount above zero in USD");
        }
        if (valueDate == null) {
            throw new InvalidInput("valueDate", "a movement needs its value date");
        }
        description = description == null || description.isBlank() ? kind + " " + project : description.strip();
    }
}
