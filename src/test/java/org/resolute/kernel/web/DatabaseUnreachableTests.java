package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.validation.ValidationException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request that failed because the database could not be reached (as when the primary stops during the failover
 * drill, ops/drills/failover.sh) may have been committed before the connection broke: it is answered 503 with
 * Retry-After and a detail saying so, wherever it failed (a handler, or a filter reading the token or session);
 * every other failure stays the 500 that says nothing was saved. The exceptions are those PgJDBC, Hikari and Spring
 * raise (SQL state 08006 for an I/O error on the connection).
 */
class DatabaseUnreachableTests {

    static final SQLException CONNECTION_LOST =
            new SQLException("An I/O error occurred while sending to the backend.", "08006");

    final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aCommitWhoseConnectionBrokeIsA503WithRetryAfterNotA500SayingNothingWasSaved() {
        ProblemDetail problem = new ApiExceptionHandler().unexpected(
                new TransactionSystemException("Could not commit JDBC transaction", CONNECTION_LOST), response);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getDetail()).contains("may or may not have been saved").contains("Idempotency-Key");
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
    }

    /**
     * As in the failover drill: the commit failed on the lost connection, then the rollback on the pool's closed
     * one; Spring only logs the commit's failure, so the failed rollback alone must say that the outcome is unknown.
     */
    @Test
    void aRollbackThatFailedOnAClosedConnectionIsA503EvenInsideAValidator() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));

        ProblemDetail problem = new ApiExceptionHandler().unexpected(
                new ValidationException("HV000028: Unexpected exception during isValid call.", rollback), response);

        assertThat(problem.getStatus()).isEqualTo(503);
    }

    @Test
    void aFilterThatCouldNotReadItsTokenForLackOfTheDatabaseGivesA503Problem() throws Exception {
        MockHttpServletRequest request = failed("/api/v1/ledger/postings", new ServletException(
                new DataAccessResourceFailureException("PreparedStatementCallback", CONNECTION_LOST)));

        ModelAndView answer = new ErrorPages(new Problems(JsonMapper.builder().build())).error(request, response);
        answer.getView().render(Map.of(), request, response);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentAsString()).contains("may or may not have been saved");
    }

    @Test
    void aPoolThatGaveNoConnectionInTimeIsTheDatabaseUnreachable() {
        assertThat(DatabaseUnreachable.causes(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseUnreachable.causes(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
    }

    @Test
    void everyOtherFailureStaysA500SayingNothingWasSaved() throws Exception {
        Exception constraint = new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(DatabaseUnreachable.causes(constraint)).isFalse();
        assertThat(new ApiExceptionHandler().unexpected(new IllegalStateException("a defect"), response).getStatus())
                .isEqualTo(500);
        assertThat(response.getHeader("Retry-After")).isNull();

        MockHttpServletRequest request = failed("/api/v1/ledger/postings", new ServletException(constraint));
        MockHttpServletResponse page = new MockHttpServletResponse();
        new ErrorPages(new Problems(JsonMapper.builder().build())).error(request, page).getView()
                .render(Map.of(), request, page);
        assertThat(page.getStatus()).isEqualTo(500);
        assertThat(page.getContentAsString()).contains("nothing was saved");
    }

    private static MockHttpServletRequest failed(String uri, Throwable failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        return request;
    }
}
