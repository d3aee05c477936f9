package org.firebreak.intake.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.intake.ImportSummary;
import org.firebreak.intake.Rejection;

/** One webhook answer: a status and a small JSON body that names the field at fault. */
record WebhookReply(int status, byte[] body, String retryAfter) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static WebhookReply error(int status, String field, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    if (field != null) {
      body.put("field", field);
    }
    return new WebhookReply(status, json(body), null);
  }

  static WebhookReply busy(int seconds) {
    WebhookReply r = error(429, null, "too many deliveries at once; retry after " + seconds + " s");
    return new WebhookReply(429, r.body(), Integer.toString(seconds));
  }

  /** 200 when something was stored or known; 422 when every message was refused. */
  static WebhookReply stored(String deliveryId, ImportSummary s) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("delivery", deliveryId);
    body.put("read", s.read());
    body.put("imported", s.imported());
    body.put("duplicates", s.duplicates());
    body.put("rejected", s.rejected());
    List<Map<String, Object>> rejections = new ArrayList<>();
    for (Rejection r : s.rejections()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("record", r.line());
      row.put("field", r.field());
      row.put("error", r.reason());
      rejections.add(row);
    }
    body.put("rejections", rejections);
    body.put("warnings", s.warnings());
    boolean refused = s.imported() + s.duplicates() == 0 && s.rejected() > 0;
    return new WebhookReply(refused ? 422 : 200, json(body), null);
  }

  private static byte[] json(Map<String, Object> body) {
    try {
      return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
