package org.firebreak.triage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.store.SnippetStore;

/**
 * Saved replies: the built-in ones (resource files) and the team's own (in the incident database),
 * offered together in the reply dialog.
 */
public final class SnippetService {

  private final SnippetStore store;
  private final Clock clock;

  public SnippetService(SnippetStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The team's own snippets of a language first, then the built-in ones. */
  public List<SavedReplies.Snippet> forLanguage(String language) {
    String lang = "id".equals(language) ? "id" : "en";
    List<SavedReplies.Snippet> out = new ArrayList<>();
    store.all().stream()
        .filter(s -> s.language().equals(lang))
        .map(UserSnippet::asSnippet)
        .forEach(out::add);
    out.addAll(SavedReplies.of(lang));
    return out;
  }

  public List<UserSnippet> own() {
    return store.all();
  }

  public UserSnippet add(String language, String title, String text, String actor) {
    return store.add(checked(0, language, title, text), actor, clock.instant());
  }

  public void update(long id, String language, String title, String text, String actor) {
    store.update(checked(id, language, title, text), actor, clock.instant());
  }

  public void delete(long id, String actor) {
    store.delete(id, actor, clock.instant());
  }

  private static UserSnippet checked(long id, String language, String title, String text) {
    String t = title == null ? "" : title.strip();
    String body = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new TriageRuleException("The saved reply needs a title.", "title");
    }
    if (t.length() > UserSnippet.MAX_TITLE) {
      throw new TriageRuleException(
          "The title is longer than " + UserSnippet.MAX_TITLE + " characters.", "title");
    }
    if (body.isEmpty()) {
      throw new TriageRuleException("The saved reply has no text.", "text");
    }
    if (body.length() > TriageService.MAX_REPLY_LENGTH) {
      throw new TriageRuleException(
          "The text is longer than " + TriageService.MAX_REPLY_LENGTH + " characters.", "text");
    }
    return new UserSnippet(id, "id".equals(language) ? "id" : "en", t, body);
  }
}
