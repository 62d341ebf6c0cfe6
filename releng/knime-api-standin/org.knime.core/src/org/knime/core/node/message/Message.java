package org.knime.core.node.message;

import java.util.List;
import java.util.Objects;

/** Stand-in for KNIME's {@code org.knime.core.node.message.Message} (subset): a user-facing summary and resolutions. */
public final class Message {

    private final String m_summary;

    private final List<String> m_resolutions;

    private Message(final String summary, final List<String> resolutions) {
        m_summary = Objects.requireNonNull(summary);
        m_resolutions = List.copyOf(resolutions);
    }

    /**
     * @param summary the message
     * @return the message
     */
    public static Message fromSummary(final String summary) {
        return new Message(summary, List.of());
    }

    /**
     * @param summary the message
     * @param res what the user can do about it
     * @return the message
     */
    public static Message fromSummaryWithResolution(final String summary, final String... res) {
        return new Message(summary, List.of(res));
    }

    /** @return the summary */
    public String getSummary() {
        return m_summary;
    }

    /** @return the resolutions */
    public List<String> getResolutions() {
        return m_resolutions;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof Message m && m.m_summary.equals(m_summary) && m.m_resolutions.equals(m_resolutions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_summary, m_resolutions);
    }

    @Override
    public String toString() {
        return m_summary;
    }
}
