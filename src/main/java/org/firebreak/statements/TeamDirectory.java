package org.firebreak.statements;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TeamRole;

/** Who is on the incident team, as the statement workflow needs to know it. */
@FunctionalInterface
public interface TeamDirectory {

  List<TeamMember> members();

  /** The member of that name holding that role; names match ignoring case and outer spaces. */
  default Optional<TeamMember> withRole(String name, TeamRole role) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    return members().stream()
        .filter(m -> m.role() == role)
        .filter(m -> m.name().strip().toLowerCase(Locale.ROOT).equals(key))
        .findFirst();
  }
}
