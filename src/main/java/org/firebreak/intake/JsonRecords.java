package org.firebreak.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;

/**
 * Reads one JSON record into messages, whatever export it came from: an X archive tweet or DM
 * conversation, a Mastodon activity or note, a Bluesky post record, or a plain object whose keys
 * are matched loosely like CSV headers. Keys such as {@code @class} or {@code @type} are only ever
 * data: nothing here picks a Java class from input.
 */
final class JsonRecords {

  private final String defaultPlatform;
  private int boostsSkipped;

  JsonRecords(Platform defaultPlatform) {
    this.defaultPlatform = defaultPlatform == null ? null : defaultPlatform.name();
  }

  int boostsSkipped() {
    return boostsSkipped;
  }

  List<SourceRecord> map(JsonNode node, String where, long record) {
    if (!node.isObject()) {
      return List.of(new Rejection(where, record, null, "not a JSON object"));
    }
    if (node.path("tweet").isObject()) {
      return List.of(tweet(node.get("tweet"), where, record));
    }
    if (node.path("dmConversation").isObject()) {
      return directMessages(node.get("dmConversation"), where, record);
    }
    String type = text(node, "type");
    if ("Announce".equals(type)) {
      boostsSkipped++;
      return List.of();
    }
    if ("Create".equals(type) && node.path("object").isObject()) {
      return List.of(note(node.get("object"), where, record));
    }
    if ("Note".equals(type)) {
      return List.of(note(node, where, record));
    }
    if (node.path("value").path("$type").asText("").startsWith("app.bsky.feed.post")
        || text(node, "$type") != null && text(node, "$type").startsWith("app.bsky.feed.post")) {
      return List.of(BlueskyPost.read(node, where, record));
    }
    return List.of(generic(node, where, record));
  }

  private static RawMessage tweet(JsonNode t, String where, long record) {
    String id = text(t, "id_str") != null ? text(t, "id_str") : text(t, "id");
    String author = text(t.path("user"), "screen_name");
    String reply = text(t, "in_reply_to_status_id_str");
    return new RawMessage(
        where,
        record,
        Platform.X.name(),
        id,
        reply != null ? reply : id,
        author != null ? author : "archive owner",
        text(t.path("user"), "followers_count"),
        HtmlText.decodeEntities(
            text(t, "full_text") != null ? text(t, "full_text") : text(t, "text")),
        id == null ? null : "https://x.com/i/web/status/" + id,
        text(t, "created_at"),
        author == null ? Direction.OUTBOUND : Direction.INBOUND,
        null);
  }

  private static List<SourceRecord> directMessages(JsonNode conv, String where, long record) {
    List<SourceRecord> out = new ArrayList<>();
    String conversationId = text(conv, "conversationId");
    int k = 0;
    for (JsonNode m : conv.path("messages")) {
      k++;
      JsonNode create = m.path("messageCreate");
      if (!create.isObject()) {
        continue; // joins, leaves and reactions are not messages
      }
      out.add(
          new RawMessage(
              where + ", message " + k,
              record,
              Platform.X.name(),
              "dm:" + text(create, "id"),
              conversationId,
              text(create, "senderId"),
              null,
              HtmlText.decodeEntities(text(create, "text")),
              null,
              text(create, "createdAt"),
              Direction.INBOUND,
              "DM"));
    }
    return out;
  }

  private static RawMessage note(JsonNode n, String where, long record) {
    String url = text(n, "url") != null ? text(n, "url") : text(n, "id");
    String reply = text(n, "inReplyTo");
    return new RawMessage(
        where,
        record,
        Platform.MASTODON.name(),
        text(n, "id"),
        reply != null ? reply : text(n, "conversation"),
        text(n, "attributedTo"),
        null,
        HtmlText.toText(text(n, "content")),
        url,
        text(n, "published"),
        Direction.OUTBOUND,
        null);
  }

  private RawMessage generic(JsonNode node, String where, long record) {
    String[] values = new String[MessageField.values().length];
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String key = MessageField.looseKey(e.getKey());
      for (MessageField f : MessageField.values()) {
        if (values[f.ordinal()] == null && f.synonyms().contains(key)) {
          values[f.ordinal()] = scalar(e.getValue());
        }
      }
    }
    JsonNode user = node.path("user");
    String author = values[MessageField.AUTHOR.ordinal()];
    if (user.isObject()) {
      author = text(user, "screen_name") != null ? text(user, "screen_name") : text(user, "name");
    }
    String reach = values[MessageField.REACH.ordinal()];
    if (reach == null && user.isObject()) {
      reach = text(user, "followers_count");
    }
    String platform = values[MessageField.PLATFORM.ordinal()];
    String id = values[MessageField.ID.ordinal()];
    if (id == null && text(node, "id_str") != null) {
      id = text(node, "id_str");
    }
    String url = values[MessageField.URL.ordinal()];
    return new RawMessage(
        where,
        record,
        platform != null ? platform : defaultPlatform,
        id != null ? id : url,
        values[MessageField.CONVERSATION.ordinal()],
        author,
        reach,
        values[MessageField.TEXT.ordinal()],
        url,
        values[MessageField.CREATED_AT.ordinal()],
        Direction.INBOUND,
        null);
  }

  /** A scalar as the text it was written as (big ids keep every digit); objects are null. */
  private static String scalar(JsonNode v) {
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  static String text(JsonNode node, String field) {
    return scalar(node.get(field));
  }
}
