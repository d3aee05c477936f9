package org.firebreak.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SavedRepliesTest {

  @Test
  void bothLanguagesHaveTheSameSnippetsWithTheSameVariables() {
    var en = SavedReplies.of("en");
    var id = SavedReplies.of("id");
    assertThat(en).hasSize(5).hasSameSizeAs(id);
    for (int i = 0; i < en.size(); i++) {
      assertThat(variables(id.get(i).text())).isEqualTo(variables(en.get(i).text()));
    }
  }

  @Test
  void fillsKnownVariablesAndLeavesMissingOnesVisible() {
    String filled =
        SavedReplies.fill(
            "Hi {author}, help is at {hub_url}. Case {case_id}. {unknown}",
            Map.of("author", "@dewi_12", "case_id", "1731000000000000001", "hub_url", ""));
    assertThat(filled)
        .isEqualTo("Hi @dewi_12, help is at {hub_url}. Case 1731000000000000001. {unknown}");
    assertThat(SavedReplies.fill("{author} $1 \\\\", Map.of("author", "$a\\\\b")))
        .isEqualTo("$a\\\\b $1 \\\\");
  }

  private static java.util.List<String> variables(String text) {
    return java.util.regex.Pattern.compile("\\{[a-z_]+\\}")
        .matcher(text)
        .results()
        .map(r -> r.group())
        .sorted()
        .toList();
  }
}
