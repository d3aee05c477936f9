package org.firebreak.share;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything the crisis hub page shows, in both languages. */
public record HubContent(
    boolean darkSite,
    boolean published,
    String hubUrl,
    List<Summary> summaries,
    List<Update> updates,
    List<Faq> faq,
    List<Step> steps,
    List<Help> help) {

  public static final List<String> LANGUAGES = List.of("en", "id");

  public HubContent {
    summaries = List.copyOf(summaries);
    updates = List.copyOf(updates);
    faq = List.copyOf(faq);
    steps = List.copyOf(steps);
    help = List.copyOf(help);
  }

  /** The situation summary at the top of one language's section. */
  public record Summary(String language, String title, String text, Instant updatedAt) {}

  /** One entry of the timestamped updates log; {@code statementId} when it came from one. */
  public record Update(
      long id,
      String language,
      Instant postedAt,
      String text,
      Long statementId,
      boolean published) {}

  public record Faq(
      long id, String language, int position, String question, String answer, boolean published) {}

  public record Step(long id, String language, int position, String text, boolean published) {}

  /** A place to get help: a name, a detail (hours, phone), and an optional web link. */
  public record Help(
      long id,
      String language,
      int position,
      String label,
      String detail,
      String url,
      boolean published) {}

  public Optional<Summary> summary(String language) {
    return summaries.stream().filter(s -> s.language().equals(language)).findFirst();
  }

  /** Published updates of one language, newest first. */
  public List<Update> updates(String language) {
    return updates.stream()
        .filter(u -> u.published() && u.language().equals(language))
        .sorted((a, b) -> b.postedAt().compareTo(a.postedAt()))
        .toList();
  }

  public List<Faq> faq(String language) {
    return faq.stream().filter(f -> f.published() && f.language().equals(language)).toList();
  }

  public List<Step> steps(String language) {
    return steps.stream().filter(s -> s.published() && s.language().equals(language)).toList();
  }

  public List<Help> help(String language) {
    return help.stream().filter(h -> h.published() && h.language().equals(language)).toList();
  }
}
