package org.resolute.kernel.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This application node among the others on the same database: its id ({@code resolute.node.id}) is written
 * beside the work it claims (a plan it solves, a duty it ran). Each running node needs an id of its own; a stable
 * one lets a restarted node take back at once the plans it was solving, while the default (host, process and a
 * random suffix, new at every start) leaves them to be taken over when their lease runs out.
 */
@Component
public class Node {

    private final String id;

    public Node(@Value("${resolute.node.id:}") String configured) {
        this.id = configured.isBlank() ? generated() : configured.strip();
    }

    public String id() {
        return id;
    }

    private static String generated() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public String toString() {
        return id;
    }
}
