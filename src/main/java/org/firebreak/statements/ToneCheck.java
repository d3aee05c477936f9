package org.firebreak.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firebreak.incident.Platform;

/**
 * Reads a draft the way the playbook asks a crisis statement to be read: owned, compassionate,
 * never defensive, with a next step and a place to get help, short enough for the origin platform
 * and easy to read. Its rules are data ({@code /tone/tone_en.json}, {@code tone_id.json}). The
 * score starts at 100 and loses each broken rule's weight once. It informs; it never blocks.
 */
public final class ToneCheck {

  public static final List<String> LANGUAGES = List.of("en", "id");

  private final Map<String, ToneRuleBook> books = new ConcurrentHashMap<>();

  public ToneReport check(String text, String language, Platform originPlatform) {
    ToneRuleBook book = books.computeIfAbsent(languageOf(language), ToneRuleBook::load);
    // curly apostrophes read as straight ones; one char for one, so spans stay true
    String raw = text == null ? "" : text;
    String t = raw.replace('\u2019', '\'').replace('\u2018', '\'');
    List<ToneFinding> findings = new ArrayList<>();
    for (ToneRuleBook.Compiled c : book.rules()) {
      ToneRule rule = c.rule();
      switch (rule.kind()) {
        case PRESENT -> findings.addAll(present(c, raw, t));
        case ABSENT -> {
          if (c.patterns().stream().noneMatch(p -> p.matcher(t).find())) {
            findings.add(ToneFinding.missing(rule));
          }
        }
        case AFTER_APOLOGY -> findings.addAll(afterApology(c, raw, t));
        case TOO_LONG -> {
          if (originPlatform != null && CharacterCount.of(originPlatform, raw).over()) {
            findings.add(
                new ToneFinding(
                    rule.id(), rule.category(), 0, raw.length(), "", rule.explanation()));
          }
        }
        case HARD_TO_READ -> {
          double ease = ReadingEase.ease(t, book.readability());
          if (!Double.isNaN(ease) && ease < book.readability().minEase()) {
            int[] longest = longestSentence(t);
            findings.add(ToneFinding.at(rule, raw, longest[0], longest[1]));
          }
        }
      }
    }
    findings.sort(Comparator.comparingInt(ToneFinding::start));
    Set<String> broken = new HashSet<>();
    int score = 100;
    for (ToneFinding f : findings) {
      if (broken.add(f.ruleId())) {
        score -= weightOf(book, f.ruleId());
      }
    }
    return new ToneReport(book.language(), Math.max(0, score), findings);
  }

  /** "en", "id", "in", "id-ID", "EN_us"...; anything unknown reads as English. */
  static String languageOf(String language) {
    if (language == null) {
      return "en";
    }
    String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    if (primary.equals("in")) {
      return "id";
    }
    return LANGUAGES.contains(primary) ? primary : "en";
  }

  private static List<ToneFinding> present(ToneRuleBook.Compiled c, String raw, String t) {
    List<ToneFinding> out = new ArrayList<>();
    for (Pattern p : c.patterns()) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        if (m.end() > m.start() && out.stream().noneMatch(f -> overlaps(f, m.start(), m.end()))) {
          out.add(ToneFinding.at(c.rule(), raw, m.start(), m.end()));
        }
      }
    }
    return out;
  }

  /** "However" or "but" in the rest of an apology's sentence, or opening the next sentence. */
  private static List<ToneFinding> afterApology(ToneRuleBook.Compiled c, String raw, String t) {
    List<ToneFinding> out = new ArrayList<>();
    if (c.anchor() == null || c.patterns().isEmpty()) {
      return out;
    }
    List<int[]> sentences = ReadingEase.sentences(t);
    for (int i = 0; i < sentences.size(); i++) {
      int[] s = sentences.get(i);
      Matcher apology = c.anchor().matcher(t).region(s[0], s[1]);
      if (!apology.find()) {
        continue;
      }
      Matcher rest = c.patterns().get(0).matcher(t).region(apology.end(), s[1]);
      if (rest.find()) {
        out.add(ToneFinding.at(c.rule(), raw, rest.start(), rest.end()));
      } else if (i + 1 < sentences.size()) {
        int[] next = sentences.get(i + 1);
        Matcher opening = c.opening().matcher(t).region(next[0], next[1]);
        if (opening.lookingAt()) {
          out.add(ToneFinding.at(c.rule(), raw, opening.start(1), opening.end(1)));
        }
      }
    }
    return out;
  }

  private static int[] longestSentence(String t) {
    int[] best = {0, 0};
    int bestWords = -1;
    for (int[] s : ReadingEase.sentences(t)) {
      int words = ReadingEase.words(t, s[0], s[1]);
      if (words > bestWords) {
        bestWords = words;
        best = s;
      }
    }
    return best;
  }

  private static boolean overlaps(ToneFinding f, int start, int end) {
    return start < f.end() && f.start() < end;
  }

  private static int weightOf(ToneRuleBook book, String ruleId) {
    return book.rules().stream()
        .filter(c -> c.rule().id().equals(ruleId))
        .mapToInt(c -> c.rule().weight())
        .findFirst()
        .orElse(0);
  }
}
