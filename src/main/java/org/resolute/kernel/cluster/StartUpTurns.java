package org.resolute.kernel.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes started together take turns at the end of their start, where each module checks whether its reference or
 * demo data is loaded and loads it if not: without turns, two nodes starting on an empty database would both find
 * it empty, both load it, and one would fail on the other's rows. A node holds the lock of the start-up row of
 * {@code cluster_duty}, in a connection of its own, from the moment its context is up until it is ready (or failed);
 * the next node then finds the data loaded. A node that dies meanwhile loses its connection, and with it the lock.
 */
@Component
class StartUpTurns implements StartUpTurn {

    private static final Logger log = LoggerFactory.getLogger(StartUpTurns.class);

    private final DataSource dataSource;
    private final Node node;
    private Connection turn;

    StartUpTurns(DataSource dataSource, Node node) {
        this.dataSource = dataSource;
        this.node = node;
    }

    @EventListener(ApplicationStartedEvent.class)
    synchronized void take() throws SQLException {
        if (turn != null) {
            return;
        }
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            takeTurn(connection);
            turn = connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Work done after this node is ready (the background demo load) takes the turn again, in a connection of its
     * own, for as long as it runs.
     */
    @Override
    public void inTurn(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            takeTurn(connection);
            try {
                work.run();
            } finally {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take this node's start-up turn", e);
        }
    }

    /** Takes the start-up row's lock (waiting while another node holds it) until the connection's transaction ends. */
    private void takeTurn(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE cluster_duty SET holder = ?, last_run_at = CURRENT_TIMESTAMP, runs = runs + 1
                WHERE name = 'start-up'""")) {
            update.setString(1, node.id());
            update.executeUpdate();
        }
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
    synchronized void release() {
        if (turn == null) {
            return;
        }
        try (Connection connection = turn) {
            connection.commit();
        } catch (SQLException e) {
            log.warn("Could not end this node's start-up turn cleanly; closing its connection ends it", e);
        }
        turn = null;
    }
}
