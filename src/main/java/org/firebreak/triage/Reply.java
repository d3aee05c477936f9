package org.firebreak.triage;

import java.time.Instant;
import org.firebreak.incident.Platform;

/** A reply the team sent (Firebreak records it; the person posts it on the platform). */
public record Reply(
    long id, long messageId, String text, String sentBy, Instant sentAt, Platform platform) {}
