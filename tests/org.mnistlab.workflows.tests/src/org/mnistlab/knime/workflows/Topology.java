package org.mnistlab.knime.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The order in which a workflow's nodes can run: every node after the nodes that feed it. */
final class Topology {

    private Topology() {
    }

    /**
     * Kahn's algorithm, taking the smallest ready id first so the order is stable.
     *
     * @param ids the node ids
     * @param edges source id to dest id, one entry per connection
     * @return the ids, each after all its sources
     * @throws IllegalArgumentException if the connections form a cycle (KNIME refuses to create one)
     */
    static List<Integer> order(final Iterable<Integer> ids, final List<int[]> edges) {
        final Map<Integer, Integer> indegree = new TreeMap<>();
        ids.forEach(id -> indegree.put(id, 0));
        edges.forEach(e -> indegree.merge(e[1], 1, Integer::sum));
        final TreeSet<Integer> ready = new TreeSet<>();
        indegree.forEach((id, d) -> {
            if (d == 0) {
                ready.add(id);
            }
        });
        final List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            final int id = ready.pollFirst();
            order.add(id);
            for (final int[] e : edges) {
                if (e[0] == id && indegree.merge(e[1], -1, Integer::sum) == 0) {
                    ready.add(e[1]);
                }
            }
        }
        if (order.size() != indegree.size()) {
            throw new IllegalArgumentException("The connections form a cycle through the nodes "
                + indegree.keySet().stream().filter(id -> !order.contains(id)).toList());
        }
        return order;
    }
}
