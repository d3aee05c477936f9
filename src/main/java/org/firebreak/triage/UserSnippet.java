package org.firebreak.triage;

/** A saved reply the team wrote itself, kept with the incident, in one language ("en", "id"). */
public record UserSnippet(long id, String language, String title, String text) {

  public static final int MAX_TITLE = 80;

  public SavedReplies.Snippet asSnippet() {
    return new SavedReplies.Snippet(title, text);
  }
}
