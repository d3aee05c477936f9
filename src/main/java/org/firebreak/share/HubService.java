package org.firebreak.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Properties;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementState;
import org.firebreak.store.HubStore;
import org.firebreak.store.StatementStore;

/**
 * Writing the crisis hub (the Plan tab's hub section and `firebreak hub`): the summary, the updates
 * log, FAQ, steps and where to get help, in English and Bahasa Indonesia, prepared dark in advance
 * and switched on when a crisis starts.
 */
public final class HubService {

  static final int MAX_TITLE = 200;
  static final int MAX_LABEL = 500;
  static final int MAX_QUESTION = 1000;
  static final int MAX_URL = 2000;

  private final HubStore store;
  private final StatementStore statements;
  private final Clock clock;

  public HubService(HubStore store, StatementStore statements, Clock clock) {
    this.store = store;
    this.statements = statements;
    this.clock = clock;
  }

  public HubContent content() {
    return store.load();
  }

  public void saveSummary(String language, String title, String text) {
    store.saveSummary(
        language(language),
        required("title", title, MAX_TITLE),
        required("summary", text, Integer.MAX_VALUE),
        clock.instant());
  }

  public long addUpdate(String language, String text) {
    return store.addUpdate(
        language(language), clock.instant(), required("update", text, Integer.MAX_VALUE), null);
  }

  public void editUpdate(long id, String text) {
    found("update", id, store.editUpdate(id, required("update", text, Integer.MAX_VALUE)));
  }

  /**
   * Adds a published statement to the updates log at the time it was published; adding it again
   * changes nothing and returns false.
   */
  public boolean addPublishedStatement(long statementId, String language) {
    String lang = language(language);
    Statement s =
        statements
            .find(statementId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("Statement " + statementId + " does not exist."));
    if (s.state() != StatementState.PUBLISHED || s.publishedAt() == null) {
      throw new IllegalArgumentException(
          "Statement " + statementId + " is " + s.state() + "; only a published one can be added.");
    }
    if (store.hasStatementUpdate(statementId, lang)) {
      return false;
    }
    store.addUpdate(lang, s.publishedAt(), s.text(), statementId);
    return true;
  }

  public long addFaq(String language, String question, String answer) {
    return store.addFaq(
        language(language),
        required("question", question, MAX_QUESTION),
        required("answer", answer, Integer.MAX_VALUE));
  }

  public void editFaq(long id, String question, String answer) {
    found(
        "FAQ entry",
        id,
        store.editFaq(
            id,
            required("question", question, MAX_QUESTION),
            required("answer", answer, Integer.MAX_VALUE)));
  }

  public long addStep(String language, String text) {
    return store.addStep(language(language), required("step", text, Integer.MAX_VALUE));
  }

  public void editStep(long id, String text) {
    found("step", id, store.editStep(id, required("step", text, Integer.MAX_VALUE)));
  }

  /** A place to get help; {@code url} may be empty, and must be http or https when given. */
  public long addHelp(String language, String label, String detail, String url) {
    return store.addHelp(
        language(language), required("help name", label, MAX_LABEL), detail, link(url));
  }

  public void editHelp(long id, String label, String detail, String url) {
    found(
        "help contact",
        id,
        store.editHelp(id, required("help name", label, MAX_LABEL), detail, link(url)));
  }

  /** Shows or hides one item on the page without deleting it. */
  public void setPublished(HubSection section, long id, boolean published) {
    found(
        section.name().toLowerCase(java.util.Locale.ROOT),
        id,
        store.setPublished(section, id, published));
  }

  /** Switches a dark site on: the page is meant to be public from now. */
  public void goLive() {
    store.setSite(false, true, clock.instant());
  }

  /** Takes the page back to a dark site (prepared, not public). */
  public void goDark() {
    store.setSite(true, false, clock.instant());
  }

  public void setHubUrl(String url) {
    store.setHubUrl(link(url), clock.instant());
  }

  /**
   * Prepares a dark site from the playbook's template (resource {@code hub/seed_LANG.properties}):
   * a summary, FAQ, steps and where to get help, naming the incident and the hub's address.
   */
  public void seedFromPlaybook(String language, String incidentName, String hubUrl) {
    String lang = language(language);
    String url = link(hubUrl);
    Properties t = template(lang);
    String name = required("incident name", incidentName, MAX_TITLE);
    java.util.function.UnaryOperator<String> fill =
        s -> s.replace("{incident}", name).replace("{hubUrl}", url == null ? "" : url);
    saveSummary(
        lang,
        fill.apply(t.getProperty("summary.title")),
        fill.apply(t.getProperty("summary.text")));
    for (int i = 1; t.containsKey("faq." + i + ".q"); i++) {
      addFaq(
          lang,
          fill.apply(t.getProperty("faq." + i + ".q")),
          fill.apply(t.getProperty("faq." + i + ".a")));
    }
    for (int i = 1; t.containsKey("step." + i); i++) {
      addStep(lang, fill.apply(t.getProperty("step." + i)));
    }
    for (int i = 1; t.containsKey("help." + i + ".label"); i++) {
      String helpUrl = fill.apply(t.getProperty("help." + i + ".url", ""));
      addHelp(
          lang,
          fill.apply(t.getProperty("help." + i + ".label")),
          fill.apply(t.getProperty("help." + i + ".detail", "")),
          helpUrl.isBlank() ? null : helpUrl);
    }
    if (url != null) {
      setHubUrl(url);
    }
  }

  private static Properties template(String lang) {
    try (InputStream in =
        HubService.class.getResourceAsStream("/hub/seed_" + lang + ".properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "The hub template hub/seed_" + lang + ".properties is missing.");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String language(String language) {
    if (!HubContent.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("Language " + language + " is not en or id.");
    }
    return language;
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The " + field + " is empty; write some text.");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "The " + field + " is longer than " + max + " characters; shorten it.");
    }
    return value;
  }

  /** Null for no link; otherwise an absolute http or https address, or refused. */
  static String link(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    if (u.length() > MAX_URL || SafeLink.of(u).isEmpty()) {
      throw new IllegalArgumentException(
          "The link " + u + " is not an http or https address; use one starting with https://.");
    }
    return u;
  }

  private static void found(String what, long id, boolean found) {
    if (!found) {
      throw new IllegalArgumentException("The " + what + " " + id + " does not exist.");
    }
  }
}
