package org.firebreak.intake;

import java.util.List;
import java.util.Locale;

/** A message field a source column can feed, with the header names it is known by. */
public enum MessageField {
  ID("id", List.of("id", "tweet id", "message id", "post id", "status id", "id str", "uid")),
  TEXT(
      "text",
      List.of("text", "message", "content", "body", "tweet", "full text", "post", "caption")),
  AUTHOR(
      "author",
      List.of("author", "user", "username", "screen name", "user name", "handle", "from")),
  CREATED_AT(
      "created_at",
      List.of("created at", "date", "time", "timestamp", "created", "published", "datetime")),
  PLATFORM("platform", List.of("platform", "network", "source", "site", "channel")),
  REACH("reach", List.of("reach", "followers", "followers count", "user followers", "audience")),
  URL("url", List.of("url", "link", "permalink", "tweet url", "post url")),
  CONVERSATION(
      "conversation",
      List.of("conversation", "conversation id", "thread id", "in reply to status id", "thread"));

  private final String key;
  private final List<String> synonyms;

  MessageField(String key, List<String> synonyms) {
    this.key = key;
    this.synonyms = synonyms.stream().map(MessageField::looseKey).toList();
  }

  public String key() {
    return key;
  }

  List<String> synonyms() {
    return synonyms;
  }

  /** Header names compared loosely: case, spaces, underscores, dashes and dots ignored. */
  public static String looseKey(String header) {
    StringBuilder b = new StringBuilder(header.length());
    for (char c : header.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c != ' ' && c != '_' && c != '-' && c != '.' && c != '\uFEFF') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Reads "id", "created_at", "createdAt", "Created At"...; null when unknown. */
  public static MessageField byName(String name) {
    String loose = looseKey(name);
    for (MessageField f : values()) {
      if (looseKey(f.key).equals(loose) || f.name().replace("_", "").equalsIgnoreCase(loose)) {
        return f;
      }
    }
    return "time".equals(loose) ? CREATED_AT : null;
  }
}
