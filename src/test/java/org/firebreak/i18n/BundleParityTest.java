package org.firebreak.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle pair (English, Bahasa Indonesia) has the same keys, no blank value, and the same
 * MessageFormat arguments in both languages. Pairs are found on disk: every {@code *_id.properties}
 * under src/main/resources, with its English partner ({@code name.properties} or {@code
 * name_en.properties}).
 */
class BundleParityTest {

  private static final Path RESOURCES = Path.of("src", "main", "resources");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  static Stream<Arguments> pairs() throws IOException {
    List<Arguments> pairs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      for (Path id : files.filter(p -> p.toString().endsWith("_id.properties")).toList()) {
        String stem = id.getFileName().toString().replace("_id.properties", "");
        Path en = id.resolveSibling(stem + ".properties");
        if (!Files.exists(en)) {
          en = id.resolveSibling(stem + "_en.properties");
        }
        pairs.add(new Arguments(en, id));
      }
    }
    assertThat(pairs).as("bundle pairs found").hasSizeGreaterThanOrEqualTo(3);
    return pairs.stream();
  }

  record Arguments(Path english, Path indonesian) {
    @Override
    public String toString() {
      return RESOURCES.relativize(indonesian).toString();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void bothLanguagesHaveTheSameKeys(Arguments pair) throws IOException {
    assertThat(pair.english()).as("English partner of " + pair.indonesian()).exists();
    Properties en = load(pair.english());
    Properties id = load(pair.indonesian());
    assertThat(id.stringPropertyNames())
        .as("keys in %s missing from %s", pair.english(), pair.indonesian())
        .containsAll(en.stringPropertyNames());
    assertThat(en.stringPropertyNames())
        .as("keys in %s missing from %s", pair.indonesian(), pair.english())
        .containsAll(id.stringPropertyNames());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void noValueIsBlank(Arguments pair) throws IOException {
    for (Path file : List.of(pair.english(), pair.indonesian())) {
      Properties p = load(file);
      Set<String> blank = new TreeSet<>();
      p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).forEach(blank::add);
      assertThat(blank).as("blank values in " + file).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void patternsTakeTheSameArguments(Arguments pair) throws IOException {
    Properties en = load(pair.english());
    Properties id = load(pair.indonesian());
    List<String> mismatched = new ArrayList<>();
    for (String key : new TreeSet<>(en.stringPropertyNames())) {
      String other = id.getProperty(key);
      if (other != null && !arguments(en.getProperty(key)).equals(arguments(other))) {
        mismatched.add(key + ": en " + arguments(en.getProperty(key)) + " id " + arguments(other));
      }
    }
    assertThat(mismatched).as("MessageFormat arguments differ").isEmpty();
  }

  static Set<Integer> arguments(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }
}
