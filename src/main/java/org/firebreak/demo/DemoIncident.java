package org.firebreak.demo;

import java.util.List;
import java.util.Map;
import org.firebreak.incident.Incident;
import org.firebreak.queue.Message;
import org.firebreak.triage.Label;
import org.firebreak.triage.Reply;
import org.firebreak.triage.TeamMember;

/**
 * A generated incident, ready to store. Labels and replies refer to messages by their external id.
 */
public record DemoIncident(
    Incident incident,
    List<TeamMember> team,
    List<Label> labels,
    List<Message> messages,
    Map<String, List<String>> labelsByExternalId,
    Map<String, Reply> replyByExternalId,
    String holdingStatementTitle,
    String holdingStatement,
    String spokesperson) {}
